/**
 * The reading experience in Chromium: 大字 and 高对比 remembered across pages under the CSP,
 * readable with JavaScript off, print views without navigation, a one-page A4 学习卡 for every
 * practice.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { root } from '../support/site.ts';
import { useBuiltSite, watchPage } from '../support/browser.ts';
import { ui } from '../../src/i18n/zh-CN.ts';

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
				await page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' });
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

	test('every practice’s 学习卡 fills exactly one A4 page at 12 pt or more, with its brand mark and source', async () => {
		// A4 less the card's 12 mm margins, at 96 px to the inch: the sheet the card is laid out on.
		const mm = 96 / 25.4;
		const sheet = { width: Math.floor(186 * mm), height: Math.floor(273 * mm) };
		const page = await site.browser.newPage();
		const sheetPage = await site.browser.newPage({ viewport: sheet });
		await sheetPage.emulateMedia({ media: 'print' });
		// Every practice folder with a card (not the list's own page/2/ folder).
		const ids = readdirSync(join(root, 'dist/practices')).filter((d) =>
			existsSync(join(root, 'dist/practices', d, 'card/index.html')),
		);
		expect(ids.length).toBeGreaterThan(60);
		const wrong: string[] = [];
		for (const id of ids) {
			await page.goto(`${site.url}/practices/${id}/card/`);
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			if (pages !== 1) wrong.push(`${id}: ${pages} pages`);
			await sheetPage.goto(`${site.url}/practices/${id}/card/`);
			const card = await sheetPage.evaluate(() => {
				const el = document.querySelector('.study-card')!;
				const body = document.querySelector('.study-card-body p')!;
				return {
					height: el.getBoundingClientRect().height,
					footerBottom: document.querySelector('.study-card-footer')!.getBoundingClientRect()
						.bottom,
					bodyPt: (parseFloat(getComputedStyle(body).fontSize) * 72) / 96,
					emblem: el.querySelector('.study-card-band svg.brand-mark') !== null,
				};
			});
			if (card.height < sheet.height - 2)
				wrong.push(`${id}: card ${card.height}px of ${sheet.height}px`);
			if (card.footerBottom < sheet.height - 4)
				wrong.push(`${id}: footer ends at ${card.footerBottom}px`);
			if (card.bodyPt < 12) wrong.push(`${id}: body ${card.bodyPt} pt`);
			const branded = /^brand: /m.test(
				readFileSync(join(root, 'content/practices', `${id}.md`), 'utf8'),
			);
			if (card.emblem !== branded) wrong.push(`${id}: emblem ${card.emblem}`);
			expect(await page.locator('.study-card footer').textContent(), id).toContain(
				ui.card.citation,
			);
		}
		await page.close();
		await sheetPage.close();
		expect(wrong).toEqual([]);
	}, 300_000);
});
