/**
 * The search page draws results before the work that only adds to them (src/scripts/search.ts):
 * a search whose own words fill the first page draws that page before its synonyms are searched,
 * and every search draws its results before the counts beside the filters (a second Pagefind
 * counts them), which on a phone, where the filters are folded, wait until they are opened. What
 * is drawn early must be exactly what the complete search shows.
 */
import { expect, test } from 'vitest';
import { searchDone, useBuiltSite } from '../support/browser.ts';
import { resultUrls } from '../support/search-text.ts';

const site = useBuiltSite();

/** The result links when the list first reaches each state, recorded in the page as it goes. */
async function states(q: string) {
	const page = await site.browser.newPage();
	await page.addInitScript(() => {
		const seen: Record<string, { links: string[]; status: string; counts: string }> = {};
		(globalThis as { __states?: typeof seen }).__states = seen;
		addEventListener('DOMContentLoaded', () => {
			const list = document.querySelector<HTMLElement>('#search-results')!;
			new MutationObserver(() => {
				const state = list.dataset['state'] ?? '';
				seen[state] ??= {
					links: [...list.querySelectorAll('h3 a')].map(
						(a) => new URL((a as HTMLAnchorElement).href).pathname,
					),
					status: document.querySelector('#search-status')?.textContent ?? '',
					counts: [...document.querySelectorAll('[data-count]')].map((e) => e.textContent).join(''),
				};
			}).observe(list, { attributes: true, attributeFilter: ['data-state'] });
		});
	});
	await page.goto(`${site.url}/search/?${new URLSearchParams({ q })}`);
	await searchDone(page);
	const seen = await page.evaluate(() => (globalThis as { __states?: object }).__states);
	const status = await page.textContent('#search-status');
	const notes = await page.textContent('#search-notes');
	await page.close();
	return {
		seen: seen as Record<string, { links: string[]; status: string; counts: string }>,
		status,
		notes,
	};
}

test('a common word with a synonym: its first page is drawn early, and is the final first page', async () => {
	// 党建 fills more than a page on its own and is also searched as 党的建设 (content/search.yaml).
	const { seen, status, notes } = await states('党建');
	expect(seen['shown']!.links).toHaveLength(10);
	expect(seen['done']!.links).toEqual(seen['shown']!.links);
	expect(status).toMatch(/找到 \d+ 条结果/);
	expect(notes).toContain('党的建设');
});

test('results and their count come before the filter counts, which the complete search fills', async () => {
	const { seen } = await states('检察听证');
	// Fewer than a page: drawn once, complete, with the count announced as they appear.
	expect(seen['shown']!.links.length).toBeGreaterThan(0);
	expect(seen['shown']!.links.length).toBeLessThan(10);
	expect(seen['done']!.links).toEqual(seen['shown']!.links);
	expect(seen['shown']!.status).toMatch(/找到 \d+ 条结果/);
	expect(seen['shown']!.counts).toBe('');
	expect(seen['done']!.counts).toMatch(/（\d+）/);
});

/** Opens a search at a width; the paths it requested, and the counts beside the filters. */
async function opened(q: string, width: number) {
	const page = await site.browser.newPage({ viewport: { width, height: 900 } });
	const requested: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		requested.push(url.pathname + url.search);
	});
	await page.goto(`${site.url}/search/?${new URLSearchParams({ q })}`);
	await searchDone(page);
	const counts = () =>
		page.$$eval('[data-count]', (els) => els.map((e) => e.textContent ?? '').join(''));
	return { page, requested, counts };
}

test('the counting Pagefind is made from the same module: pagefind.js is fetched once', async () => {
	const { page, requested, counts } = await opened('检察听证', 1440);
	expect(await counts()).toMatch(/（\d+）/);
	expect(requested.filter((p) => p.startsWith('/pagefind/pagefind.js'))).toEqual([
		'/pagefind/pagefind.js',
	]);
	// The counts still come from a Pagefind of their own, in Pagefind's worker.
	expect(requested).toContain('/pagefind/pagefind-worker.js');
	await page.close();
});

test('on a phone the folded filters are counted only once opened, as on a wide screen', async () => {
	const wide = await opened('检察听证', 1440);
	const expected = await wide.counts();
	await wide.page.close();
	const { page, requested, counts } = await opened('检察听证', 390);
	expect(await page.textContent('#search-status')).toMatch(/找到 \d+ 条结果/);
	expect(await counts()).toBe('');
	expect(requested.filter((p) => p.endsWith('.pf_filter'))).toEqual([]);
	await page.click('#search-filters summary');
	await page.waitForFunction(() =>
		/（\d+）/.test(document.querySelector('[data-count]')?.textContent ?? ''),
	);
	expect(await counts()).toBe(expected);
	expect(requested.some((p) => p.endsWith('.pf_filter'))).toBe(true);
	await page.close();
});

test('a query naming a topic leads with it, its few results ordered without the filters’ indexes', async () => {
	const { page, requested } = await opened('司法救助', 390);
	const links = await resultUrls(page);
	const count = Number(
		/找到 (\d+) 条结果/.exec((await page.textContent('#search-status')) ?? '')?.[1],
	);
	expect(count).toBeGreaterThan(1);
	expect(count).toBeLessThanOrEqual(20);
	expect(links[0]).toBe('/topics/sifa-jiuzhu/');
	expect(requested.filter((p) => p.endsWith('.pf_filter'))).toEqual([]);
	await page.close();
});
