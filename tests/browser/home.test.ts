/**
 * The home page's first screen and cards in Chromium: it says whose site it is; each brand card
 * and figure tile is one link that covers the card, with the focus ring round the card; the
 * search box's placeholder is seen whole in every width and reading mode.
 */
import { describe, expect, test } from 'vitest';
import { contextIn } from '../../scripts/lib/browser.ts';
import { ui } from '../../src/i18n/zh-CN.ts';
import { useBuiltSite } from '../support/browser.ts';
import { modes } from '../support/sweep.ts';

const site = useBuiltSite();

describe('home page', () => {
	test('the masthead says what the site is for and whose it is (no 主办单位 set in tests)', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}/`);
		expect(await page.locator('.home-purpose').textContent()).toBe(ui.home.purpose);
		expect((await page.locator('.home-owner').textContent())?.trim()).toBe(ui.home.organizerUnset);
		await page.close();
	});

	test('each card is one link, reached by clicking anywhere on it, its focus ring round the card', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}/`);
		const cards = page.locator('.whole-card');
		const n = await cards.count();
		expect(n).toBeGreaterThanOrEqual(8);
		for (let i = 0; i < n; i++) expect(await cards.nth(i).locator('a').count()).toBe(1);

		// The summary paragraph of the first brand card, away from its name: the card's link opens.
		const card = page.locator('.brand-card').first();
		const href = await card.locator('a').getAttribute('href');
		const box = (await card.boundingBox())!;
		// Forced: Playwright would refuse to click the card's text, seeing the link on top of it,
		// which is the point; the click goes to whatever is at that spot, as a finger's would.
		await card.click({ position: { x: box.width / 2, y: box.height - 12 }, force: true });
		await page.waitForURL((u) => u.pathname === href);

		await page.goBack();
		await page.locator('.brand-card a').first().focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		const ring = await page
			.locator('.brand-card')
			.first()
			.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(ring).toBe('solid');
		await page.close();
	});

	test.each(modes.map((m) => [m.name, m] as const))(
		'the search placeholder is seen whole (%s)',
		async (_name, mode) => {
			const context = await contextIn(site.browser, mode, mode.prefs);
			const page = await context.newPage();
			await page.goto(`${site.url}/`);
			const room = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
				const style = getComputedStyle(input);
				const context = document.createElement('canvas').getContext('2d')!;
				context.font = style.font;
				const inner =
					input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return inner - context.measureText(input.placeholder).width;
			});
			await context.close();
			expect(room).toBeGreaterThanOrEqual(0);
		},
	);
});
