/**
 * Paper (#25): every 学习卡 and every brand page printed by Chromium, from a local build and from
 * a deployment build (whether a print runs past its sheets is asked of Chromium's print layout,
 * tests/support/print.ts). A 学习卡 is one A4 sheet, filled to its foot, in type of 12 pt or
 * more, with its brand's mark when it has a brand and the site's citation; it leads back to the
 * web (with an address: the full address, a QR code and the print date; without one: no
 * developer text) and says each figure once; a brand page stays within its page budget and carries its address;
 * nothing prints a heading over hidden or absent content. Runs are of bounded size, like the
 * sweep in site.test.ts, so a test's length never grows with the site.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { headerPolicy } from '../../src/lib/site/csp.ts';
import { ui } from '../../src/i18n/zh-CN.ts';
import { printsBeyond, sheetsOver } from '../support/print.ts';
import { deployDist, deployed, root } from '../support/site.ts';
import { runsOf } from '../support/sweep.ts';

/** Pages printed per test. */
const RUN_SIZE = 15;
/**
 * A brand page prints as an article of at most this many A4 pages: the longest story today
 * (正义先锋, 20 practices) takes five; a sixth is room for a story that grows, a seventh would
 * mean the page prints something it should not (a list, a table) and should be looked at.
 */
const BRAND_PAGES = 6;

const builds = {
	local: join(root, 'dist'),
	deploy: deployDist,
} as const;
type Build = keyof typeof builds;

const cardIds = readdirSync(join(builds.local, 'practices')).filter((d) =>
	existsSync(join(builds.local, 'practices', d, 'card/index.html')),
);
const brandIds = readdirSync(join(builds.local, 'brands')).filter((d) =>
	existsSync(join(builds.local, 'brands', d, 'index.html')),
);
const runs = (ids: string[]) =>
	runsOf(ids, RUN_SIZE).map((r) => [`${r.items[0]}…${r.items.at(-1)}`, r.items] as const);

const sites = {} as Record<Build, { url: string; close: () => Promise<void> }>;
let browser: Browser;
beforeAll(async () => {
	const headers = { 'Content-Security-Policy': headerPolicy };
	sites.local = await serveDist(builds.local, headers);
	sites.deploy = await serveDist(builds.deploy, headers);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await sites.local?.close();
	await sites.deploy?.close();
});

/**
 * Headings that print over nothing: visible in print media, but nothing visible follows them
 * before the next heading of the same or a higher level (or the end of their section).
 */
function emptyHeadings(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const shown = (el: Element) =>
			el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
		const hasContent = (el: Element) =>
			shown(el) &&
			((el as HTMLElement).innerText.trim() !== '' || el.querySelector('svg, img, table') !== null);
		const level = (el: Element) => (/^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 7);
		const empty: string[] = [];
		for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
			if (!shown(h) || (h as HTMLElement).innerText.trim() === '') continue;
			// A heading that is its block's last child is followed by what follows its block.
			let node: Element = h;
			while (!node.nextElementSibling && node.parentElement && node.parentElement !== document.body)
				node = node.parentElement;
			let found = false;
			for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
				if (level(next) <= level(h)) break;
				const inner = next.querySelector('h1, h2, h3, h4, h5, h6');
				if (inner && level(inner) <= level(h) && !hasContent(next)) break;
				if (hasContent(next)) {
					found = true;
					break;
				}
			}
			if (!found) empty.push(`${h.tagName} ${(h as HTMLElement).innerText.trim()}`);
		}
		return empty;
	});
}

/** A4 less the 12 mm margins of print.css's @page, at 96 px to the inch: the sheet a page prints on. */
const mm = 96 / 25.4;
const sheet = { width: Math.floor(186 * mm), height: Math.floor(273 * mm) };

/**
 * A page in print media at the width of the sheet, for one run: each page of the run is opened
 * in it in turn (a new page for each costs about as much as printing it).
 */
async function printView(): Promise<Page> {
	const page = await browser.newPage({ viewport: sheet });
	await page.emulateMedia({ media: 'print' });
	return page;
}

describe('counting printed sheets', () => {
	test('one sheet past the budget is asked for, and a longer print is counted whole', async () => {
		const page = await printView();
		const tall = (mm: number) =>
			page.setContent(
				`<style>@page { size: A4; margin: 12mm }</style><div style="height: ${mm}mm">纸</div>`,
			);
		await tall(100);
		expect(await printsBeyond(page, 1)).toBe(false);
		expect(await sheetsOver(page, 1)).toBeUndefined();
		await tall(700);
		expect(await printsBeyond(page, 1)).toBe(true);
		expect(await printsBeyond(page, 3)).toBe(false);
		expect(await sheetsOver(page, 1)).toBe(3);
		await page.close();
	});
});

describe.each(['local', 'deploy'] as const)('学习卡 from a %s build', (build) => {
	test('every practice has a card', () => {
		expect(cardIds.length).toBeGreaterThan(60);
		for (const id of cardIds)
			expect(existsSync(join(builds[build], 'practices', id, 'card/index.html')), id).toBe(true);
	});

	test.each(runs(cardIds))(
		'%s: one A4 page filled at 12 pt or more, its brand mark, a way back, no empty heading, each figure once',
		async (_label, ids) => {
			const wrong: string[] = [];
			const page = await printView();
			for (const id of ids) {
				const path = `/practices/${id}/card/`;
				await page.goto(`${sites[build].url}${path}`);
				const sheets = await sheetsOver(page, 1);
				if (sheets) wrong.push(`${id}: ${sheets} pages`);
				for (const h of await emptyHeadings(page)) wrong.push(`${id}: empty ${h}`);
				const card = await page.evaluate(() => {
					const text = (sel: string) =>
						(document.querySelector(sel) as HTMLElement | null)?.innerText ?? '';
					const today = document.querySelector('.study-card [data-today]');
					const el = document.querySelector('.study-card')!;
					const body = document.querySelector('.study-card-body p')!;
					return {
						height: el.getBoundingClientRect().height,
						footerBottom: document.querySelector('.study-card-footer')!.getBoundingClientRect()
							.bottom,
						bodyPt: (parseFloat(getComputedStyle(body).fontSize) * 72) / 96,
						emblem: el.querySelector('.study-card-band svg.brand-mark') !== null,
						citation: document.querySelector('.study-card footer')?.textContent ?? '',
						footer: text('.study-card-footer'),
						qr: document.querySelector('.study-card-footer svg.qr')?.getClientRects().length ?? 0,
						printed: today && today.getClientRects().length > 0 ? today.textContent : '',
						how: text('#card-how + *').replace(/\s+/g, ''),
						figures: [...document.querySelectorAll('#card-results ~ ul strong')].map((s) =>
							s.textContent!.replace(/\s+/g, ''),
						),
					};
				});
				if (build === 'deploy') {
					if (!card.footer.includes(`${deployed.url}${path.replace('card/', '')}`))
						wrong.push(`${id}: no full address in “${card.footer}”`);
					if (card.qr === 0) wrong.push(`${id}: no QR code`);
					if (!/^\d{4}年\d{1,2}月\d{1,2}日$/.test(card.printed ?? ''))
						wrong.push(`${id}: print date “${card.printed}”`);
				} else {
					if (/SITE_URL|\/practices\//.test(card.footer))
						wrong.push(`${id}: developer text or a bare path in “${card.footer}”`);
					if (card.qr !== 0) wrong.push(`${id}: a QR code without an address`);
				}
				if (card.height < sheet.height - 2)
					wrong.push(`${id}: card ${card.height}px of ${sheet.height}px`);
				if (card.footerBottom < sheet.height - 4)
					wrong.push(`${id}: footer ends at ${card.footerBottom}px`);
				if (card.bodyPt < 12) wrong.push(`${id}: body ${card.bodyPt} pt`);
				const branded = /^brand: /m.test(
					readFileSync(join(root, 'content/practices', `${id}.md`), 'utf8'),
				);
				if (card.emblem !== branded) wrong.push(`${id}: emblem ${card.emblem}`);
				if (!card.citation.includes(ui.card.citation)) wrong.push(`${id}: no citation`);
				if (/《（|原文未载标题/.test(card.footer))
					wrong.push(`${id}: untitled source as 《（…）》`);
				for (const f of card.figures)
					if (card.how.includes(f)) wrong.push(`${id}: ${f} under both 怎么做 and 成效`);
			}
			await page.close();
			expect(wrong).toEqual([]);
		},
		300_000,
	);
});

describe.each(['local', 'deploy'] as const)('brand pages from a %s build', (build) => {
	test('there are brand pages to print', () => {
		expect(brandIds.length).toBeGreaterThan(5);
	});

	test.each(runs(brandIds))(
		`%s: at most ${BRAND_PAGES} pages, no empty heading, no navigation, the address when known`,
		async (_label, ids) => {
			const wrong: string[] = [];
			const page = await printView();
			for (const id of ids) {
				const path = `/brands/${id}/`;
				await page.goto(`${sites[build].url}${path}`);
				const sheets = await sheetsOver(page, BRAND_PAGES);
				if (sheets) wrong.push(`${id}: ${sheets} pages`);
				for (const h of await emptyHeadings(page)) wrong.push(`${id}: empty ${h}`);
				const shown = await page.evaluate(() =>
					['header nav', 'header form', '.brand-pager', '.brand-toc', 'button'].filter((sel) =>
						[...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0),
					),
				);
				if (shown.length > 0) wrong.push(`${id}: prints ${shown.join(', ')}`);
				const facts = await page.locator('.fact-box').isVisible();
				if (!facts) wrong.push(`${id}: no 概况 box`);
				const address = await page.locator('.print-address').allInnerTexts();
				const expected = build === 'deploy' ? [`${ui.footer.address}${deployed.url}${path}`] : [];
				if (address.join() !== expected.join()) wrong.push(`${id}: address ${address.join()}`);
			}
			await page.close();
			expect(wrong).toEqual([]);
		},
		300_000,
	);
});
