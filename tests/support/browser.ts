/**
 * Shared set-up for the browser tests: a static server over dist/ on loopback (the same files a
 * static host serves) and a headless Chromium driven by playwright-core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { headerPolicy } from '../../src/lib/site/csp.ts';

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
export async function watchPage(
	page: import('playwright-core').Page,
	origin: string,
): Promise<PageWatch> {
	const watch: PageWatch = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') watch.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => watch.consoleErrors.push(e.message));
	await page.exposeFunction('__reportCsp', (v: string) => watch.cspViolations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
				`${e.violatedDirective} ${e.blockedURI}`,
			);
		});
	});
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:'))
			return route.continue();
		watch.foreignRequests.push(url);
		return route.abort();
	});
	return watch;
}

/**
 * For a test file: serves dist/ (with the site's CSP as a header) and launches Chromium before
 * its tests, and closes both after. Read `site.url` and `site.browser` inside tests.
 */
export function useBuiltSite(
	headers: Record<string, string> = { 'Content-Security-Policy': headerPolicy },
): { url: string; browser: Browser } {
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

/**
 * One browser page for a file's tests of one kind, opened by the first that asks and navigated
 * from test to test, closed (with its context) after them: a new page or context costs about
 * half a second (a renderer to start), more than most single-page checks take.
 */
export function sharedPage(open: () => Promise<Page>): () => Promise<Page> {
	let page: Promise<Page> | undefined;
	afterAll(async () => {
		const opened = await page;
		if (!opened) return;
		const context = opened.context();
		await opened.close();
		// A context of its own (options the browser's default pages do not have) goes with it.
		if (context.pages().length === 0) await context.close();
	});
	return () => (page ??= open());
}

/**
 * Waits until the search page's results are in one of `states` (`#search-results[data-state]`;
 * by default `done`: the search has finished), also across the navigation a submitted form makes.
 * Checked on every animation frame: `waitForSelector` backs off to checking every 500 ms, which
 * made each search in the tests last about half a second longer than the search itself.
 */
export async function searchDone(
	page: import('playwright-core').Page,
	states: string[] = ['done'],
): Promise<void> {
	await page.waitForFunction(
		(states) =>
			states.includes(document.querySelector('#search-results')?.getAttribute('data-state') ?? ''),
		states,
		{ polling: 'raf' },
	);
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. No rule is disabled. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let axeCode: string | undefined;
const axeSource = () =>
	(axeCode ??= readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8'));

/**
 * Loads axe-core into every page of `target` as it opens, before the page's own scripts (it only
 * defines `window.axe`). For a sweep: evaluated after each load, its 560 KB cost about 250 ms a
 * visit; as an init script Chromium compiles it with the page, about 90 ms (tests/browser/site.test.ts).
 */
export async function withAxe(target: BrowserContext | Page): Promise<void> {
	await target.addInitScript(axeSource());
}

/** axe-core's violations on the page as it is now (`rule: targets`), for pages in a given state. */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						c: unknown,
						o: unknown,
					) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
				};
			}
		).axe;
		// Only violations are read, so axe need not gather the details of what passed.
		const r = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return r.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
		);
	}, axeTags);
}
