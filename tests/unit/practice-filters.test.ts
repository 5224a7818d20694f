/**
 * The practices index's filter panel (`practice-filters.ts`) on a small site in memory: on a
 * filtered list, choices of another kind count what the two filters hold together, and a choice
 * that would show nothing is not a link.
 */
import { describe, expect, test } from 'vitest';
import { filterGroups, practiceFilters } from '../../src/lib/site/practice-filters.ts';
import { memorySite } from '../support/site-data.ts';

// 未成年人检察 (u) is done in 吉林省 (p) twice and in 四川省 (r) once; 青海省 (q) does only 司法救助.
const site = memorySite({
	topics: { t: { name: '司法救助' }, u: { name: '未成年人检察', order: 1 } },
	procuratorates: {
		p: { name: '船营区人民检察院', province: '吉林省' },
		q: { name: '互助县人民检察院', province: '青海省' },
		r: { name: '蓬安县人民检察院', province: '四川省' },
	},
	brands: { b: { name: '心桥', procuratorate: 'p', pillars: ['一', '二'] } },
	practices: {
		a: { title: '甲', procuratorate: 'p', brand: 'b', pillar: '一', topics: ['u'] },
		b: { title: '乙', procuratorate: 'p', topics: ['u', 't'] },
		c: { title: '丙', procuratorate: 'q', topics: ['t'] },
		d: { title: '丁', procuratorate: 'q', topics: ['t'] },
		e: { title: '戊', procuratorate: 'r', topics: ['u'] },
	},
});
const filter = (base: string) => practiceFilters(site).find((f) => f.base === base)!;
const options = (current: ReturnType<typeof filter> | undefined, kind: string) =>
	filterGroups(site, current, current?.items ?? [])
		.find((g) => g.kind === kind)!
		.options.map((o) => [o.label, o.count, o.href ?? null]);

describe('the filter panel', () => {
	test('on the whole index, every choice counts its own list', () => {
		expect(options(undefined, 'province')).toEqual([
			['吉林省', 2, '/practices/province/jilin/'],
			['青海省', 2, '/practices/province/qinghai/'],
			['四川省', 1, '/practices/province/sichuan/'],
		]);
	});

	test('on a topic’s list, provinces and brands count within the topic; a zero is no link', () => {
		const topic = filter('/practices/topic/u/');
		expect(options(topic, 'province')).toEqual([
			['吉林省', 2, '/practices/province/jilin/'],
			['青海省', 0, null],
			['四川省', 1, '/practices/province/sichuan/'],
		]);
		expect(options(topic, 'brand')).toEqual([['心桥', 1, '/practices/brand/b/']]);
	});

	test('another topic replaces the one in force, so it counts its own list', () => {
		expect(options(filter('/practices/topic/u/'), 'topic')).toEqual([
			['未成年人检察', 3, '/practices/topic/u/'],
			['司法救助', 3, '/practices/topic/t/'],
		]);
	});

	test('on a province’s list, topics count within the province', () => {
		expect(options(filter('/practices/province/qinghai/'), 'topic')).toEqual([
			['未成年人检察', 0, null],
			['司法救助', 2, '/practices/topic/t/'],
		]);
	});

	test('a brand’s pillars narrow the brand, so they count their own lists', () => {
		expect(options(filter('/practices/brand/b/'), 'pillar')).toEqual([
			['一', 1, '/practices/brand/b/pillar/1/'],
		]);
		expect(options(filter('/practices/brand/b/pillar/1/'), 'brand')).toEqual([
			['心桥', 1, '/practices/brand/b/'],
		]);
	});
});
