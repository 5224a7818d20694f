/**
 * Topics side by side in Chromium: with JavaScript, any two or three topics in one table from a
 * topic's page (added, shared by address, removed), its columns following the rows in view;
 * without JavaScript, the pre-built pairs; on paper, a landscape table.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { of } from '../support/content.ts';
import { axeViolations, useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();
const practicesOn = (topic: string) => of('practices').filter((p) => p.data.topics.includes(topic));

/** The table's groups as the reader sees them: topic and number of practice rows. */
const groups = (page: Page) =>
	page.locator('table.compare tbody').evaluateAll((bodies) =>
		bodies.map((b) => ({
			topic: (b as HTMLElement).dataset.group!,
			rows: b.querySelectorAll('tr:not(.compare-group):not(.compare-more)').length,
			headed: !(b.querySelector('tr.compare-group') as HTMLElement).hidden,
		})),
	);

/** Columns shown and whether each shown one has something in some row, each hidden one nothing. */
const columnsFollowRows = (page: Page) =>
	page.locator('table.compare thead th[data-col]').evaluateAll((heads) =>
		heads.every((h) => {
			const cells = [
				...document.querySelectorAll<HTMLElement>(
					`table.compare tbody [data-col="${(h as HTMLElement).dataset.col}"]`,
				),
			];
			const filled = cells.some((c) => !c.hasAttribute('data-empty'));
			return (h as HTMLElement).hidden === !filled && cells.every((c) => c.hidden === !filled);
		}),
	);

/** The articles the table's rows cite (their 出处 links), and those the page's source list names. */
const citedSources = async (page: Page) =>
	new Set(
		await page
			.locator('table.compare tbody [data-col="source"] a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
	);
const listed = (page: Page) =>
	page
		.locator('[data-source-list] > li')
		.evaluateAll((items) => items.map((li) => li.querySelector('a')!.getAttribute('href')!));
/** Articles a row cites that the page's 信息来源 does not list. */
const unlisted = async (page: Page) => {
	const names = new Set(await listed(page));
	return [...(await citedSources(page))].filter((href) => !names.has(href));
};

const add = async (page: Page, name: string) => {
	await page
		.getByLabel('加入另一个主题的做法，在上表中对比（最多三个主题）')
		.selectOption({ label: name });
	await page.getByRole('button', { name: '加入对比' }).click();
};

describe('comparing topics with JavaScript', () => {
	test('adds a second and a third topic to the table, keeps them in the address, and removes one', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.goto(`${site.url}/topics/sifa-jiuzhu/`);
		expect(await groups(page)).toEqual([
			{ topic: 'sifa-jiuzhu', rows: practicesOn('sifa-jiuzhu').length, headed: false },
		]);
		const ownSources = new Set(await listed(page));
		await add(page, '未成年人检察');
		const status = page.getByRole('status');
		await expect
			.poll(() => status.textContent())
			.toBe(`已加入“未成年人检察”的 ${practicesOn('weichengnianren').length} 项做法。`);
		expect(await groups(page)).toEqual([
			{ topic: 'sifa-jiuzhu', rows: practicesOn('sifa-jiuzhu').length, headed: true },
			{ topic: 'weichengnianren', rows: practicesOn('weichengnianren').length, headed: true },
		]);
		// Focus goes to the added topic's heading, so a keyboard or screen reader user is there.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
			'未成年人检察',
		);
		expect(new URL(page.url()).searchParams.get('with')).toBe('weichengnianren');
		expect(
			await page
				.getByRole('table', { name: '做法对比，每行一项做法，按主题分组：司法救助、未成年人检察' })
				.count(),
		).toBe(1);
		expect(await columnsFollowRows(page)).toBe(true);

		await add(page, '公益诉讼');
		await expect.poll(async () => (await groups(page)).length).toBe(3);
		expect(new URL(page.url()).searchParams.get('with')).toBe('weichengnianren,gongyi-susong');
		await add(page, '控告申诉');
		await expect
			.poll(() => status.textContent())
			.toBe('已有三个主题在表中；先移出一个，再加入其他主题。');
		expect((await groups(page)).length).toBe(3);

		// The page lists the articles every row cites, the added ones' too, and no others.
		expect(await unlisted(page)).toEqual([]);
		const listedWithAll = await listed(page);
		// Another order of the same comparison keeps the added topics.
		for (const href of await page
			.locator('a[data-sort-link]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
			expect(new URL(href!, site.url).searchParams.get('with')).toBe(
				'weichengnianren,gongyi-susong',
			);

		await page.getByRole('button', { name: '移出“未成年人检察”' }).click();
		expect((await groups(page)).map((g) => g.topic)).toEqual(['sifa-jiuzhu', 'gongyi-susong']);
		expect(new URL(page.url()).searchParams.get('with')).toBe('gongyi-susong');
		expect(await columnsFollowRows(page)).toBe(true);
		expect(await unlisted(page)).toEqual([]);
		// With the added topics gone, the list is the page's own again.
		await page.getByRole('button', { name: '移出“公益诉讼”' }).click();
		expect(listedWithAll.length).toBeGreaterThan(ownSources.size);
		expect(await listed(page)).toEqual([...ownSources]);
		await page.close();
	});

	test('a shared address opens the same comparison, readable on a phone and free of axe violations', async () => {
		for (const width of [390, 1440]) {
			const page = await site.browser.newPage({ viewport: { width, height: 844 } });
			await page.goto(`${site.url}/topics/sifa-jiuzhu/?with=weichengnianren,gongyi-susong`);
			await expect
				.poll(async () => (await groups(page)).map((g) => g.topic))
				.toEqual(['sifa-jiuzhu', 'weichengnianren', 'gongyi-susong']);
			expect(await columnsFollowRows(page)).toBe(true);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, `${width}`).toBeLessThanOrEqual(0);
			expect(await axeViolations(page), `${width}`).toEqual([]);
			await page.close();
		}
	});
});

describe('comparing topics without JavaScript', () => {
	test('the form stays hidden and a pre-built pair opens as one table of both topics', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/topics/sifa-jiuzhu/`);
		expect(await page.locator('form[data-topic-compare]').isVisible()).toBe(false);
		await page.getByRole('link', { name: '与“未成年人检察”' }).click();
		await page.waitForURL((u) => u.pathname === '/topics/compare/sifa-jiuzhu/weichengnianren/');
		expect(await groups(page)).toEqual([
			{ topic: 'sifa-jiuzhu', rows: practicesOn('sifa-jiuzhu').length, headed: true },
			{ topic: 'weichengnianren', rows: practicesOn('weichengnianren').length, headed: true },
		]);
		await context.close();
	});
});

describe('on paper', () => {
	/** The size of every page of the printed PDF, in points: [width, height]. */
	const sheets = async (path: string) => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}${path}`);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		await page.close();
		return [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
			(m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))],
		);
	};

	test('a topic’s table prints on landscape A4, other pages upright', async () => {
		const topic = await sheets('/topics/weichengnianren/');
		expect(topic.length).toBeGreaterThan(0);
		for (const size of topic) expect(size).toEqual([842, 595]);
		for (const size of await sheets('/practices/huzhu-sifa-jiuzhu/'))
			expect(size).toEqual([595, 842]);
	});
});
