/**
 * The reading experience in Chromium: 大字 and 高对比 remembered across pages under the CSP,
 * readable with JavaScript off, print views without navigation. (Each 学习卡 filling one A4 page:
 * print.test.ts, which prints every card once.)
 */
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { searchDone, useBuiltSite, watchPage } from '../support/browser.ts';

const site = useBuiltSite();

describe('大字 and 高对比', () => {
	test('switch on, are remembered on the next page, and switch off, with no CSP violation', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const watch = await watchPage(page, site.url);
		await page.goto(`${site.url}/brands/xinqiao/`);
		const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
		expect(await size()).toBe('16px');
		await page.getByRole('button', { name: '大字' }).click();
		await page.getByRole('button', { name: '高对比' }).click();
		expect(await size()).toBe('20px');
		expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe(
			'true',
		);
		await page.goto(`${site.url}/practices/xinqiao-song-falv/`);
		expect(await size()).toBe('20px');
		expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('high');
		expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
		await page.getByRole('button', { name: '大字' }).click();
		await page.reload();
		expect(await size()).toBe('16px');
		expect(watch.cspViolations).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});

	test('with JavaScript off the switches are hidden and the page is fully readable', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/brands/tuxiang-danxin/`);
		expect(await page.getByRole('button', { name: '大字' }).isVisible()).toBe(false);
		expect(await page.locator('h1').textContent()).toBe('土乡丹心 检如磐石');
		expect(
			await page.getByRole('link', { name: '“党建+公益诉讼”与党员先锋队' }).first().isVisible(),
		).toBe(true);
		await context.close();
	});

	test('what needs JavaScript is hidden without it and shown from the first paint with it, by one rule', async () => {
		const pages = [
			'/practices/xinqiao-song-falv/card/',
			'/topics/sifa-jiuzhu/',
			'/brands/xinqiao/',
		];
		for (const javaScriptEnabled of [false, true]) {
			const context = await site.browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			for (const path of pages) {
				// With JavaScript, at DOMContentLoaded: the head script that shows the controls waits
				// for the stylesheet, so this is the first paint's state. Without it nothing holds the
				// parser back, DOMContentLoaded can come before the stylesheet has loaded (it did, in
				// the headless shell), and nothing is hidden yet: wait for the page's load instead.
				await page.goto(`${site.url}${path}`, {
					waitUntil: javaScriptEnabled ? 'domcontentloaded' : 'load',
				});
				const shown = await page.$$eval('[data-needs-js]', (els) =>
					els.map((el) => getComputedStyle(el).display !== 'none'),
				);
				expect(shown.length, path).toBeGreaterThan(0);
				expect(shown, `${path}, JavaScript ${javaScriptEnabled}`).toEqual(
					shown.map(() => javaScriptEnabled),
				);
			}
			await context.close();
		}
	});

	test('the system’s own contrast preference is honoured', async () => {
		const context = await site.browser.newContext({ contrast: 'more' } as Parameters<
			Browser['newContext']
		>[0]);
		const page = await context.newPage();
		await page.emulateMedia({ contrast: 'more' } as Parameters<typeof page.emulateMedia>[0]);
		await page.goto(`${site.url}/`);
		expect(
			await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--color-line').trim(),
			),
		).toBe('#000');
		await context.close();
	});
});

describe('the breadcrumb trail', () => {
	test('ends at the page above on a phone (the heading below names the page), at the page itself on a wide screen', async () => {
		const path = '/cases/pengan-jiabao-qiche/';
		for (const [width, current] of [
			[390, false],
			[1440, true],
		] as const) {
			const page = await site.browser.newPage({ viewport: { width, height: 844 } });
			await page.goto(`${site.url}${path}`);
			const trail = page.getByRole('navigation', { name: '当前位置' });
			expect(await trail.getByRole('link').last().isVisible(), `${width}`).toBe(true);
			expect(await trail.locator('[aria-current="page"]').isVisible(), `${width}`).toBe(current);
			await page.close();
		}
	});
});

describe('print', () => {
	test('a page prints without navigation, search or controls', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/brands/xinqiao/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header nav').isVisible()).toBe(false);
		expect(await page.locator('header form').isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(true);
		await page.close();
	});

	test('search results print as a list: the query, no buttons, no filters, no focus ring', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('司法救助')}`);
		await searchDone(page);
		await page.emulateMedia({ media: 'print' });
		const shown = await page.evaluate(() => ({
			buttons: [...document.querySelectorAll('main button')].filter(
				(b) => b.getClientRects().length > 0,
			).length,
			filters: document.querySelector('#search-filters')!.getClientRects().length,
			query: (document.querySelector('#search-q') as HTMLInputElement).value,
			results: document.querySelectorAll('#search-results h3').length,
			outline: getComputedStyle(document.activeElement!).outlineStyle,
		}));
		expect(shown).toEqual({
			buttons: 0,
			filters: 0,
			query: '司法救助',
			results: expect.any(Number),
			outline: 'none',
		});
		expect(shown.results).toBeGreaterThan(0);
		await page.close();
	});
});
