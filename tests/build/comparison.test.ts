/**
 * Topics compared and lists that keep their promises, checked over the built pages against the
 * content behind them: every topic table's columns, citations and figures; the pre-built pairs
 * of topics; the filter panels' counts; the same 院's other work among related practices.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceDate, sourceTitle } from '../../src/lib/site/format.ts';
import { provinceSlug } from '../../src/lib/site/provinces.ts';
import { pairRows, partnersPerTopic } from '../../src/lib/site/topic-pairs.ts';
import { entry, of } from '../support/content.ts';
import { page, root, textOf } from '../support/site.ts';

/** A page's comparison table. */
const tableOf = (html: string) => html.match(/<table class="compare"[\s\S]*?<\/table>/)?.[0] ?? '';
/** The table's groups: topic id and the practice ids of its rows. */
const groupsOf = (table: string) =>
	[...table.matchAll(/<tbody data-group="([a-z0-9-]+)"[\s\S]*?<\/tbody>/g)].map((g) => ({
		topic: g[1]!,
		html: g[0],
		rows: [...g[0].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => ({
			id: r[1]!.match(/<a href="\/practices\/([a-z0-9-]+)\/" class="font-bold"[^>]*>/)![1]!,
			html: r[1]!,
		})),
	}));
const cell = (row: string, col: string) =>
	row.match(new RegExp(`<t[dh][^>]* data-col="${col}"[^>]*>[\\s\\S]*?</t[dh]>`))![0];
const practicesOn = (topic: string) => of('practices').filter((p) => p.data.topics.includes(topic));
const topicsWithRows = of('topics').filter((t) => practicesOn(t.id).length > 0);

describe('a topic’s table', () => {
	test('hides exactly the columns empty in every row', () => {
		for (const t of topicsWithRows) {
			const table = tableOf(page(`/topics/${t.id}/`));
			for (const col of ['brand', 'mechanisms', 'figures']) {
				const cells = [...table.matchAll(new RegExp(`<td[^>]* data-col="${col}"[^>]*>`, 'g'))].map(
					(m) => m[0],
				);
				const head = table.match(new RegExp(`<th scope="col" data-col="${col}"[^>]*>`))![0];
				const allEmpty = cells.every((c) => c.includes('data-empty'));
				expect(head.includes(' hidden'), `${t.id} ${col}`).toBe(allEmpty);
				for (const c of cells) expect(c.includes(' hidden'), `${t.id} ${col}`).toBe(allEmpty);
			}
		}
	});

	test('cites every article as “publisher · date”, saying what it does not state, or by its headline when it states neither', () => {
		const sources = new Map(of('sources').map((s) => [s.id, s.data]));
		let cited = 0;
		for (const t of topicsWithRows)
			for (const { id, html } of groupsOf(tableOf(page(`/topics/${t.id}/`)))[0]!.rows) {
				const labels = [...cell(html, 'source').matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((m) =>
					textOf(m[1]!),
				);
				const expected = entry('practices', id).data.sources.map((s) => {
					const d = sources.get(s)!;
					if (!d.publisher && !d.date) return sourceTitle(d);
					return `${d.publisher ?? '发布者未载明'} · ${sourceDate(d) ?? '日期未载明'}`;
				});
				expect(labels, `${t.id} ${id}`).toEqual(expected);
				cited += labels.length;
			}
		expect(cited).toBeGreaterThan(50);
	});

	test('a row’s figures are those tagged to the topic it is under, else its untagged ones', () => {
		let checked = 0;
		for (const p of of('practices').filter((p) => p.data.figures.some((f) => f.topics.length))) {
			for (const t of p.data.topics) {
				const row = groupsOf(tableOf(page(`/topics/${t}/`)))[0]!.rows.find((r) => r.id === p.id)!;
				const shown = textOf(cell(row.html, 'figures'));
				const tagged = p.data.figures.filter((f) => f.topics.includes(t));
				const pool = tagged.length ? tagged : p.data.figures.filter((f) => !f.topics.length);
				for (const f of p.data.figures)
					expect(shown.includes(`${f.label}：`), `${p.id} under ${t}: ${f.label}`).toBe(
						pool.slice(0, 3).includes(f),
					);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});

	test('服务党建’s row under 司法救助 leads with its 司法救助金 and links the other five', () => {
		const row = groupsOf(tableOf(page('/topics/sifa-jiuzhu/')))[0]!.rows.find(
			(r) => r.id === 'pengan-fuwu-qunzhong',
		)!;
		expect(textOf(cell(row.html, 'figures'))).toBe(
			'发放司法救助金：6.8万元（近三年来）另有 5 项，见做法页',
		);
		const more = /<a href="\/practices\/pengan-fuwu-qunzhong\/#figures"[^>]*>(.*?)<\/a>/.exec(
			cell(row.html, 'figures'),
		);
		expect(textOf(more?.[1] ?? '')).toBe('另有 5 项，见做法页');
	});
});

describe('pairs of topics', () => {
	const pairs = readdirSync(join(root, 'dist/topics/compare')).flatMap((a) =>
		readdirSync(join(root, 'dist/topics/compare', a)).map((b) => [a, b] as const),
	);

	test('are at most partnersPerTopic per topic, and every topic page links to its own', () => {
		expect(pairs.length).toBeGreaterThan(10);
		expect(pairs.length).toBeLessThanOrEqual(partnersPerTopic * of('topics').length);
		const linked = new Set<string>();
		for (const t of topicsWithRows) {
			const links = [
				...page(`/topics/${t.id}/`).matchAll(
					/<a href="\/topics\/compare\/([a-z0-9-]+)\/([a-z0-9-]+)\/">/g,
				),
			];
			expect(links.length, t.id).toBeLessThanOrEqual(partnersPerTopic);
			for (const [, a, b] of links) {
				expect([a, b], t.id).toContain(t.id);
				expect(existsSync(join(root, 'dist/topics/compare', a!, b!, 'index.html'))).toBe(true);
				linked.add(`${a}/${b}`);
			}
		}
		expect([...linked].sort()).toEqual(pairs.map(([a, b]) => `${a}/${b}`).sort());
	});

	test('each is one table of both topics’ first rows, grouped, and shares an entry between them', () => {
		for (const [a, b] of pairs) {
			const html = page(`/topics/compare/${a}/${b}/`);
			expect(html).toContain('<meta name="robots" content="noindex">');
			const groups = groupsOf(tableOf(html));
			expect(groups.map((g) => g.topic)).toEqual([a, b]);
			for (const g of groups) {
				const first = groupsOf(tableOf(page(`/topics/${g.topic}/`)))[0]!.rows.map((r) => r.id);
				expect(g.rows.map((r) => r.id)).toEqual(first.slice(0, pairRows));
				expect(g.html).not.toMatch(/<tr class="compare-group" hidden/);
			}
			const both = [...of('practices'), ...of('cases')].some(
				(e) => e.data.topics.includes(a) && e.data.topics.includes(b),
			);
			expect(both, `${a}/${b}`).toBe(true);
		}
	});
});

describe('a page that compares', () => {
	/** The articles a page's table rows cite (their 出处 links), and those its 信息来源 lists. */
	const citedBy = (html: string) =>
		new Set(
			groupsOf(tableOf(html)).flatMap((g) =>
				g.rows.flatMap((r) =>
					[...cell(r.html, 'source').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!),
				),
			),
		);
	const listedBy = (html: string) =>
		new Set(
			[
				...(html.match(/<ul[^>]* data-source-list>[\s\S]*?<\/ul>/)?.[0] ?? '').matchAll(
					/<li[^>]*><a href="([^"]+)"/g,
				),
			].map((m) => m[1]!),
		);

	test('lists in full every article its rows cite: a topic’s page and a pre-built pair', () => {
		const pairs = readdirSync(join(root, 'dist/topics/compare')).flatMap((a) =>
			readdirSync(join(root, 'dist/topics/compare', a)).map((b) => `/topics/compare/${a}/${b}/`),
		);
		for (const path of [...topicsWithRows.map((t) => `/topics/${t.id}/`), ...pairs]) {
			const html = page(path);
			const cited = citedBy(html);
			expect(cited.size, path).toBeGreaterThan(0);
			const listed = listedBy(html);
			for (const href of cited) expect(listed.has(href), `${path} ${href}`).toBe(true);
		}
	});
});

describe('the filter panel of a filtered list', () => {
	test('counts choices of another kind within the filter, and a zero is no link', () => {
		const provinceOf = new Map(of('procuratorates').map((o) => [o.id, o.data.province]));
		const byTopic = (topic: string) => of('practices').filter((p) => p.data.topics.includes(topic));
		let zeros = 0;
		for (const t of topicsWithRows) {
			const html = page(`/practices/topic/${t.id}/`);
			const chips = [
				...html.matchAll(
					/<(a|span) class="filter-chip[^"]*"(?: href="\/practices\/province\/([a-z]+)\/")?[^>]*>([^<]+) <span>(\d+) 项<\/span>/g,
				),
			];
			for (const province of new Set(provinceOf.values())) {
				const chip = chips.find((c) => c[3] === province)!;
				const count = byTopic(t.id).filter(
					(p) => provinceOf.get(p.data.procuratorate) === province,
				).length;
				expect(Number(chip[4]), `${t.id} ${province}`).toBe(count);
				expect(chip[1], `${t.id} ${province}`).toBe(count > 0 ? 'a' : 'span');
				if (count > 0) expect(chip[2]).toBe(provinceSlug(province));
				else zeros++;
			}
		}
		expect(zeros).toBeGreaterThan(0);
	});
});

describe('related practices', () => {
	test('list the same 院’s other work on the topic apart from the other 院’ cards', () => {
		let listed = 0;
		for (const p of of('practices')) {
			const related = page(`/practices/${p.id}/`).match(
				/<section aria-labelledby="related"[\s\S]*?<h2 id="sources"/,
			)?.[0];
			if (!related) continue;
			for (const group of related.split('<section aria-labelledby="related-').slice(1)) {
				const topic = group.match(/<a href="\/topics\/([a-z0-9-]+)\/">/)![1]!;
				const own = group.match(/<ul class="list-disc[^"]*">([\s\S]*?)<\/ul>/)?.[1] ?? '';
				for (const m of own.matchAll(/<a href="\/practices\/([a-z0-9-]+)\/">/g)) {
					const other = entry('practices', m[1]!);
					expect(other.data.procuratorate, `${p.id} → ${other.id}`).toBe(p.data.procuratorate);
					expect(other.data.topics, `${p.id} → ${other.id}`).toContain(topic);
					expect(other.id).not.toBe(p.id);
					listed++;
				}
			}
		}
		expect(listed).toBeGreaterThan(10);
	});
});
