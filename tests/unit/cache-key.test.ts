/**
 * The incremental build copies a page whose cache key is unchanged, so a key must change with
 * anything the page shows and must not change between two builds of the same content.
 */
import { describe, expect, test } from 'vitest';
import { cacheKey } from '../../src/lib/site/cache-key.ts';

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
