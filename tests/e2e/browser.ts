/**
 * Shared set-up for the browser tests: a static server over dist/ on loopback (the same files a
 * static host serves) and a headless Chromium driven by playwright-core.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, howToGetChromium } from '../../src/lib/chromium.ts';
import { headerPolicy } from '../../src/lib/csp.ts';

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

/** Serves dist/ like a static host: directories map to index.html, unknown paths to 404.html. */
export function serveDist(root = join(process.cwd(), 'dist'), headers: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
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
		res.writeHead(found ? 200 : 404, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...(useGz && { 'Content-Encoding': 'gzip' }) });
		createReadStream(useGz ? gz : file).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
		});
	});
}

/** Headless Chromium; fails with instructions when there is none. */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(howToGetChromium);
	return chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}

/** What a page did that the quality gates forbid, collected while it loads and is used. */
export interface PageWatch {
	consoleErrors: string[];
	cspViolations: string[];
	foreignRequests: string[];
}

/**
 * Records console errors, uncaught exceptions, CSP violations and requests to any other host
 * (which are aborted: the site must not depend on them).
 */
export async function watchPage(page: import('playwright-core').Page, origin: string): Promise<PageWatch> {
	const watch: PageWatch = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') watch.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => watch.consoleErrors.push(e.message));
	await page.exposeFunction('__reportCsp', (v: string) => watch.cspViolations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		watch.foreignRequests.push(url);
		return route.abort();
	});
	return watch;
}

/**
 * For a test file: serves dist/ (with the site's CSP as a header) and launches Chromium before
 * its tests, and closes both after. Read `site.url` and `site.browser` inside tests.
 */
export function useBuiltSite(headers: Record<string, string> = { 'Content-Security-Policy': headerPolicy }): { url: string; browser: Browser } {
	const site = {} as { url: string; browser: Browser; close?: () => Promise<void> };
	beforeAll(async () => {
		const server = await serveDist(join(process.cwd(), 'dist'), headers);
		site.url = server.url;
		site.close = server.close;
		site.browser = await launchBrowser();
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.close?.();
	});
	return site;
}
