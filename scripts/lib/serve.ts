/**
 * A static server over a built site on loopback, serving the same files a static host would:
 * for the browser tests and the benchmark. Plain Node; never shipped.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

/**
 * The caching deploy/nginx-site.conf asks for, so that what a browser fetches twice (the search
 * page's two Pagefinds load the same files) is measured as a deployment would serve it.
 */
export function cacheControl(path: string): string {
	if (path.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
	if (/^\/pagefind\/.*\.pf_/.test(path)) return 'public, max-age=86400';
	if (path.startsWith('/pagefind/')) return 'public, max-age=300';
	return 'no-cache';
}

/** Serves dist/ like a static host: directories map to index.html, unknown paths to 404.html. */
export function serveDist(
	root = join(process.cwd(), 'dist'),
	headers: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) file = join(root, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(root, '404.html');
		if (!existsSync(file)) {
			res.writeHead(404, headers).end();
			return;
		}
		// Like nginx's gzip_static: send the build's .gz when the browser accepts gzip.
		const gz = `${file}.gz`;
		const useGz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(gz);
		res.writeHead(found ? 200 : 404, {
			'Cache-Control': cacheControl(path),
			...headers,
			'Content-Type': types[extname(file)] ?? 'application/octet-stream',
			...(useGz && { 'Content-Encoding': 'gzip' }),
		});
		createReadStream(useGz ? gz : file).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${port}`,
				close: () => new Promise((r) => server.close(() => r())),
			});
		});
	});
}
