/**
 * The incremental build copies a page whose cache key is unchanged, so a key must change with
 * anything the page shows and must not change between two builds of the same content.
 */
import { describe, expect, test } from 'vitest';
import { brandContext } from '../../src/lib/site/brand-context.ts';
import { cacheKey } from '../../src/lib/site/cache-key.ts';
import { entryContext, relatedGroups } from '../../src/lib/site/entry-context.ts';
import { procuratorateContext } from '../../src/lib/site/procuratorate-context.ts';
import { must } from '../../src/lib/site/site-index.ts';
import { topicContext, topicPages } from '../../src/lib/site/topic-context.ts';
import { memorySite } from '../support/site-data.ts';

/** An entry as `getCollection` gives it, made anew each call (as each build loads it anew). */
const practice = (body = '做了什么。', title = '司法救助') => ({
	id: 'x',
	collection: 'practices',
	data: { title, topics: [{ collection: 'topics', id: 't' }], updated: new Date('2026-01-02') },
	body,
	rendered: { html: `<p>${body}</p>` },
	filePath: 'content/practices/x.md',
});

describe('a page’s cache key', () => {
	test('is the same for the same content loaded twice', () => {
		const context = () => ({ owner: '某院', related: [practice()], counts: new Map([['t', 2]]) });
		expect(cacheKey(practice(), context())).toBe(cacheKey(practice(), context()));
	});

	test('changes with an entry’s body, its data, and its rendered HTML', () => {
		const base = cacheKey(practice());
		expect(cacheKey(practice('改了一句。'))).not.toBe(base);
		expect(cacheKey(practice(undefined, '法律援助'))).not.toBe(base);
		expect(cacheKey({ ...practice(), rendered: { html: '<p>另一种渲染</p>' } })).not.toBe(base);
		expect(cacheKey({ ...practice(), filePath: 'content/practices/x.mdx' })).not.toBe(base);
	});

	test('changes with an entry deep inside what the page shows', () => {
		const shown = (body?: string) => ({ groups: [{ items: [{ entry: practice(body) }] }] });
		expect(cacheKey(shown('改了一句。'))).not.toBe(cacheKey(shown()));
	});

	test('changes with plain values, their order, and which field holds them', () => {
		expect(cacheKey({ count: 2 })).not.toBe(cacheKey({ count: 3 }));
		expect(cacheKey({ count: 2 })).not.toBe(cacheKey({ count: '2' }));
		expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['b', 'a']));
		expect(cacheKey({ a: 'x', b: undefined })).not.toBe(cacheKey({ a: undefined, b: 'x' }));
		expect(cacheKey(new Set(['a']))).not.toBe(cacheKey(new Set(['b'])));
		expect(cacheKey(new Map([['k', 1]]))).not.toBe(cacheKey(new Map([['k', 2]])));
		expect(cacheKey(new Date('2026-01-01'))).not.toBe(cacheKey(new Date('2026-01-02')));
	});

	test('refuses what it cannot see into: a function, a class’s object, a cycle', () => {
		expect(() => cacheKey({ lookup: () => 'x' })).toThrow(/函数.*function/);
		expect(() => cacheKey({ url: new URL('https://example.org/a') })).toThrow(/URL/);
		const loop: Record<string, unknown> = {};
		loop['self'] = loop;
		expect(() => cacheKey(loop)).toThrow(/循环.*cycle/);
	});
});

describe('the keys of a small site’s pages', () => {
	/** 某县院 (p) with brand 甲 and a practice x under it; 别县院 (q) with 丙 and y; one topic. */
	const site = (xBody: string) =>
		memorySite({
			procuratorates: { p: { name: '某县人民检察院' }, q: { name: '别县人民检察院' } },
			brands: {
				jia: { name: '甲品牌', procuratorate: 'p', body: '故事。' },
				bing: { name: '丙品牌', procuratorate: 'q', body: '故事。' },
			},
			practices: {
				x: { title: '司法救助', procuratorate: 'p', brand: 'jia', body: xBody },
				y: { title: '救助帮扶', procuratorate: 'q', brand: 'bing', body: '做了什么。' },
			},
		});
	/** Every page's key, by page, as the pages' getStaticPaths make them. */
	const keys = (xBody: string) => {
		const s = site(xBody);
		const entry = (id: string) => {
			const practice = must(new Map(s.practices.map((p) => [p.id, p])), id);
			return cacheKey(practice, entryContext(s, practice), relatedGroups(s, practice));
		};
		return {
			x: entry('x'),
			y: entry('y'),
			jia: cacheKey(must(s.brand, 'jia'), brandContext(s, must(s.brand, 'jia'))),
			bing: cacheKey(must(s.brand, 'bing'), brandContext(s, must(s.brand, 'bing'))),
			p: cacheKey(procuratorateContext(s, must(s.procuratorate, 'p'))),
			q: cacheKey(procuratorateContext(s, must(s.procuratorate, 'q'))),
			topic: topicPages(s).map(({ props }) => cacheKey(props, topicContext(s, props))),
		};
	};

	test('every context can be keyed, and an edited body reaches exactly the pages that hold it', () => {
		const before = keys('做了什么。');
		const after = keys('做了什么，又改了一句。');
		const changed = Object.keys(before).filter(
			(k) =>
				JSON.stringify(before[k as keyof typeof before]) !==
				JSON.stringify(after[k as keyof typeof after]),
		);
		// x itself, y (x is its related practice), 甲 (lists x), and the topic's table (a row).
		expect(changed.sort()).toEqual(['jia', 'topic', 'x', 'y']);
	});
});
