/**
 * Browser gates over every page of the built site, in real Chromium with the site's CSP sent as
 * a header too: no console errors, no CSP violations, no requests to other hosts, zero axe
 * violations (WCAG 2.2 A/AA), nothing wider than the screen — every page at 390 px, and every
 * template at 390 and 1440 px in each reading mode and at 320 px in 大字 (tests/support/sweep.ts).
 * Then the journeys people make: home → brand → practice → topic and back, keyboard only,
 * search, and the 404 page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerPolicy } from '../../src/lib/site/csp.ts';
import { tempTree } from '../support/fixture.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import {
	axeViolations,
	searchDone,
	useBuiltSite,
	watchPage,
	withAxe,
	type PageWatch,
} from '../support/browser.ts';
import { planSweep, templateFor } from '../support/sweep.ts';
import { builtPages, builtTemplates, sweepTests } from '../support/sweep-browser.ts';

const site = useBuiltSite();

/** Every page the build wrote, as site paths (the 404 page is visited on its own). */
const everyPage = builtPages();
const templates = builtTemplates();
/** Pages per test: each test's length is bounded by this, never by the size of the site. */
const RUN_SIZE = 25;

describe('every page, and every template in every width and mode', () => {
	test('the sweep covers the whole site', () => {
		expect(everyPage.length).toBeGreaterThan(100);
		// Every built page belongs to a route file, so every template is in the sweep.
		expect(everyPage.filter((p) => !templateFor(p, templates))).toEqual([]);
	});

	sweepTests(
		site,
		planSweep(everyPage, templates, RUN_SIZE),
		'no console errors, CSP violations, foreign requests or axe violations, and fits the screen',
		async (page, { at, reported }) => {
			const failures: string[] = [];
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			if (overflow > 0) failures.push(`${at}: ${overflow}px wider than the screen`);
			for (const v of await axeViolations(page)) failures.push(`${at}: axe ${v}`);
			const watch = reported();
			for (const key of ['consoleErrors', 'cspViolations', 'foreignRequests'] as const)
				for (const item of watch[key]) failures.push(`${at}: ${key} ${item}`);
			return failures;
		},
		withAxe,
	);
});

describe('journeys', () => {
	let page: Page;
	let watch: PageWatch;
	beforeAll(async () => {
		page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		watch = await watchPage(page, site.url);
	});
	afterAll(async () => page?.close());

	test('home → brand → practice → topic, and back', async () => {
		await page.goto(`${site.url}/`);
		await page.getByRole('link', { name: '心桥', exact: true }).first().click();
		await page.waitForURL((u) => u.pathname === '/brands/xinqiao/');
		expect(await page.locator('h1').textContent()).toBe('心桥');
		await page.getByRole('link', { name: '送温暖解“困结”：应救助尽救助' }).click();
		await page.waitForURL((u) => u.pathname === '/practices/xinqiao-song-wennuan/');
		await page.getByRole('link', { name: '司法救助', exact: true }).first().click();
		await page.waitForURL((u) => u.pathname === '/topics/sifa-jiuzhu/');
		expect(await page.getByRole('link', { name: '司法救助融入巩固拓展脱贫攻坚成果' }).count()).toBe(
			1,
		);
		await page.goBack();
		await page.goBack();
		await page.waitForURL((u) => u.pathname === '/brands/xinqiao/');
		expect(watch.consoleErrors).toEqual([]);
	});

	test('keyboard only: skip link, then search from the header', async () => {
		await page.goto(`${site.url}/brands/zhengyi-xianfeng/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
		expect(
			await page.evaluate(() => document.activeElement?.getBoundingClientRect().top),
		).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.keyboard.type('双导师');
		await page.keyboard.press('Enter');
		await searchDone(page);
		expect(new URL(page.url()).pathname).toBe('/search/');
		// Tab from the search box reaches the first result link without a mouse.
		await page.focus('#search-q');
		let reached = '';
		for (let i = 0; i < 60 && !reached.includes('/practices/'); i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(
				() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '',
			);
		}
		expect(reached).toContain('/practices/hekou-shuang-daoshi/');
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.pathname === '/practices/hekou-shuang-daoshi/');
	});

	test('focus is always visible', async () => {
		await page.goto(`${site.url}/`);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle,
		);
		expect(outline).not.toBe('none');
	});

	test('search works under the CSP, with no violations', async () => {
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('心橋')}`);
		await searchDone(page);
		expect(await page.locator('#search-results h3 a').first().getAttribute('href')).toMatch(
			/^\/brands\/xinqiao\//,
		);
		expect(watch.cspViolations).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
	});

	test('a missing page answers 404 with the site’s own page', async () => {
		const response = await page.goto(`${site.url}/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('页面不存在');
		expect(await page.getByRole('link', { name: '回到首页' }).count()).toBe(1);
	});
});

describe('the gates fail loudly when their rule is broken', () => {
	const badPage =
		'<!DOCTYPE html><html><head><meta charset="utf-8"><title>坏页面</title></head><body>' +
		'<img src="/a.png"><p style="color:#ccc">浅色文字</p><script>console.error("boom")</script>' +
		'<img alt="远程" src="https://cdn.example.com/x.png"></body></html>';
	let withCsp: { url: string; close: () => Promise<void> };
	let withoutCsp: { url: string; close: () => Promise<void> };
	beforeAll(async () => {
		const dir = tempTree({ 'index.html': badPage });
		withCsp = await serveDist(dir, { 'Content-Security-Policy': headerPolicy });
		withoutCsp = await serveDist(dir);
	});
	afterAll(async () => {
		await withCsp?.close();
		await withoutCsp?.close();
	});

	test('axe reports a page without a language and an image without alt text', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${withoutCsp.url}/`);
		expect((await axeViolations(page)).map((v) => v.split(':')[0])).toEqual(
			expect.arrayContaining(['html-has-lang', 'image-alt']),
		);
		await page.close();
	});

	test('the request watch reports a request to another host, and the console error', async () => {
		const page = await site.browser.newPage();
		const watch = await watchPage(page, withoutCsp.url);
		await page.goto(`${withoutCsp.url}/`);
		expect(watch.foreignRequests).toEqual(['https://cdn.example.com/x.png']);
		expect(watch.consoleErrors).toContain('boom');
		await page.close();
	});

	test('the CSP blocks, and reports, the inline script, the inline style and the remote image', async () => {
		const page = await site.browser.newPage();
		const watch = await watchPage(page, withCsp.url);
		await page.goto(`${withCsp.url}/`);
		await expect.poll(() => watch.cspViolations.length).toBeGreaterThanOrEqual(3);
		expect(watch.cspViolations).toEqual(
			expect.arrayContaining([
				'script-src-elem inline',
				'style-src-attr inline',
				'img-src https://cdn.example.com/x.png',
			]),
		);
		expect(watch.consoleErrors.filter((e) => e === 'boom')).toEqual([]);
		await page.close();
	});
});
