/**
 * The documented nginx configuration, run in a real nginx on loopback over dist/: security
 * headers (the same CSP as the pages), caching, precompressed files, the site's 404, and a
 * search in Chromium through it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerPolicy } from '../../src/lib/site/csp.ts';
import { findNginx, howToGetNginx } from '../../scripts/lib/nginx.ts';
import { root } from '../support/site.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { searchDone, watchPage } from '../support/browser.ts';
import { resultUrls } from '../support/search-text.ts';

let nginx: ChildProcess;
let base: string;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

function get(
	path: string,
	headers: Record<string, string> = {},
): Promise<{
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}> {
	return new Promise((resolve, reject) => {
		const req = request(`${base}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
			);
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	const binary = findNginx();
	if (!binary) throw new Error(howToGetNginx);
	const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
	const port = await freePort();
	const site = readFileSync(join(root, 'deploy/nginx-site.conf'), 'utf8')
		.replace('listen 80;', `listen 127.0.0.1:${port};`)
		.replace('root /srv/jiancha-dangjian/dist;', `root ${join(root, 'dist')};`);
	writeFileSync(join(dir, 'site.conf'), site);
	writeFileSync(
		join(dir, 'nginx.conf'),
		`worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
	include ${dir}/site.conf;
}
`,
	);
	nginx = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 50; i++) {
		try {
			await get('/');
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(
		`nginx 未能启动 (did not start): ${readFileSync(join(dir, 'error.log'), 'utf8')}`,
	);
});
afterAll(() => {
	nginx?.kill('SIGQUIT');
});

describe('nginx with deploy/nginx-site.conf', () => {
	test('serves pages with every security header, and the same CSP the pages carry', async () => {
		const r = await get('/brands/xinqiao/');
		expect(r.status).toBe(200);
		expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(r.headers['content-security-policy']).toBe(headerPolicy);
		expect(r.headers['x-content-type-options']).toBe('nosniff');
		expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(r.headers['x-frame-options']).toBe('DENY');
		expect(r.headers['cache-control']).toBe('no-cache');
		expect(r.headers['server']).toBe('nginx');
	});

	test('caches hashed assets for a year and keeps the headers on them', async () => {
		const css = readdirSync(join(root, 'dist/_astro')).find((f) => f.endsWith('.css'))!;
		const r = await get(`/_astro/${css}`);
		expect(r.status).toBe(200);
		expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(r.headers['content-security-policy']).toBe(headerPolicy);
	});

	test('sends the precompressed file when the browser accepts gzip', async () => {
		const r = await get('/practices/', { 'Accept-Encoding': 'gzip' });
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(r.body.equals(readFileSync(join(root, 'dist/practices/index.html.gz')))).toBe(true);
	});

	test('answers a missing page with 404, the site’s own page and the headers', async () => {
		const r = await get('/no-such-page/');
		expect(r.status).toBe(404);
		expect(r.body.toString()).toContain('页面不存在');
		expect(r.headers['content-security-policy']).toBe(headerPolicy);
	});

	test('redirects a directory without its slash, relative to the host', async () => {
		const r = await get('/brands/xinqiao');
		expect(r.status).toBe(301);
		expect(r.headers['location']).toBe('/brands/xinqiao/');
	});

	test('serves robots.txt and the search index', async () => {
		expect((await get('/robots.txt')).headers['content-type']).toMatch(/^text\/plain/);
		expect((await get('/pagefind/pagefind.js')).status).toBe(200);
	});

	test('a search through nginx works in Chromium with no CSP violations', async () => {
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			const watch = await watchPage(page, base);
			await page.goto(`${base}/search/?q=${encodeURIComponent('司法救助')}`);
			await searchDone(page);
			const links = await resultUrls(page);
			expect(links).toContain('/topics/sifa-jiuzhu/');
			expect(watch.cspViolations).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
