/**
 * The journeys of a cadre from another 院 looking for practices to learn from, in Chromium:
 * comparing a topic's practices (table on a desktop, cards on a phone, re-sorted by a link),
 * narrowing the practices index with JavaScript off and combining filters with it on, and
 * following related practices that really share a topic.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { entry, of } from '../support/content.ts';
import { searchDone, useBuiltSite, watchPage } from '../support/browser.ts';

const site = useBuiltSite();
const topicNames = new Map(of('topics').map((t) => [t.id, t.data.name]));

/** The topic chips of every practice card on the page. */
const cardTopics = (page: Page) =>
	page
		.locator('main article.card')
		.evaluateAll((cards) =>
			cards.map((c) =>
				[...c.querySelectorAll('ul[aria-label="主题"] a')].map((a) => a.textContent!.trim()),
			),
		);

describe('a topic’s comparison', () => {
	test('every topic page with practices shows them side by side, one row each', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
		for (const t of of('topics')) {
			const count = of('practices').filter((p) => p.data.topics.includes(t.id)).length;
			await page.goto(`${site.url}/topics/${t.id}/`);
			const table = page.getByRole('table', {
				name: `各检察院的“${topicNames.get(t.id)}”做法对比：每行一项做法`,
			});
			if (count === 0) expect(await table.count(), t.id).toBe(0);
			else
				expect(
					await table.locator('tbody tr:not(.compare-group):not(.compare-more)').count(),
					t.id,
				).toBe(count);
		}
		await page.close();
	});

	test('is a table on a desktop and labelled cards on a phone, with nothing wider than the screen', async () => {
		for (const [width, display] of [
			[1440, 'table'],
			[390, 'block'],
		] as const) {
			const page = await site.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${site.url}/topics/sifa-jiuzhu/`);
			const table = page.locator('table.compare');
			expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe(display);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			if (width === 390) {
				const label = await page
					.locator('table.compare tbody td')
					.first()
					.evaluate((td) => getComputedStyle(td, '::before').content);
				expect(label).toBe('"品牌"');
			}
			await page.close();
		}
	});

	test('re-sorts by procuratorate through a link, with JavaScript off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/topics/sifa-jiuzhu/`);
		await page.getByRole('link', { name: '按检察院' }).click();
		await page.waitForURL((u) => u.pathname === '/topics/sifa-jiuzhu/sort/procuratorate/');
		const owners = await page.locator('table.compare tbody th[scope="row"] > a').allTextContents();
		expect(owners).toEqual([...owners].sort((a, b) => a.localeCompare(b, 'zh-CN')));
		expect(await page.getByRole('link', { name: '按检察院' }).getAttribute('aria-current')).toBe(
			'page',
		);
		await context.close();
	});
});

describe('the practices index’s filters', () => {
	test('work with JavaScript off: topic, province, brand, then pillar', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/practices/`);
		const choose = async (group: string, name: string) => {
			await page.locator('nav[aria-label="筛选做法"] summary').click();
			await page
				.getByRole('region', { name: group })
				.getByRole('link', { name: new RegExp(`^${name} \\d+ 项$`) })
				.click();
		};

		await choose('主题', '司法救助');
		await page.waitForURL((u) => u.pathname === '/practices/topic/sifa-jiuzhu/');
		const topics = await cardTopics(page);
		expect(topics.length).toBeGreaterThan(1);
		for (const chips of topics) expect(chips).toContain('司法救助');

		await choose('省份', '青海省');
		await page.waitForURL((u) => u.pathname === '/practices/province/qinghai/');
		const owners = await page.locator('main section h2.section-title').allTextContents();
		expect(owners.map((o) => o.trim())).toEqual(['互助县人民检察院']);

		// Within 青海省 the Shanghai brand 心桥 holds nothing: counted 0 and no link to an empty list.
		await page.locator('nav[aria-label="筛选做法"] summary').click();
		const brands = page.getByRole('region', { name: '品牌' });
		expect(await brands.getByText(/^心桥 0 项$/).count()).toBe(1);
		expect(await brands.getByRole('link', { name: /^心桥 / }).count()).toBe(0);
		await page.getByRole('link', { name: '查看全部做法' }).click();
		await page.waitForURL((u) => u.pathname === '/practices/');

		await choose('品牌', '心桥');
		await page.waitForURL((u) => u.pathname === '/practices/brand/xinqiao/');
		const all = await page.locator('main article.card').count();
		expect(all).toBe(of('practices').filter((p) => p.data.brand === 'xinqiao').length);

		await page.locator('nav[aria-label="筛选做法"] summary').click();
		await page.getByRole('region', { name: '板块' }).getByRole('link').first().click();
		await page.waitForURL((u) => u.pathname === '/practices/brand/xinqiao/pillar/1/');
		const pillar = entry('brands', 'xinqiao').data.pillars[0];
		const inPillar = of('practices').filter(
			(p) => p.data.brand === 'xinqiao' && p.data.pillar === pillar,
		);
		expect(await page.locator('main article.card').count()).toBe(inPillar.length);
		expect(await page.locator('main section h2.section-title').allTextContents()).toEqual([pillar]);

		await page.getByRole('link', { name: '查看全部做法' }).click();
		await page.waitForURL((u) => u.pathname === '/practices/');
		await context.close();
	});

	test('with JavaScript, open beside the list and combine a second choice on the search page', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
		const watch = await watchPage(page, site.url);
		await page.goto(`${site.url}/practices/topic/sifa-jiuzhu/`);
		const panel = page.locator('nav[aria-label="筛选做法"] details');
		await expect.poll(() => panel.getAttribute('open')).toBe('');
		await page
			.getByRole('region', { name: '省份' })
			.getByRole('link', { name: /^上海市/ })
			.click();
		await page.waitForURL((u) => u.pathname === '/search/');
		const params = new URL(page.url()).searchParams;
		expect([...params]).toEqual([
			['type', '做法'],
			['topic', '司法救助'],
			['province', '上海市'],
		]);
		await searchDone(page);
		expect(
			await page.locator('#search-results a[href^="/practices/xinqiao-"]').count(),
		).toBeGreaterThan(0);
		expect(watch.cspViolations).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		await page.close();
	});

	test('cards show topic chips, not the procuratorate their heading already names', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/practices/`);
		const first = page
			.locator('main section')
			.filter({ has: page.locator('article.card') })
			.first();
		const owner = (await first.locator('h2').textContent())!.trim();
		expect(await first.locator('article.card').first().textContent()).not.toContain(owner);
		for (const chips of await cardTopics(page)) expect(chips.length).toBeGreaterThan(0);
		await page.close();
	});
});

describe('related practices', () => {
	test('on every practice page, share a topic with it and belong to another 院', async () => {
		const page = await site.browser.newPage();
		const topicsOf = new Map(of('practices').map((p) => [p.id, p.data.topics as string[]]));
		const ownerOf = new Map(of('practices').map((p) => [p.id, p.data.procuratorate]));
		let withRelated = 0;
		for (const p of of('practices')) {
			await page.goto(`${site.url}/practices/${p.id}/`);
			const links = await page
				.locator('section[aria-labelledby="related"] article a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			if (links.length > 0) withRelated++;
			for (const href of links) {
				const id = href.split('/')[2]!;
				expect(
					topicsOf.get(id)!.some((t) => topicsOf.get(p.id)!.includes(t)),
					`${p.id} → ${id}`,
				).toBe(true);
				expect(ownerOf.get(id), `${p.id} → ${id}`).not.toBe(ownerOf.get(p.id));
			}
		}
		expect(withRelated).toBeGreaterThan(of('practices').length / 2);
		await page.close();
	}, 120_000);
});
