/**
 * Brand pages and the home page as a phone reader sees them: no text under 12 px at 390 px, the
 * header on one tidy row set in 大字 (the 搜索 button used to wrap), every brand colour deepened in
 * 高对比, stories rendered from the kit, and a printout without an empty last page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contextIn } from '../../scripts/lib/browser.ts';
import { root } from '../support/site.ts';
import { useBuiltSite, watchPage } from '../support/browser.ts';
import { sheetsIn } from '../support/print.ts';

const site = useBuiltSite();
const brands = readdirSync(join(root, 'dist', 'brands'), { withFileTypes: true })
	.filter((d) => d.isDirectory() && d.name !== 'page')
	.map((d) => d.name);

/** Visible text nodes whose rendered font size is below `min` px: “size text”, for the report. */
const smallText = (page: Page, min: number) =>
	page.evaluate((min) => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = n.textContent?.trim();
			const el = n.parentElement;
			if (!text || !el || el.closest('[hidden], .sr-only, script, style')) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			// SVG text scales with its drawing: measure what is drawn, not the attribute.
			const size =
				el instanceof SVGTextElement
					? el.getBoundingClientRect().height * 0.8
					: Number.parseFloat(getComputedStyle(el).fontSize);
			if (size < min) found.push(`${size.toFixed(1)}px ${text.slice(0, 20)}`);
		}
		return found;
	}, min);

describe('brand pages on a phone', () => {
	test.each(brands)(
		'/brands/%s/ has no text under 12 px at 390 px, open data included',
		async (id) => {
			const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.goto(`${site.url}/brands/${id}/`);
			await page.evaluate(() =>
				document.querySelectorAll('details').forEach((d) => (d.open = true)),
			);
			expect(await smallText(page, 12)).toEqual([]);
			await page.close();
		},
	);

	test('the home page has no text under 12 px at 390 px', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}/`);
		expect(await smallText(page, 12)).toEqual([]);
		await page.close();
	});
});

describe('reading modes on brand pages', () => {
	test('in 大字 at 390 px the 搜索 button and the 大字/高对比 switches each stay on one line', async () => {
		const context = await contextIn(
			site.browser,
			{ width: 390, height: 844 },
			{
				'pref-size': 'large',
			},
		);
		const page = await context.newPage();
		await page.goto(`${site.url}/brands/chuancheng-baiduren/`);
		for (const name of ['搜索', '大字', '高对比']) {
			const button = page.getByRole('button', { name, exact: true });
			// The lines its text is set on (a button taller than its text, for a finger, is still one).
			const lines = await button.evaluate((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			});
			expect(lines, name).toBe(1);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		await context.close();
	});

	test('高对比 deepens the brand colour (keeping it) and removes the washes', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const watch = await watchPage(page, site.url);
		await page.goto(`${site.url}/brands/zhengyi-xianfeng/`);
		const brandColour = () =>
			page.evaluate(() => getComputedStyle(document.querySelector('.brand-name')!).color);
		const normal = await brandColour();
		await page.getByRole('button', { name: '高对比' }).click();
		const high = await brandColour();
		expect(high).not.toBe(normal);
		expect(high).not.toBe('rgb(0, 0, 0)');
		expect(
			await page.evaluate(
				() => getComputedStyle(document.querySelector('.brand-hero')!).backgroundColor,
			),
		).toBe('rgb(255, 255, 255)');
		expect(watch.cspViolations).toEqual([]);
		await context.close();
	});
});

describe('stories', () => {
	test('a story renders its kit components, and links keep the site’s colour, not the brand’s', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/brands/wenhua-dangjian/`);
		expect(await page.locator('.story .stat-tile').count()).toBe(2);
		expect(await page.locator('.story .story-moment').count()).toBe(1);
		expect(await page.locator('.story .story-quote').count()).toBe(2);
		// The guide shows the kit's other components on the site's own entries.
		await page.goto(`${site.url}/guide/`);
		expect(await page.locator('.guide-examples .story-case').count()).toBe(1);
		expect(await page.locator('.guide-examples .story-timeline li').count()).toBe(2);
		await page.goto(`${site.url}/brands/wenhua-dangjian/`);
		const colours = await page.evaluate(() => ({
			link: getComputedStyle(document.querySelector('.story .stat-link a')!).color,
			accent: getComputedStyle(document.querySelector('.brand-kicker a')!).color,
			brand: getComputedStyle(document.querySelector('.brand-name')!).color,
		}));
		expect(colours.link).toBe(colours.accent);
		expect(colours.link).not.toBe(colours.brand);
		await page.close();
	});

	test('a brand page prints without an empty last page', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/brands/rongjia/`);
		const pdf = await page.pdf({ format: 'A4' });
		const pages = sheetsIn(pdf);
		// 融+ has a short story: it fits on one or two pages, never three.
		expect(pages).toBeGreaterThan(0);
		expect(pages).toBeLessThanOrEqual(2);
		await page.close();
	});
});
