/**
 * What the search tests compare the search page against: the text each searchable page of the
 * built site holds, read in the browser from the page itself (its marked main content without
 * the parts it keeps out of the index, and the metadata search reads), independently of how the
 * indexer cuts it; and the search page's own answer for a query, as a visitor sees it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { expandSynonyms } from '../../src/lib/search/understand.ts';
import type { SearchTableData } from '../../src/lib/search/vocabulary.ts';
import { searchDone } from './browser.ts';
import { root } from './site.ts';

const dist = join(root, 'dist');

/** The search table and dictionary the built search page reads. */
export const builtTable = (): SearchTableData =>
	JSON.parse(readFileSync(join(dist, 'search/terms/table.json'), 'utf8')) as SearchTableData;

/** Every page of dist/ that search indexes, as its address. */
export const searchablePages = (): string[] =>
	htmlFiles(dist)
		.filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'))
		.map((f) => `/${f.replace(/index\.html$/, '')}`);

/**
 * Each page's text (blocks apart, inline elements run together) and the metadata search reads,
 * read in the page opened in `page` from the pages' own HTML.
 */
export async function pageTexts(page: Page, urls: string[]): Promise<Map<string, string>> {
	const texts = await page.evaluate(async (list) => {
		const block =
			/^(address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|td|th|tr|ul)$/;
		return Promise.all(
			list.map(async (url) => {
				const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
				const body = doc.querySelector('[data-pagefind-body]')!;
				body.querySelectorAll('[data-pagefind-ignore], script, style').forEach((e) => e.remove());
				let text = '';
				const walk = (node: Node) => {
					if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
					if (node.nodeType !== Node.ELEMENT_NODE) return;
					const isBlock = block.test((node as Element).localName);
					if (isBlock) text += '\n';
					node.childNodes.forEach(walk);
					if (isBlock) text += '\n';
				};
				walk(body);
				for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[data-pagefind-meta]'))
					text += `\n${meta.content}`;
				return [url, text] as const;
			}),
		);
	}, urls);
	return new Map(texts);
}

const QUOTATION_MARKS = /[“”‘’《》「」『』"]/g;

/** Whether a page's text holds `word`, as written or with the quotation marks names stand in. */
export const holds = (text: string, word: string): boolean =>
	text.includes(word) || text.replace(QUOTATION_MARKS, '').includes(word);

/** What the search page shows for a query: the count it states and the first page's results. */
export interface Shown {
	count: number;
	urls: string[];
}

/** Types the query into the open search page and submits it, as a visitor does. */
export async function searchFor(page: Page, q: string): Promise<Shown> {
	// The last search's state is cleared first, so only this search's can be waited for.
	await page.$eval('#search-results', (list) => list.removeAttribute('data-state'));
	await page.fill('#search-q', q);
	await page.press('#search-q', 'Enter');
	// `done`, not `shown`: the page is first shown before the count is stated (the query's own
	// results, while its synonyms are still being searched).
	await searchDone(page, ['done', 'failed']);
	const status = (await page.textContent('#search-status')) ?? '';
	return {
		count: Number(/找到 (\d+) 条结果/.exec(status)?.[1] ?? 0),
		urls: await resultUrls(page),
	};
}

/** The pages (without #anchor) of the results the search page shows, in order. */
export const resultUrls = (page: Page): Promise<string[]> =>
	page.$$eval('#search-results h3 a', (as) =>
		as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);

/** The built site served, with Chromium open on its search page: see searchSite. */
export interface SearchSite {
	url: string;
	browser: Browser;
	/** The search page, open. */
	page: Page;
	/** Each searchable page's text (pageTexts), by address. */
	texts: Map<string, string>;
	/** The pages holding `q`, or a synonym variant the search page searches it with. */
	holding: (q: string) => string[];
}

/**
 * For the search tests of one file: serves the built site and opens its search page before
 * them (reading every searchable page's text there), and closes both after them. The object is
 * filled in by then.
 */
export function searchSite(): SearchSite {
	const site = {} as SearchSite;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const server = await serveDist();
		close = server.close;
		site.url = server.url;
		site.browser = await launchBrowser();
		site.page = await site.browser.newPage();
		await site.page.goto(`${server.url}/search/`);
		site.texts = await pageTexts(site.page, searchablePages());
		const { synonyms } = builtTable();
		site.holding = (q) => {
			const { variants } = expandSynonyms(q, synonyms);
			return [...site.texts].filter(([, t]) => variants.some((v) => holds(t, v))).map(([u]) => u);
		};
	});
	afterAll(async () => {
		await site.browser?.close();
		await close?.();
	});
	return site;
}
