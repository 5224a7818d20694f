/**
 * A search whose own words fill the first page draws that page before its synonyms are searched
 * (src/scripts/search.ts): at national scale the synonyms' search costs as much again. What is
 * drawn early must be exactly the complete search's first page, and the count and notes come
 * with the complete search.
 */
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

/** The result links when the list first reaches each state, recorded in the page as it goes. */
async function states(q: string) {
	const page = await site.browser.newPage();
	await page.addInitScript(() => {
		const seen: Record<string, string[]> = {};
		(globalThis as { __states?: typeof seen }).__states = seen;
		addEventListener('DOMContentLoaded', () => {
			const list = document.querySelector<HTMLElement>('#search-results')!;
			new MutationObserver(() => {
				const state = list.dataset['state'] ?? '';
				seen[state] ??= [...list.querySelectorAll('h3 a')].map(
					(a) => new URL((a as HTMLAnchorElement).href).pathname,
				);
			}).observe(list, { attributes: true, attributeFilter: ['data-state'] });
		});
	});
	await page.goto(`${site.url}/search/?${new URLSearchParams({ q })}`);
	await page.waitForSelector('#search-results[data-state=done]', { state: 'attached' });
	const seen = await page.evaluate(() => (globalThis as { __states?: object }).__states);
	const status = await page.textContent('#search-status');
	const notes = await page.textContent('#search-notes');
	await page.close();
	return { seen: seen as Record<string, string[]>, status, notes };
}

test('a common word with a synonym: its first page is drawn early, and is the final first page', async () => {
	// 党建 fills more than a page on its own and is also searched as 党的建设 (content/search.yaml).
	const { seen, status, notes } = await states('党建');
	expect(seen['shown']).toHaveLength(10);
	expect(seen['done']).toEqual(seen['shown']);
	expect(status).toMatch(/找到 \d+ 条结果/);
	expect(notes).toContain('党的建设');
});

test('a query whose own words find less than a page is drawn only when complete', async () => {
	const { seen } = await states('12309');
	expect(seen['shown']).toBeUndefined();
	expect(seen['done']!.length).toBeGreaterThan(0);
});
