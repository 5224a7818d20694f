/**
 * What a visitor controls on the search page, the query `q` and the filter values in the URL (or
 * typed into the box), in real Chromium through the built page: markup and script stay text,
 * very long queries, lone surrogates and regex metacharacters neither break the page nor log an
 * error, and nothing of the input reaches the result list or the status line as markup.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/zh-CN.ts';
import { searchDone, useBuiltSite, watchPage, type PageWatch } from '../support/browser.ts';
import { resultUrls } from '../support/search-text.ts';

const site = useBuiltSite();
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	context = await site.browser.newContext();
	page = await context.newPage();
	watch = await watchPage(page, site.url);
});
afterAll(async () => context?.close());
beforeEach(() => {
	watch.consoleErrors.length = 0;
	watch.cspViolations.length = 0;
	watch.foreignRequests.length = 0;
});

/**
 * Payloads that would show themselves if they ran or became markup: each sets `window.__pwned`
 * or adds an element whose id starts with `pwned`.
 */
const markup = [
	'<script>window.__pwned=1</script>',
	'<img src=x id=pwned1 onerror="window.__pwned=1">',
	'"><svg id=pwned2 onload="window.__pwned=1">',
	"'><b id=pwned3>心桥</b>",
	'</ol><li id=pwned4>注入</li>',
	'<mark id=pwned5>心桥</mark>',
	'javascript:window.__pwned=1',
	'&lt;b id=pwned6&gt;心桥&lt;/b&gt;',
	'{{constructor.constructor("window.__pwned=1")()}}',
];
const regex = [
	'.*',
	'(',
	'[',
	'\\',
	'心桥.*',
	'(?<x>a)',
	'^$',
	'+?',
	'${q}',
	'a{99999999}',
	'[\\u0000-\\uffff]*',
	'|||',
	'(((((((((((a)))))))))))',
];

/** Everything about the page that the input must not change, read after a search has finished. */
async function pageState() {
	return page.evaluate(() => {
		const status = document.querySelector('#search-status')!;
		const list = document.querySelector('#search-results')!;
		const everything = [...document.querySelectorAll('*')];
		return {
			query: document.querySelector<HTMLInputElement>('#search-q')!.value,
			state: (list as HTMLElement).dataset['state'],
			status: status.textContent ?? '',
			statusElements: status.children.length,
			resultTags: [
				...new Set([...list.querySelectorAll('*')].map((el) => el.tagName.toLowerCase())),
			].sort(),
			resultItems: [...list.children].every((li) => li.tagName === 'LI' && li.className === 'card'),
			resultLinks: [...list.querySelectorAll('a')].map((a) => new URL(a.href).origin),
			checked: [
				...// The filters belong to the form through form="search-form", wherever they sit.
				document.querySelectorAll<HTMLInputElement>(
					'input[type=checkbox][form=search-form]:checked, #search-form input[type=checkbox]:checked',
				),
			].map((b) => `${b.name}=${b.value}`),
			injected: everything.filter((el) => el.id.startsWith('pwned')).length,
			handlers: everything.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
				.length,
			scripts: document.scripts.length,
			pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
		};
	});
}

/** The search page opened with `query` (already encoded) after `?`, once its search has finished. */
async function open(query: string) {
	await page.goto(`${site.url}/search/?${query}`);
	await searchDone(page);
	return pageState();
}

/** A query typed into the box (lone surrogates survive this way, never through a URL), then searched. */
async function type(value: string) {
	await page.goto(`${site.url}/search/`);
	await searchDone(page);
	await page.evaluate((v) => {
		document.querySelector<HTMLInputElement>('#search-q')!.value = v;
		document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
	}, value);
	await searchDone(page);
	return pageState();
}

/** The status line says only one of the page's own sentences, never anything of the query. */
function ownStatus(status: string): boolean {
	const n = Number(/\d+/.exec(status)?.[0]);
	return status === ui.search.prompt || status === ui.search.none || status === ui.search.found(n);
}

let baseline: Awaited<ReturnType<typeof pageState>>;
beforeAll(async () => {
	baseline = await open('');
});

/** What every hostile input must leave true: no errors, no markup, the page's own status. */
function expectSafe(state: Awaited<ReturnType<typeof pageState>>): void {
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.cspViolations).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
	expect(state.state).toBe('done');
	expect(state.pwned).toBe(false);
	expect(state.injected).toBe(0);
	expect(state.handlers).toBe(0);
	expect(state.scripts).toBe(baseline.scripts);
	expect(state.statusElements).toBe(0);
	expect(ownStatus(state.status), state.status).toBe(true);
	expect(state.resultItems).toBe(true);
	// Only what the result renderer itself makes (src/scripts/search-results.ts: a title link, a
	// list of labels, excerpt paragraphs, <mark> on matched words); nothing from the query.
	for (const tag of state.resultTags)
		expect(['a', 'h3', 'li', 'mark', 'p', 'span', 'ul']).toContain(tag);
	for (const origin of state.resultLinks) expect(origin).toBe(site.url);
}

describe('the query in the URL', () => {
	test('the page with no query shows its prompt and no results', () => {
		expect(baseline.status).toBe(ui.search.prompt);
		expect(baseline.resultTags).toEqual([]);
	});

	test.each(markup)('markup and script stay text: %s', async (q) => {
		const state = await open(new URLSearchParams({ q }).toString());
		expectSafe(state);
		expect(state.query).toBe(q);
	});

	test.each(regex)('regex metacharacters are plain text: %s', async (q) => {
		const state = await open(new URLSearchParams({ q }).toString());
		expectSafe(state);
		expect(state.query).toBe(q);
	});

	test('a query with markup around a real term still finds it, as text', async () => {
		const state = await open(new URLSearchParams({ q: '<b>心桥</b>' }).toString());
		expectSafe(state);
		expect(state.status).not.toBe(ui.search.none);
	});

	test('10,000 characters', async () => {
		const q = '心桥<img src=x onerror=1>.*('.repeat(400).slice(0, 10_000);
		const state = await open(new URLSearchParams({ q: q.replace(/心桥/g, 'xq') }).toString());
		expectSafe(state);
		expect(state.query).toHaveLength(10_000);
	});

	test('percent-encoded halves of a surrogate pair and broken escapes', async () => {
		// %ED%A0%80 is U+D800 written as UTF-8, which is invalid: the browser reads U+FFFD.
		for (const raw of [
			'q=%ED%A0%80',
			'q=%uD800%uDC00',
			'q=%',
			'q=%E5%BF%83%',
			'q=%00%01心桥',
			'q=%0D%0A%3Cscript%3E',
		]) {
			expectSafe(await open(raw));
		}
	});
});

describe('the query typed into the box', () => {
	test.each([
		['a lone high surrogate', '\uD800'],
		['a lone low surrogate before a term', '\uDC00心桥'],
		['surrogates the wrong way round', '\uDC00\uD800'],
		['markup', '<img src=x id=pwned7 onerror="window.__pwned=1">'],
		['10,000 Chinese characters', '检察'.repeat(5_000)],
	])('%s', async (_name, q) => {
		const state = await type(q);
		expectSafe(state);
		expect(state.query).toBe(q);
	});
});

describe('filter values in the URL', () => {
	test('values no checkbox has are ignored: nothing is checked and nothing is added', async () => {
		const params = new URLSearchParams();
		for (const key of ['type', 'brand', 'province', 'topic', 'unknown']) {
			for (const value of [...markup, ...regex]) params.append(key, value);
		}
		const state = await open(params.toString());
		expectSafe(state);
		expect(state.checked).toEqual([]);
	});

	test('a real value checks its box; the same value with markup or metacharacters does not', async () => {
		const params = new URLSearchParams([
			['topic', '司法救助'],
			['topic', '司法救助<b id=pwned8>'],
			['topic', '司法救助.*'],
			['brand', '心桥|崇德尚法、正义先锋'],
		]);
		const state = await open(params.toString());
		expectSafe(state);
		expect(state.checked).toEqual(['topic=司法救助']);
		expect(state.status).toMatch(/^找到 \d+ 条结果$/);
	});

	test('a hostile query and hostile filters together, then an ordinary search still works', async () => {
		const params = new URLSearchParams([
			['q', '<script>window.__pwned=1</script>'],
			['type', '<svg onload=alert(1)>'],
			['topic', '('],
		]);
		expectSafe(await open(params.toString()));
		const state = await type('心桥');
		expectSafe(state);
		expect(await resultUrls(page)).toContain('/brands/xinqiao/');
	});
});
