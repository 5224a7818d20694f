/**
 * The search page as a visitor meets it: nothing moves once drawn (no layout shift, read from
 * the browser's own layout-shift entries, at phone and desktop width), the two search landmarks
 * have different names, a skip link leads past the filters to the results, and focus goes to
 * the results after a search; before any search it offers topics to start from. (Filters beside
 * or folded: search-relevance.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { searchDone } from '../support/browser.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const phone = { width: 390, height: 844 };
const desktop = { width: 1440, height: 900 };

async function open(viewport: { width: number; height: number }, path: string): Promise<Page> {
	const page = await browser.newPage({ viewport });
	// Buffered, so shifts before this script ran are counted too (layout-shift entries record
	// every shift not caused by the visitor's own input).
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: number[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>)
				w.shifts.push(e.value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`${server.url}${path}`);
	return page;
}

const done = (page: Page) => searchDone(page);

const shifts = (page: Page) =>
	page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);

describe('no layout shift on /search/', () => {
	// What Lighthouse's CLS measures (BENCHMARKS.md): the page opened cold, empty and with a
	// query in its address, on a phone and a desktop, until its results and counts are drawn.
	for (const [name, viewport] of Object.entries({ phone, desktop }))
		for (const path of ['/search/', `/search/?q=${encodeURIComponent('司法救助')}`])
			test(`${name}, ${decodeURIComponent(path)}: opening it and drawing its results moves nothing`, async () => {
				const page = await open(viewport, path);
				await done(page);
				if (path.includes('?q=')) await page.waitForSelector('#search-results li');
				// The page's fonts in, and two frames after the results, so a shift either caused
				// has been recorded.
				await page.evaluate(() => document.fonts.ready.then(() => true));
				await page.evaluate(
					() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
				);
				expect(await shifts(page)).toEqual([]);
				await page.close();
			});

	test('the check can fail: a block inserted above the results is a shift', async () => {
		const page = await open(phone, `/search/?q=${encodeURIComponent('司法救助')}`);
		await done(page);
		await page.evaluate(() => {
			const block = document.createElement('div');
			block.style.height = '200px';
			document.querySelector('main')!.prepend(block);
		});
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
		);
		expect((await shifts(page)).length).toBeGreaterThan(0);
		await page.close();
	});
});

describe('landmarks, skip link and focus', () => {
	test('every search landmark has a name of its own', async () => {
		const page = await open(desktop, '/search/');
		const names = await page.$$eval('[role=search], search', (els) =>
			els.map((e) => e.getAttribute('aria-label') ?? ''),
		);
		expect(names.length).toBe(2);
		expect(names.every((n) => n.length > 0)).toBe(true);
		expect(new Set(names).size).toBe(names.length);
		await page.close();
	});

	test('a skip link before the filters leads to the results heading', async () => {
		const page = await open(desktop, '/search/');
		const target = await page.$eval('.search-skip', (a) => a.getAttribute('href'));
		expect(target).toBe('#results-heading');
		const beforeFilters = await page.$eval(
			'.search-skip',
			(a) =>
				(a.compareDocumentPosition(document.querySelector('#search-filters')!) &
					Node.DOCUMENT_POSITION_FOLLOWING) !==
				0,
		);
		expect(beforeFilters).toBe(true);
		await page.focus('.search-skip');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
		await page.close();
	});

	test('after a search is submitted, focus is on the results heading', async () => {
		const page = await open(desktop, '/search/');
		await page.fill('#search-q', '党建');
		await page.press('#search-q', 'Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
		await done(page);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
		await page.close();
	});
});

describe('before any search', () => {
	test('the topics most practices share are offered, and one chosen is searched in place', async () => {
		const page = await open(phone, '/search/');
		await done(page);
		const chips = page.locator('#search-start a[data-search-for]');
		const offered = await chips.evaluateAll((links) =>
			links.map((a) => ({
				topic: (a as HTMLElement).dataset['searchFor']!,
				practices: Number(/（(\d+) 项做法）/.exec(a.textContent ?? '')?.[1]),
				href: a.getAttribute('href'),
			})),
		);
		expect(offered.length).toBeGreaterThan(1);
		// Not read out as part of the results: its own landmark beside their region, its own h2.
		expect(
			await page.locator('section[aria-labelledby="results-heading"] #search-start').count(),
		).toBe(0);
		expect(await page.locator('#search-start > h2').count()).toBe(1);
		for (const o of offered) expect(o.practices, o.topic).toBeGreaterThan(0);
		expect(offered.map((o) => o.practices)).toEqual(
			offered.map((o) => o.practices).sort((a, b) => b - a),
		);
		// A topic's page without the script (or in a new tab); searched in place with it.
		for (const o of offered) expect(o.href, o.topic).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
		await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
		await chips.nth(1).click();
		await done(page);
		const topic = offered[1]!.topic;
		expect(new URL(page.url()).pathname).toBe('/search/');
		expect(new URL(page.url()).searchParams.get('q')).toBe(topic);
		expect(await page.inputValue('#search-q')).toBe(topic);
		expect(await page.locator('#search-start').isHidden()).toBe(true);
		expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
		expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1);
		// Emptied again, the page offers them again.
		await page.fill('#search-q', '');
		await page.locator('#search-form button[type=submit]').click();
		await done(page);
		expect(await page.locator('#search-start').isVisible()).toBe(true);
		await page.close();
	});

	test('a page opened with a query does not offer them', async () => {
		const page = await open(desktop, `/search/?q=${encodeURIComponent('心桥')}`);
		await done(page);
		expect(await page.locator('#search-start').isHidden()).toBe(true);
		await page.close();
	});
});

describe('result excerpts', () => {
	test('a procuratorate’s result shows no excerpt cut from its fact table', async () => {
		// 青海 is only in the 院's facts (所在地): its result is found by them, and shows no
		// run-together “所在地青海省…级别…” as text.
		const page = await open(phone, `/search/?q=${encodeURIComponent('青海')}`);
		await done(page);
		const card = page.locator('#search-results li', {
			has: page.locator('h3 a[href^="/procuratorates/haidong-huzhu/"]'),
		});
		await expect.poll(() => card.count()).toBe(1);
		const text = (await card.textContent()) ?? '';
		expect(text).not.toContain('所在地');
		expect(text).not.toContain('参考资料');
		expect(await card.locator('p:empty').count()).toBe(0);
		await page.close();
	});
});
