/**
 * Figures in Chromium, on every page that charts them or lists them all: each value stands at
 * the end of its bar (not at the far edge of the column), the period is said once, and on a
 * phone the full data table is a list of cards, one per figure, without script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { sharedPage, useBuiltSite } from '../support/browser.ts';
import { pathOf } from '../support/links.ts';
import { root } from '../support/site.ts';
import { desktop, phone } from '../support/sweep.ts';

const site = useBuiltSite();
const dist = join(root, 'dist');
const pages = htmlFiles(dist);
const charted = pages.filter((f) => readFileSync(join(dist, f), 'utf8').includes('series-chart'));
const tabled = pages.filter((f) => readFileSync(join(dist, f), 'utf8').includes('figure-table'));

const chartPage = sharedPage(() => site.browser.newPage());
const scriptlessPage = sharedPage(async () =>
	(await site.browser.newContext({ javaScriptEnabled: false })).newPage(),
);

describe('charts', () => {
	test('some pages chart figures', () => {
		expect(charted.length).toBeGreaterThan(0);
	});

	test.each(
		charted.flatMap((f) =>
			[phone, desktop].map((size) => [pathOf(f), `${size.width} px`, size] as const),
		),
	)('%s at %s: values at the ends of their bars, the period once', async (path, _w, size) => {
		const page = await chartPage();
		await page.setViewportSize(size);
		await page.goto(site.url + path);
		const charts = await page.locator('.series-chart').evaluateAll((charts) =>
			charts.map((chart) => ({
				caption: chart.querySelector('figcaption')!.textContent!,
				rows: [...chart.querySelectorAll('li')].map((li) => {
					const bar = li.querySelector('.series-bar')!.getBoundingClientRect();
					const value = li.querySelector('.series-value')!.getBoundingClientRect();
					const column = chart.getBoundingClientRect();
					return {
						gap: value.left - bar.right,
						inside: value.right <= column.right + 0.5,
						width: bar.width,
					};
				}),
			})),
		);
		for (const { caption, rows } of charts) {
			for (const r of rows) {
				expect(r.gap).toBeGreaterThanOrEqual(0);
				expect(r.gap).toBeLessThan(16);
				expect(r.inside).toBe(true);
			}
			// The longest bar is long: the chart uses its column.
			expect(Math.max(...rows.map((r) => r.width))).toBeGreaterThan(100);
			const periods = caption.match(/近[一二三四五六七八九十]年来|\d{4}年/g) ?? [];
			expect(new Set(periods).size).toBe(periods.length);
		}
	});
});

describe('the full data table', () => {
	test.each(tabled.map((f) => [pathOf(f)]))(
		'%s: a card per figure on a phone, a table on a desktop',
		async (path) => {
			const page = await scriptlessPage();
			await page.setViewportSize(phone);
			await page.goto(site.url + path);
			await page.evaluate(() => {
				for (const d of document.querySelectorAll('details')) d.open = true;
			});
			const onPhone = await page
				.locator('.figure-table')
				.first()
				.evaluate((table) => ({
					display: getComputedStyle(table.querySelector('tbody tr')!).display,
					headerSeen: table.querySelector('thead')!.getBoundingClientRect().height > 1,
					fits: table.getBoundingClientRect().right <= document.documentElement.clientWidth,
					labelled: getComputedStyle(table.querySelector('td[data-label]')!, '::before').content,
				}));
			expect(onPhone).toEqual({
				display: 'block',
				headerSeen: false,
				fits: true,
				labelled: expect.stringContaining('：'),
			});
			await page.setViewportSize(desktop);
			expect(
				await page
					.locator('.figure-table tbody tr')
					.first()
					.evaluate((tr) => getComputedStyle(tr).display),
			).toBe('table-row');
		},
	);
});
