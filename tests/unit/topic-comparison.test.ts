/**
 * Topics side by side (`comparison.ts`, `topic-pairs.ts`) on a small site in memory: which
 * figures a row shows under which topic, which columns a table keeps, how a source is cited, and
 * which pairs of topics get a page of their own.
 */
import { describe, expect, test } from 'vitest';
import {
	comparisonGroup,
	comparisonRows,
	figuresFor,
	shownColumns,
} from '../../src/lib/site/comparison.ts';
import { isRelativePeriod } from '../../src/lib/site/format.ts';
import { must } from '../../src/lib/site/site-index.ts';
import {
	pairContext,
	pairLinks,
	pairRows,
	partnersPerTopic,
	topicPairs,
	topicPartners,
} from '../../src/lib/site/topic-pairs.ts';
import { topicContext, topicPages } from '../../src/lib/site/topic-context.ts';
import { memorySite } from '../support/site-data.ts';

const figure = (label: string, topics: string[] = []) => ({
	label,
	value: 1,
	unit: '件',
	approx: false,
	featured: false,
	topics,
});

describe('a row’s figures under a topic', () => {
	const six = [
		figure('赔偿'),
		figure('欠薪', ['taoxin']),
		figure('帮扶'),
		figure('救助金', ['jiuzhu']),
		figure('挽救', ['weijian']),
		figure('考上大学', ['weijian']),
	];

	test('lead with those tagged to the topic, however far down the list they are', () => {
		const { shown, more } = figuresFor(six, 'jiuzhu');
		expect(shown.map((f) => f.label)).toEqual(['救助金']);
		expect(more).toBe(5);
	});

	test('where none is tagged to it, show the untagged ones, never another topic’s', () => {
		const { shown, more } = figuresFor(six, 'zhiyuan');
		expect(shown.map((f) => f.label)).toEqual(['赔偿', '帮扶']);
		expect(more).toBe(4);
	});

	test('at most three, the rest counted for “另有 N 项”', () => {
		const tagged = ['一', '二', '三', '四'].map((l) => figure(l, ['t']));
		expect(figuresFor(tagged, 't')).toMatchObject({ more: 1 });
		expect(figuresFor(tagged, 't').shown).toHaveLength(3);
	});
});

const site = memorySite({
	sources: {
		a: { title: '甲文', publisher: '上海检察', date: '2021-08-30' },
		b: { title: '乙文', author: '唐建东' },
	},
	topics: {
		t: { name: '司法救助', order: 1 },
		u: { name: '未成年人检察', order: 2 },
		v: { name: '公益诉讼', order: 3 },
		w: { name: '只有案例', order: 4 },
	},
	procuratorates: {
		p: { name: '某县人民检察院' },
		q: { name: '别县人民检察院', province: '新省', city: '新市' },
	},
	brands: { jia: { name: '甲品牌', procuratorate: 'p' } },
	practices: {
		x1: {
			title: '两个主题的做法',
			procuratorate: 'p',
			topics: ['t', 'u'],
			figures: [figure('救助金', ['t']), figure('挽救', ['u']), figure('未标注')],
			sources: ['a', 'b'],
		},
		x2: { title: '只有救助', procuratorate: 'q', topics: ['t'] },
		x3: { title: '未检与公益', procuratorate: 'q', topics: ['u', 'v'] },
		x4: { title: '品牌的公益', brand: 'jia', procuratorate: 'p', topics: ['v'] },
	},
	cases: { k: { title: '案例', procuratorate: 'q', topics: ['u', 'w'] } },
});
const topic = (id: string) => must(site.topic, id);
const practice = (id: string) => site.practices.find((p) => p.id === id)!;

describe('a comparison row', () => {
	test('cites each article as “publisher · date”, or by its headline when it states neither', () => {
		const [row] = comparisonRows(site, 't', [practice('x1')]);
		expect(row!.sources.map((s) => [s.label, s.title])).toEqual([
			['上海检察 · 2021年8月30日', '甲文'],
			['乙文', '乙文'],
		]);
		const dateless = memorySite({
			sources: { c: { title: '丙文', publisher: '上海检察' } },
			topics: { t: { name: '司法救助', order: 1 } },
			procuratorates: { p: { name: '某县人民检察院' } },
			practices: { y: { title: '做法', procuratorate: 'p', topics: ['t'], sources: ['c'] } },
		});
		expect(comparisonRows(dateless, 't', dateless.practices)[0]!.sources[0]!.label).toBe(
			'上海检察 · 日期未载明',
		);
	});

	test('the same practice shows different figures under each of its topics, the rest linked', () => {
		const under = (t: string) => comparisonRows(site, t, [practice('x1')])[0]!.figures;
		expect(under('t')).toEqual({
			items: [{ before: '救助金：', value: '1件', after: '' }],
			more: 2,
			href: '/practices/x1/#figures',
		});
		expect(under('u').items).toEqual([{ before: '挽救：', value: '1件', after: '' }]);
	});
});

describe('a figure timed as its article wrote it', () => {
	test('is told apart from a dated one, so pages can say what “今年” means', () => {
		for (const p of ['今年以来', '近三年来', '三年来', '截至目前', '去年'])
			expect(isRelativePeriod(p), p).toBe(true);
		for (const p of ['2019年', '2016年4月', undefined]) expect(isRelativePeriod(p), p).toBe(false);
	});

	test('each row carries the periods of the figures it shows, for the note under the table', () => {
		const timed = memorySite({
			sources: { a: { title: '甲文' } },
			topics: { t: { name: '司法救助', order: 1 } },
			procuratorates: { p: { name: '某县人民检察院' } },
			practices: {
				now: {
					title: '今年的',
					procuratorate: 'p',
					topics: ['t'],
					figures: [{ ...figure('听证', ['t']), period: '今年以来' }],
				},
				then: {
					title: '那年的',
					procuratorate: 'p',
					topics: ['t'],
					figures: [{ ...figure('听证', ['t']), period: '2019年' }],
				},
			},
		});
		const rows = comparisonRows(timed, 't', timed.practices);
		expect(Object.fromEntries(rows.map((r) => [r.id, r.periods]))).toEqual({
			now: ['今年以来'],
			then: ['2019年'],
		});
	});
});

describe('a comparison table’s columns', () => {
	test('a column empty in every row in view is left out; one filled anywhere stays', () => {
		const plain = comparisonGroup(site, topic('t'), [practice('x2')]);
		expect(shownColumns([plain])).toEqual(['owner', 'practice', 'source']);
		const branded = comparisonGroup(site, topic('v'), [practice('x4')]);
		expect(shownColumns([plain, branded])).toEqual(['owner', 'brand', 'practice', 'source']);
	});

	test('a figures cell that shows only “另有 N 项” is not empty', () => {
		// y's one figure is 未成年人检察's: under 司法救助 it is only counted.
		const onlyOthers = memorySite({
			topics: { t: { name: '司法救助' }, u: { name: '未成年人检察' } },
			procuratorates: { p: { name: '某县人民检察院' } },
			practices: {
				y: {
					title: '做法',
					procuratorate: 'p',
					topics: ['t', 'u'],
					figures: [figure('挽救', ['u'])],
				},
			},
		});
		const group = comparisonGroup(onlyOthers, must(onlyOthers.topic, 't'), onlyOthers.practices);
		expect(group.rows[0]!.figures).toMatchObject({ items: [], more: 1 });
		expect(shownColumns([group])).toContain('figures');
	});

	test('a topic page keeps its columns apart from its single group', () => {
		const first = topicPages(site).find((x) => x.params.id === 't' && !x.params.page)!;
		const ctx = topicContext(site, first.props);
		expect(ctx.groups).toHaveLength(1);
		expect(ctx.groups[0]).toMatchObject({ topic: { id: 't', name: '司法救助' }, total: 2 });
		expect(ctx.columns).toEqual(['owner', 'practice', 'figures', 'source']);
	});
});

describe('pairs of topics', () => {
	test('a topic’s partners share an entry with it, most shared first, and have practices', () => {
		const partners = topicPartners(site);
		expect(partners.get('t')!.map((t) => t.id)).toEqual(['u']);
		// u shares x1 with t, x3 with v, and case k with w; w has no practice to compare.
		expect(partners.get('u')!.map((t) => t.id)).toEqual(['t', 'v']);
		expect(partners.has('w')).toBe(false);
		for (const list of partners.values()) expect(list.length).toBeLessThanOrEqual(partnersPerTopic);
	});

	test('each pair is built once, the earlier topic first, and both topics link to it', () => {
		expect(topicPairs(site).map(([a, b]) => `${a.id}/${b.id}`)).toEqual(['t/u', 'u/v']);
		expect(pairLinks(site, topic('u'))).toEqual([
			{ name: '司法救助', href: '/topics/compare/t/u/' },
			{ name: '公益诉讼', href: '/topics/compare/u/v/' },
		]);
		expect(pairLinks(site, topic('t'))).toEqual([
			{ name: '未成年人检察', href: '/topics/compare/t/u/' },
		]);
	});

	test('a pair page is one table of two groups, each at most pairRows rows of its topic', () => {
		const ctx = pairContext(site, topic('t'), topic('u'));
		expect(ctx.title).toBe('“司法救助”与“未成年人检察”做法对比');
		expect(ctx.groups.map((g) => [g.topic.id, g.rows.map((r) => r.id), g.total])).toEqual([
			['t', ['x1', 'x2'], 2],
			['u', ['x1', 'x3'], 2],
		]);
		// x1 leads with each topic's own figure in its group.
		expect(ctx.groups.map((g) => g.rows[0]!.figures.items)).toEqual([
			[{ before: '救助金：', value: '1件', after: '' }],
			[{ before: '挽救：', value: '1件', after: '' }],
		]);
	});

	test('a long topic shows its first pairRows rows on a pair page and counts the rest', () => {
		const practices = Object.fromEntries(
			Array.from({ length: pairRows + 3 }, (_, i) => [
				`n${i}`,
				{ title: `做法${i}`, procuratorate: 'p', topics: ['t', 'u'] },
			]),
		);
		const big = memorySite({
			topics: { t: { name: '司法救助' }, u: { name: '未成年人检察' } },
			procuratorates: { p: { name: '某县人民检察院' } },
			practices,
		});
		const ctx = pairContext(big, must(big.topic, 't'), must(big.topic, 'u'));
		expect(ctx.groups.map((g) => [g.rows.length, g.total])).toEqual([
			[pairRows, pairRows + 3],
			[pairRows, pairRows + 3],
		]);
	});
});
