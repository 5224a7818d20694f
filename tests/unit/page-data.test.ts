/**
 * The page-data helpers (`src/lib/site/*-context.ts`, `figures.ts`) on a small made-up site held
 * in memory: what a brand, procuratorate, topic or honours page shows, decided without Astro.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { facetTags } from '../../src/lib/search/facets.ts';
import { brandContext } from '../../src/lib/site/brand-context.ts';
import { entryContext } from '../../src/lib/site/entry-context.ts';
import { figurePage, gatherFigures } from '../../src/lib/site/figures.ts';
import { honoursContext } from '../../src/lib/site/honours-context.ts';
import { listItems } from '../../src/lib/site/lists.ts';
import { listPaths, pageSizes } from '../../src/lib/site/pagination.ts';
import { procuratorateContext } from '../../src/lib/site/procuratorate-context.ts';
import { must } from '../../src/lib/site/site-index.ts';
import { storyData } from '../../src/lib/site/story.ts';
import { topicContext, topicPages } from '../../src/lib/site/topic-context.ts';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { memorySite } from '../support/site-data.ts';
import { root } from '../support/site.ts';

const figure = (label: string, value: number, extra: object = {}) => ({
	label,
	value,
	unit: '件',
	...extra,
});

/**
 * 某县院 (p) has two brands, 甲 and 乙; 别县院 (q), in another province, has 丙. Brand 甲's story
 * lists its pillar 一 itself; it has practices under 一, 二 and none, a case, and an honour,
 * while p also holds an honour under no brand and a practice of its own method.
 */
const site = memorySite({
	sources: { a: { title: '甲文' }, b: { title: '乙文' }, c: { title: '丙文' } },
	topics: {
		t: { name: '司法救助' },
		u: { name: '未成年人保护', order: 1 },
		v: { name: '公益诉讼', order: 50 },
	},
	procuratorates: {
		p: {
			name: '某县人民检察院',
			shortName: '某县院',
			county: '某县',
			method: { name: '某工作法', pillars: ['立', '行'] },
		},
		q: { name: '别县人民检察院', province: '新省', city: '新市' },
	},
	brands: {
		jia: {
			name: '甲品牌',
			slogan: '甲口号',
			procuratorate: 'p',
			pillars: ['一', '二'],
			order: 1,
			figures: [figure('品牌自己的数', 3, { id: 'own' })],
			body: '故事。\n\n<Practices pillar="一" />\n',
		},
		yi: { name: '乙品牌', procuratorate: 'p', order: 2 },
		bing: { name: '丙品牌', procuratorate: 'q', order: 3 },
	},
	practices: {
		x1: {
			title: '做法一',
			brand: 'jia',
			procuratorate: 'p',
			pillar: '一',
			topics: ['t'],
			figures: [figure('做法一的数', 31, { id: 'x1n' }), figure('精选的数', 2, { featured: true })],
		},
		x2: {
			title: '做法二',
			brand: 'jia',
			procuratorate: 'p',
			pillar: '二',
			topics: ['u', 't'],
			sources: ['b'],
		},
		x3: { title: '无板块的做法', brand: 'jia', procuratorate: 'p', order: 1 },
		m1: { title: '本院做法', procuratorate: 'p', pillar: '行' },
		m2: { title: '本院另一做法', procuratorate: 'p' },
		z1: { title: '别院做法', brand: 'bing', procuratorate: 'q' },
	},
	cases: {
		k1: {
			title: '案例一',
			brand: 'jia',
			procuratorate: 'p',
			topics: ['v'],
			figures: [figure('案例的数', 6)],
			sources: ['c'],
		},
		k2: { title: '别院案例', procuratorate: 'q' },
	},
	honours: {
		h1: { title: '品牌的荣誉', recipient: '甲品牌', brand: 'jia', procuratorate: 'p' },
		h2: { title: '院的荣誉', recipient: '某县人民检察院', procuratorate: 'p' },
		h3: { title: '别院的荣誉', recipient: '别县人民检察院', procuratorate: 'q' },
	},
});
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((e) => e.id);
const brand = (id: string) => must(site.brand, id);

describe('a brand page', () => {
	const jia = brandContext(site, brand('jia'));

	test('lists the brand’s honours, and the 院’s own (brandless) honours apart from them', () => {
		expect(ids(jia.honours)).toEqual(['h1']);
		expect(ids(jia.ownerHonours)).toEqual(['h2']);
		const yi = brandContext(site, brand('yi'));
		expect(yi.honours).toEqual([]);
		expect(ids(yi.ownerHonours)).toEqual(['h2']);
	});

	test('lists only its own work, and names and points to the 院’s work of no brand', () => {
		const listed = [...jia.groups.flatMap((g) => g.practices), ...jia.cases.map((c) => c.entry)];
		expect(listed.every((e) => e.data.brand?.id === 'jia')).toBe(true);
		expect(
			jia.figures.every((f) =>
				f.origin.entry.collection === 'brands'
					? f.origin.entry.id === 'jia'
					: f.origin.entry.data.brand?.id === 'jia',
			),
		).toBe(true);
		// The 院's own practices, named in the order its page lists them (sortPractices).
		expect(jia.ownerWork).toEqual({
			practices: 2,
			href: '/procuratorates/p/#practices',
			named: [
				{ title: '本院另一做法', href: '/practices/m2/' },
				{ title: '本院做法', href: '/practices/m1/' },
			],
		});
		expect(brandContext(site, brand('bing')).ownerWork.practices).toBe(0);
	});

	test('a brand without pillars of its own groups its practices by its 院’s method', () => {
		const plain = memorySite({
			procuratorates: { p: { name: '某县人民检察院', method: { pillars: ['立', '行'] } } },
			brands: { jia: { name: '甲品牌', procuratorate: 'p' } },
			practices: {
				a1: { title: '行的做法', brand: 'jia', procuratorate: 'p', pillar: '行' },
				a2: { title: '立的做法', brand: 'jia', procuratorate: 'p', pillar: '立' },
			},
		});
		expect(
			brandContext(plain, must(plain.brand, 'jia')).groups.map((g) => [g.pillar, ids(g.practices)]),
		).toEqual([
			['立', ['a2']],
			['行', ['a1']],
		]);
	});

	test('says the grouping is the site’s own only where it is', () => {
		expect(jia.pillarsBySite).toEqual([]);
		const bySite = memorySite({
			procuratorates: { p: { name: '某县人民检察院' } },
			brands: {
				jia: { name: '甲品牌', procuratorate: 'p', pillars: ['一', '二'], pillarsBySite: true },
			},
		});
		expect(brandContext(bySite, must(bySite.brand, 'jia')).pillarsBySite).toEqual(['一', '二']);
	});

	test('lists practices by the pillars its story does not already list, then those of no pillar', () => {
		expect(jia.groups.map((g) => [g.pillar, ids(g.practices)])).toEqual([
			['二', ['x2']],
			[null, ['x3']],
		]);
		// The story still finds the pillar it lists.
		expect(
			storyData(jia.story)
				.pillar('一')
				.map((l) => l.href),
		).toEqual(['/practices/x1/']);
	});

	test('gathers its own figures, then its practices’ and cases’, each with its origin and source', () => {
		expect(
			jia.figures.map((f) => [
				f.label,
				f.origin.entry.collection,
				f.origin.entry.id,
				figurePage(f.origin)?.href,
				f.origin.source?.title,
				f.origin.source?.href,
			]),
		).toEqual([
			['品牌自己的数', 'brands', 'jia', undefined, '甲文', '/sources/#a'],
			['做法一的数', 'practices', 'x1', '/practices/x1/', '甲文', '/sources/#a'],
			['精选的数', 'practices', 'x1', '/practices/x1/', '甲文', '/sources/#a'],
			['案例的数', 'cases', 'k1', '/cases/k1/', '丙文', '/sources/#c'],
		]);
		expect(jia.figures.every((f) => f.origin.owner.id === 'p')).toBe(true);
		// The story kit's tiles find the same figures by id.
		expect(storyData(jia.story).figures.get('x1n')?.origin.entry.id).toBe('x1');
	});

	test('names the topics of its practices and cases once each, in the topics’ order', () => {
		expect(ids(jia.topics)).toEqual(['u', 'v', 't']);
		expect(jia.facets.topics).toEqual(['未成年人保护', '公益诉讼', '司法救助']);
	});

	test('cites every article its entries cite, once, and its own apart for correction notes', () => {
		expect(jia.sources.map((s) => s.source.id)).toEqual(['a', 'b', 'c']);
		expect(ids(jia.brandSources)).toEqual(['a']);
	});

	test('shows its cases with their 院, the 院’s other brands, and the brands either side', () => {
		expect(jia.cases.map((c) => [c.entry.id, c.owner.id])).toEqual([['k1', 'p']]);
		expect(ids(jia.siblings)).toEqual(['yi']);
		expect([jia.previous?.id, jia.next?.id]).toEqual([undefined, 'yi']);
		const yi = brandContext(site, brand('yi'));
		expect([yi.previous?.id, yi.next?.id]).toEqual(['jia', 'bing']);
		expect(brandContext(site, brand('bing')).siblings).toEqual([]);
	});

	test('tells search its 院 by short name, and ranks it first for its name, slogan and pinyin', () => {
		expect(jia.facets).toMatchObject({
			type: '品牌',
			brands: ['甲品牌'],
			owner: '某县院',
			provinces: ['某省'],
			keywords: ['甲品牌', '甲口号', 'jia'],
		});
	});

	test('lets the story link to any practice or case of its 院, not only the brand’s', () => {
		expect(storyData(jia.story).practice('m1')?.href).toBe('/practices/m1/');
		expect(storyData(jia.story).case('k1')?.title).toBe('案例一');
		expect(storyData(jia.story).practice('z1')).toBeUndefined();
	});
});

describe('a practice or case page', () => {
	test('leads back to its brand where it has one, else to its 院', () => {
		const crumbs = (collection: 'practices' | 'cases', id: string) => {
			const entry = (collection === 'practices' ? site.practices : site.cases).find(
				(e) => e.id === id,
			)!;
			return entryContext(site, entry).crumbs;
		};
		expect(crumbs('practices', 'x1')).toEqual([
			{ label: '甲品牌', href: '/brands/jia/' },
			{ label: '做法一' },
		]);
		expect(crumbs('practices', 'm1')).toEqual([
			{ label: '某县人民检察院', href: '/procuratorates/p/' },
			{ label: '本院做法' },
		]);
		expect(crumbs('cases', 'k2')[0]).toEqual({
			label: '别县人民检察院',
			href: '/procuratorates/q/',
		});
	});

	test('prints a pillar of the site’s own grouping with a mark saying so', () => {
		const bySite = memorySite({
			procuratorates: { p: { name: '某县人民检察院', method: { pillars: ['立'] } } },
			brands: { jia: { name: '甲品牌', procuratorate: 'p', pillars: ['一'], pillarsBySite: true } },
			practices: {
				a: { title: '甲', brand: 'jia', procuratorate: 'p', pillar: '一' },
				b: { title: '乙', procuratorate: 'p', pillar: '立' },
			},
		});
		const label = (id: string) =>
			entryContext(
				bySite,
				bySite.practices.find((e) => e.id === id)!,
			).pillarLabel;
		expect(label('a')).toBe('一（本站整理的分组，来源文章没有这样划分）');
		expect(label('b')).toBe('立');
		expect(
			entryContext(
				site,
				site.practices.find((e) => e.id === 'x1')!,
			).pillarLabel,
		).toBe('一');
	});
});

describe('figures away from their entry', () => {
	test('a picked subset (the home page’s featured figures) keeps each figure’s own entry', () => {
		const picked = gatherFigures(site, site.practices, (figures) =>
			figures.filter((f) => f.featured),
		);
		expect(picked.map((f) => [f.label, f.origin.entry.id, f.origin.owner.id])).toEqual([
			['精选的数', 'x1', 'p'],
		]);
	});
});

describe('a procuratorate page', () => {
	const p = procuratorateContext(site, must(site.procuratorate, 'p'));

	test('lists its brands, and only the practices of no brand, under its own method’s pillars', () => {
		expect(ids(p.brands)).toEqual(['jia', 'yi']);
		expect(p.groups.map((g) => [g.pillar, ids(g.practices)])).toEqual([
			['行', ['m1']],
			[null, ['m2']],
		]);
	});

	test('lists its own honours, then each brand’s, and every case with the brand it has', () => {
		expect(p.honours.map((g) => [g.brand?.id, ids(g.honours)])).toEqual([
			[undefined, ['h2']],
			['jia', ['h1']],
		]);
		expect(p.cases.map((c) => [c.entry.id, c.brand?.id])).toEqual([['k1', 'jia']]);
	});

	test('shows the figures of its own work only, never a brand’s, and cites what they cite', () => {
		const own = procuratorateContext(
			memorySite({
				sources: { b: { title: '乙文' } },
				procuratorates: { p: { name: '某县人民检察院' } },
				brands: { jia: { name: '甲品牌', procuratorate: 'p' } },
				practices: {
					x: {
						title: '品牌做法',
						brand: 'jia',
						procuratorate: 'p',
						figures: [figure('品牌的数', 1)],
					},
					m: {
						title: '院的做法',
						procuratorate: 'p',
						figures: [figure('院的数', 2)],
						sources: ['b'],
					},
				},
				cases: { k: { title: '院的案例', procuratorate: 'p', figures: [figure('案例的数', 3)] } },
			}),
			must(memorySite({ procuratorates: { p: { name: '某县人民检察院' } } }).procuratorate, 'p'),
		);
		expect(own.figures.map((f) => [f.label, f.origin.entry.id])).toEqual([
			['院的数', 'm'],
			['案例的数', 'k'],
		]);
		expect(own.sources.map((s) => s.source.id)).toEqual(['a', 'b']);
	});

	test('without a method of its own, groups its own work by each practice’s first topic', () => {
		const bare = memorySite({
			procuratorates: { r: { name: '无工作法的院' } },
			practices: {
				r1: { title: '甲', procuratorate: 'r', topics: ['u', 't'] },
				r2: { title: '乙', procuratorate: 'r', topics: ['t'], order: 1 },
				r3: { title: '丙', procuratorate: 'r', topics: ['t', 'u'] },
			},
			topics: { t: { name: '司法救助', order: 2 }, u: { name: '未成年人保护', order: 1 } },
		});
		const r = procuratorateContext(bare, must(bare.procuratorate, 'r'));
		expect(r.groupedBy).toBe('topic');
		expect(r.groups.map((g) => [g.pillar, ids(g.practices)])).toEqual([
			['未成年人保护', ['r1']],
			['司法救助', ['r2', 'r3']],
		]);
	});

	test('tells search its brands and its place names as keywords', () => {
		expect(p.facets).toEqual({
			type: '检察院',
			brands: ['甲品牌', '乙品牌'],
			owner: '某县院',
			provinces: ['某省'],
			keywords: ['某市', '某县', '某县院'],
		});
		expect(p.place).toBe('某省 某市 某县');
	});
});

describe('a topic’s pages', () => {
	// 司法救助 (t): p's five practices, z1 of q, and case k2 of q. By province 某省 (mou) comes
	// before 新省 (xin); by name 别县 (bie) before 某县. Within a 院: by order, then by title.
	const pages = topicPages(site).filter((x) => x.params.id === 't');

	test('each order has a page, with the topic’s counts over all its pages', () => {
		expect(pages.map((x) => x.params.page)).toEqual([undefined, 'sort/procuratorate']);
		expect(pages[0]!.props).toMatchObject({ owners: 2, practices: 6, cases: 1 });
	});

	test('the comparison rows follow the order, the cases come apart with their 院', () => {
		const byProvince = topicContext(site, pages[0]!.props);
		expect(byProvince.groups[0]!.rows.map((r) => r.id)).toEqual([
			'x3',
			'm2',
			'm1',
			'x2',
			'x1',
			'z1',
		]);
		expect(byProvince.cases.map((c) => [c.entry.id, c.owner.id])).toEqual([['k2', 'q']]);
		const byOwner = topicContext(site, pages[1]!.props);
		expect(byOwner.groups[0]!.rows.map((r) => r.id)).toEqual(['z1', 'x3', 'm2', 'm1', 'x2', 'x1']);
		expect(byOwner.orders.map((o) => o.href)).toEqual([
			'/topics/t/',
			'/topics/t/sort/procuratorate/',
		]);
	});

	test('only the first page in the default order is for search, with the brands and provinces shown', () => {
		const first = topicContext(site, pages[0]!.props);
		expect(first.noindex).toBe(false);
		expect(first.facets).toEqual({
			type: '主题',
			listsBrands: ['甲品牌', '丙品牌'],
			provinces: ['某省', '新省'],
			topics: ['司法救助'],
			keywords: [],
		});
		const other = topicContext(site, pages[1]!.props);
		expect([other.noindex, other.facets]).toEqual([true, undefined]);
	});

	test('a topic longer than a page runs on to numbered pages, and only page 1 is searchable', () => {
		const practices = Object.fromEntries(
			Array.from({ length: pageSizes.topic + 1 }, (_, i) => [
				`n${i}`,
				{ title: `做法${i}`, procuratorate: 'p' },
			]),
		);
		const big = memorySite({ procuratorates: { p: { name: '某县人民检察院' } }, practices });
		const paths = topicPages(big).map((x) => x.params.page);
		expect(paths).toEqual([undefined, 'page/2', 'sort/procuratorate', 'sort/procuratorate/page/2']);
		const second = topicPages(big)[1]!.props;
		expect(second.page.items).toHaveLength(1);
		expect(topicContext(big, second)).toMatchObject({ facets: undefined, base: '/topics/t/' });
	});
});

describe('search facets', () => {
	test('a page is labelled with its own brands; the brands of what it lists only filter it', () => {
		const tags = (f: Parameters<typeof facetTags>[0]) =>
			facetTags(f)
				.filter((t) => t.key === 'brand')
				.map((t) => `${t.attr}:${t.content}`);
		expect(tags({ type: '做法', brands: ['心桥'] })).toEqual(['filter:心桥', 'meta:心桥']);
		// A topic showing 心桥's practice among other 院's is nobody's topic: 心桥 filters it only.
		expect(tags({ type: '主题', listsBrands: ['心桥'] })).toEqual(['filter:心桥']);
		expect(tags({ type: '检察院', brands: ['甲'], listsBrands: ['甲', '乙'] })).toEqual([
			'filter:甲',
			'filter:乙',
			'meta:甲',
		]);
	});
});

describe('a page of honours', () => {
	const [page] = listPaths(listItems.honours(site), pageSizes.honours);

	test('runs its honours under their 院, with the brands and provinces they belong to', () => {
		const h = honoursContext(site, page!.props.page, undefined);
		expect(h.runs.map((r) => [r.owner.id, ids(r.honours), r.continued])).toEqual([
			['p', ['h1', 'h2'], false],
			['q', ['h3'], false],
		]);
		expect(h.facets).toEqual({
			type: '荣誉',
			listsBrands: ['甲品牌'],
			provinces: ['某省', '新省'],
		});
	});

	test('a run that carries on from the previous page is marked continued', () => {
		const rest = { ...page!.props.page, items: page!.props.page.items.slice(1) };
		const h = honoursContext(site, rest, page!.props.page.items[0]);
		expect(h.runs.map((r) => [r.owner.id, r.continued])).toEqual([
			['p', true],
			['q', false],
		]);
	});

	test('cites only the articles its honours cite, in the sources list’s order', () => {
		const cited = memorySite({
			sources: { b: { title: '乙文' }, c: { title: '丙文' } },
			procuratorates: { p: { name: '某县人民检察院' } },
			honours: {
				h1: { title: '一', recipient: '某', procuratorate: 'p', sources: ['c'] },
				h2: { title: '二', recipient: '某', procuratorate: 'p', sources: ['c', 'b'] },
			},
		});
		const [only] = listPaths(listItems.honours(cited), pageSizes.honours);
		expect(
			honoursContext(cited, only!.props.page, undefined).sources.map((s) => s.source.id),
		).toEqual(['b', 'c']);
	});
});

test('an entry’s procuratorate and brand are looked up one way: site.ownerOf / site.brandOf', () => {
	const byHand = siteFiles(join(root, 'src'), (n) => /\.(ts|astro)$/.test(n)).filter((f) =>
		/must\(\s*site\.(procuratorate|brand)\b/.test(readFileSync(join(root, 'src', f), 'utf8')),
	);
	expect(byHand).toEqual([]);
});
