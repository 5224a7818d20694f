/**
 * The search index is built in shards kept between builds by what they index
 * (src/lib/build/index-cache.ts): after one page changes, a rebuild re-indexes only that page's
 * shard and copies the rest, and what it publishes under /pagefind/ is, byte for byte, what a
 * build without any cache writes. A small built site is indexed by the real Pagefind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ShardKey } from '../../src/lib/build/index-cache.ts';
import { buildSearchIndex, shardPath, shardsOf } from '../../src/lib/build/search-index.ts';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { tempTree } from '../support/fixture.ts';

const WORDS = ['检察', '党建', '品牌', '司法救助', '公益诉讼', '未成年人', '听证', '心桥', '支部'];
const PAGES = 36;

/** The site dictionary: 检察听证 is on no page, so the build writes it back as absent. */
const DICTIONARY = ['司法救助', '心桥', '检察听证'];

/** A built site of searchable pages, each with its own mix of words, and the search page. */
function site(changed: Record<number, string> = {}, words = DICTIONARY): string {
	const table = { synonyms: [], distinct: [], fillers: [], topics: [], dictionary: { words } };
	const files: Record<string, string> = {
		'search/index.html': '<html lang="zh-CN"><body><div data-search-shards=""></div></body></html>',
		'search/terms/table.json': JSON.stringify(table),
		'about/index.html': '<html lang="zh-CN"><body><main><p>不被索引的页面</p></main></body></html>',
	};
	for (let i = 0; i < PAGES; i++) {
		const text = Array.from({ length: 30 }, (_, j) => WORDS[(i * 5 + j * 2) % WORDS.length]);
		files[`p${i}/index.html`] =
			`<html lang="zh-CN"><head><title>第${i}页</title></head><body><main data-pagefind-body>` +
			`<h1>第${i}页</h1><p>${text.join('')}${changed[i] ?? ''}</p></main></body></html>`;
	}
	return tempTree(files);
}

/** Every file Pagefind's step published, path → bytes. */
const published = (dir: string) =>
	Object.fromEntries(
		siteFiles(join(dir, 'pagefind'), () => true).map((f) => [
			f,
			readFileSync(join(dir, 'pagefind', f)),
		]),
	);

/** The dictionary terms the build wrote back as held by no page. */
const absent = (dir: string): string[] =>
	JSON.parse(readFileSync(join(dir, 'search/terms/table.json'), 'utf8')).dictionary.absent;

/** The files of one shard's own folder (not the merged shards inside the first one's). */
const shardFiles = (files: Record<string, Buffer>, s: number) =>
	Object.keys(files).filter((f) =>
		s === 0 ? !f.startsWith('shard-') : f.startsWith(shardPath(s).slice('/pagefind/'.length)),
	);

beforeEach(() => {
	process.env['SITE_SEARCH_SHARD_PAGES'] = '10';
});
afterEach(() => {
	delete process.env['SITE_SEARCH_SHARD_PAGES'];
	delete process.env['SITE_SEARCH_WORKERS'];
});

describe('an incremental search index', () => {
	test('re-indexes only the changed page’s shard, and publishes what a cold build does', async () => {
		const cache = join(tempTree(), 'pagefind');
		const first = site();
		const cold = await buildSearchIndex(first, undefined, cache);
		expect(cold).toMatchObject({ pages: PAGES, shards: 4, reused: 0, prepared: PAGES });
		expect(readdirSync(join(cache, 'shards'))).toHaveLength(4);
		expect(readFileSync(join(first, 'search/index.html'), 'utf8')).toContain(
			'data-search-shards="/pagefind/shard-1/ /pagefind/shard-2/ /pagefind/shard-3/"',
		);

		// Nothing changed: every shard is copied, and the copy is what Pagefind wrote; the terms
		// no page holds are found from the copied shards' terms as from the pages.
		const again = site();
		expect(await buildSearchIndex(again, undefined, cache)).toMatchObject({ reused: 4 });
		expect(published(again)).toEqual(published(first));
		expect(absent(again)).toEqual(['检察听证']);
		expect(absent(first)).toEqual(['检察听证']);

		// One page changed: its shard alone is indexed again, and only its files differ.
		const edit = { 7: '修改了一句话' };
		const edited = site(edit);
		const warm = await buildSearchIndex(edited, undefined, cache);
		// …and of its pages, only the changed one is cut into words again: the others' prepared
		// text is read from the cache.
		expect(warm).toMatchObject({ shards: 4, reused: 3, prepared: 1 });
		// Pages are indexed in the order of their files' paths (/p1/, /p10/, …, /p2/).
		const urls = Array.from({ length: PAGES }, (_, i) => `/p${i}/`).sort();
		const own = shardsOf(urls, 10).findIndex((s) => s.includes(urls.indexOf('/p7/')));
		const before = published(first);
		const after = published(edited);
		for (let s = 0; s < 4; s++) {
			const same = shardFiles(after, s).every((f) => before[f]?.equals(after[f]!));
			expect(same, `shard ${s}`).toBe(s !== own);
		}
		// The cache holds this build's shards and pages only: the changed ones' old copies are
		// dropped.
		expect(readdirSync(join(cache, 'shards'))).toHaveLength(4);
		expect(readdirSync(join(cache, 'pages'))).toHaveLength(PAGES);

		// Without a cache, one shard at a time or side by side: what the warm build published.
		for (const workers of ['1', '3']) {
			process.env['SITE_SEARCH_WORKERS'] = workers;
			const scratch = site(edit);
			expect(await buildSearchIndex(scratch)).toMatchObject({ reused: 0, prepared: PAGES });
			expect(published(scratch), `${workers} at a time`).toEqual(published(edited));
			expect(absent(scratch)).toEqual(['检察听证']);
		}

		// Pages are cut into words with the dictionary: another dictionary re-indexes every shard.
		const worded = site(edit, [...DICTIONARY, '党建']);
		expect(await buildSearchIndex(worded, undefined, cache)).toMatchObject({
			reused: 0,
			prepared: PAGES,
		});
	}, 180_000);

	test('a build with fewer shards leaves none of a former build’s behind', async () => {
		const dir = site();
		expect(await buildSearchIndex(dir)).toMatchObject({ shards: 4 });
		process.env['SITE_SEARCH_SHARD_PAGES'] = '100';
		expect(await buildSearchIndex(dir)).toMatchObject({ shards: 1 });
		expect(readdirSync(join(dir, 'pagefind')).filter((f) => f.startsWith('shard-'))).toEqual([]);
	}, 180_000);
});

describe('shards', () => {
	test('every count-th page: each page in one shard, each shard a sample of the whole site', () => {
		const urls = Array.from({ length: 10 }, (_, i) => `/p${i}/`);
		expect(shardsOf(urls, 4)).toEqual([
			[0, 3, 6, 9],
			[1, 4, 7],
			[2, 5, 8],
		]);
		expect(shardsOf(urls, 100)).toEqual([urls.map((_, i) => i)]);
	});

	test('a shard’s key changes with its pages, and with how they are prepared and indexed', () => {
		const key = (made: unknown, pages: Array<[string, string | Uint8Array]>) => {
			const k = new ShardKey(made);
			for (const [url, html] of pages) k.add(url, html);
			return k.digest();
		};
		const base = key(['/pagefind/'], [['/a/', '<p>一</p>']]);
		expect(key(['/pagefind/'], [['/a/', new TextEncoder().encode('<p>一</p>')]])).toBe(base);
		for (const other of [
			key(['/pagefind/'], [['/a/', '<p>二</p>']]),
			key(['/pagefind/'], [['/b/', '<p>一</p>']]),
			// Where one page ends and the next URL starts is part of the key.
			key(['/pagefind/'], [['/a/<', 'p>一</p>']]),
			key(
				['/pagefind/'],
				[
					['/a/', '<p>一</p>'],
					['/b/', ''],
				],
			),
			key(['/pagefind/shard-1/'], [['/a/', '<p>一</p>']]),
		])
			expect(other).not.toBe(base);
	});
});
