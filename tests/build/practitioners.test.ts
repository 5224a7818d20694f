/**
 * What a cadre of another 院 needs, checked over every built page: each topic page compares its
 * practices in a table (one row each, both orders), with cases in their own section and no
 * empty ones; each practice and case page lists related practices that share a topic with it,
 * before its sources; the topics index is grouped by business line.
 */
import { describe, expect, test } from 'vitest';
import { topicLines } from '../../src/schemas/topics.ts';
import { entry, of } from '../support/content.ts';
import { page, textOf } from '../support/site.ts';

const topicsOf = (id: string) => entry('practices', id).data.topics;

/** The practice links in the comparison table's rows (not its topics' heading rows), in order. */
function rows(html: string): string[] {
	const table = html.match(/<table class="compare"[\s\S]*?<\/table>/)?.[0] ?? '';
	return [...table.matchAll(/<tbody[\s\S]*?<\/tbody>/g)].flatMap((body) =>
		[...body[0].matchAll(/<tr>[\s\S]*?<\/tr>/g)].map(
			(r) => r[0].match(/<a href="\/practices\/([a-z0-9-]+)\/"/)?.[1] ?? '',
		),
	);
}

describe('topic pages compare practices', () => {
	test('every topic page, in both orders, has one table row per practice on the topic', () => {
		for (const t of of('topics')) {
			const practices = of('practices')
				.filter((p) => p.data.topics.includes(t.id))
				.map((p) => p.id)
				.sort();
			for (const path of [`/topics/${t.id}/`, `/topics/${t.id}/sort/procuratorate/`]) {
				// Read as text: headers carry <wbr> between their words (src/middleware.ts).
				const html = page(path).replaceAll('<wbr>', '');
				if (practices.length === 0) expect(html, path).not.toContain('class="compare"');
				else {
					expect([...rows(html)].sort(), path).toEqual(practices);
					const heads = [...html.matchAll(/<th scope="col" data-col="\w+"[^>]*>([^<]+)<\/th>/g)];
					expect(
						heads.map((h) => h[1]),
						path,
					).toEqual(['检察院', '品牌', '做法', '主要机制/载体', '数据', '出处']);
					expect(heads[0]![0], path).toContain('aria-sort="ascending"');
				}
			}
		}
	});

	test('the orders differ only in order, and each page marks the one it is in', () => {
		const byProvince = page('/topics/sifa-jiuzhu/');
		const byName = page('/topics/sifa-jiuzhu/sort/procuratorate/');
		expect(rows(byProvince)).not.toEqual(rows(byName));
		expect(byProvince).toContain(
			'<a class="filter-chip" href="/topics/sifa-jiuzhu/" data-sort-link aria-current="page">',
		);
		expect(byName).toContain(
			'<a class="filter-chip" href="/topics/sifa-jiuzhu/sort/procuratorate/" data-sort-link aria-current="page">',
		);
		expect(byName).toContain('<meta name="robots" content="noindex">');
	});

	test('cases have their own section, shown only where there are cases; no “0 个”', () => {
		for (const t of of('topics')) {
			const cases = of('cases').filter((c) => c.data.topics.includes(t.id));
			const html = page(`/topics/${t.id}/`);
			expect(html.includes('<h2 id="cases"'), t.id).toBe(cases.length > 0);
			for (const c of cases) expect(html, t.id).toContain(`href="/cases/${c.id}/"`);
			expect(textOf(html), t.id).not.toMatch(/(^|[^0-9])0 (个|项)/);
		}
	});
});

describe('related practices', () => {
	test('on every practice and case page, each shares the topic it is listed under, and comes before the sources', () => {
		for (const e of [...of('practices'), ...of('cases')]) {
			const html = page(`/${e.collection}/${e.id}/`);
			const own = e.data.topics;
			const related = html.match(/<section aria-labelledby="related"[\s\S]*?<h2 id="sources"/)?.[0];
			if (!related) continue;
			expect(html.indexOf('id="related"'), e.id).toBeLessThan(html.indexOf('id="sources"'));
			for (const group of related.split('<section aria-labelledby="related-').slice(1)) {
				const topic = group.match(/<a href="\/topics\/([a-z0-9-]+)\/">/)![1]!;
				expect(own, e.id).toContain(topic);
				for (const m of group.matchAll(/<a href="\/practices\/([a-z0-9-]+)\/"/g)) {
					expect(topicsOf(m[1]!), `${e.id} → ${m[1]}`).toContain(topic);
					expect(m[1], e.id).not.toBe(e.id);
				}
			}
		}
	});

	test('a 司法救助 practice shows the other 院’ 司法救助 practices first', () => {
		const html = page('/practices/huzhu-sifa-jiuzhu/').replaceAll('<wbr>', '');
		const first = html.match(/<section aria-labelledby="related-0"[\s\S]*?<\/section>/)![0];
		expect(first).toContain('其他检察院的“司法救助”做法');
		const others = of('practices').filter(
			(p) => p.data.topics.includes('sifa-jiuzhu') && p.data.procuratorate !== 'haidong-huzhu',
		);
		const shown = [...first.matchAll(/<a href="\/practices\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
		expect(shown.length).toBe(Math.min(4, others.length));
	});
});

describe('the topics index', () => {
	test('groups every topic under its business line, with counts', () => {
		const html = page('/topics/');
		const text = textOf(html);
		const positions = topicLines.map((line) => text.indexOf(`${line}（`));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		for (const t of of('topics')) expect(html).toContain(`href="/topics/${t.id}/"`);
		expect(text).not.toMatch(/(^|[^0-9])0 (个|项)/);
	});
});
