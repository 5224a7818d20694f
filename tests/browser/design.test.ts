/**
 * The reading experience in Chromium: 大字 and 高对比 remembered across pages under the CSP,
 * readable with JavaScript off, print views without navigation, a one-page A4 学习卡 for every
 * practice, and share images for every page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { root, textOf } from '../support/site.ts';
import { useBuiltSite, watchPage } from '../support/browser.ts';

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
		expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
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
		expect(await page.locator('h1').textContent()).toBe('土乡丹心');
		expect(await page.getByRole('link', { name: '“支部建在办案组”' }).first().isVisible()).toBe(true);
		await context.close();
	});

	test('the system’s own contrast preference is honoured', async () => {
		const context = await site.browser.newContext({ contrast: 'more' } as Parameters<Browser['newContext']>[0]);
		const page = await context.newPage();
		await page.emulateMedia({ contrast: 'more' } as Parameters<typeof page.emulateMedia>[0]);
		await page.goto(`${site.url}/`);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-line').trim())).toBe('#000');
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

	test('every practice’s 学习卡 fits one A4 page and carries its source', async () => {
		const page = await site.browser.newPage();
		// Every practice folder with a card (not the list's own page/2/ folder).
		const ids = readdirSync(join(root, 'dist/practices')).filter((d) => existsSync(join(root, 'dist/practices', d, 'card/index.html')));
		expect(ids.length).toBeGreaterThan(60);
		const tooLong: string[] = [];
		for (const id of ids) {
			await page.goto(`${site.url}/practices/${id}/card/`);
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			if (pages !== 1) tooLong.push(`${id}: ${pages} pages`);
			expect(await page.locator('.study-card footer').textContent(), id).toContain('出处：《');
		}
		await page.close();
		expect(tooLong).toEqual([]);
	}, 300_000);
});

describe('share images', () => {
	test('every page’s og:image is a 1200×630 PNG that exists and is not blank', async () => {
		const pages = ['index.html', 'brands/xinqiao/index.html', 'practices/pengan-dangjian-qingdan/index.html', 'cases/pengan-jiabao-qiche/index.html', 'topics/sifa-jiuzhu/index.html', 'procuratorates/haidong-huzhu/index.html'];
		for (const p of pages) {
			const html = readFileSync(join(root, 'dist', p), 'utf8');
			const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
			expect(url, p).toBeDefined();
			const file = join(root, 'dist', new URL(url!).pathname);
			const meta = await sharp(file).metadata();
			expect([meta.format, meta.width, meta.height], p).toEqual(['png', 1200, 630]);
			// The title area holds dark pixels: the text was drawn.
			const { channels } = await sharp(file).extract({ left: 80, top: 180, width: 700, height: 200 }).stats();
			expect(channels[0]!.min, p).toBeLessThan(80);
		}
	});

	test('there is one for every brand, practice, case, topic and procuratorate', () => {
		const count = (dir: string) => readdirSync(join(root, 'dist/og', dir)).length;
		expect(count('brands')).toBe(readdirSync(join(root, 'content/brands')).length);
		expect(count('practices')).toBe(readdirSync(join(root, 'content/practices')).length);
		expect(count('cases')).toBe(readdirSync(join(root, 'content/cases')).length);
	});
});

describe('feeds and structured data', () => {
	test('rss.xml lists every practice and case', () => {
		const xml = readFileSync(join(root, 'dist/rss.xml'), 'utf8');
		const items = (xml.match(/<item>/g) ?? []).length;
		expect(items).toBe(readdirSync(join(root, 'content/practices')).length + readdirSync(join(root, 'content/cases')).length);
		expect(xml).toContain('<link>http://localhost:4321/practices/hekou-shuang-daoshi/</link>');
	});

	test('JSON-LD parses and describes the page', () => {
		const ld = (p: string) => JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(readFileSync(join(root, 'dist', p), 'utf8'))![1]!);
		expect(ld('practices/pengan-dangjian-qingdan/index.html')).toMatchObject({ '@type': 'Article', headline: '党建清单工作法', about: { name: '蓬安县人民检察院' } });
		expect(ld('brands/zhengyi-xianfeng/index.html')).toMatchObject({ '@type': 'Brand', name: '正义先锋', slogan: '崇德尚法、正义先锋' });
		expect(ld('procuratorates/jilin-chuanying/index.html')).toMatchObject({ '@type': 'GovernmentOrganization', name: '吉林省吉林市船营区人民检察院' });
		expect(textOf(readFileSync(join(root, 'dist/index.html'), 'utf8'))).toContain('12309 中国检察网');
	});
});
