/**
 * The practices index narrowed by topic, province, brand or pillar, as pre-built pages
 * (`/practices/topic/sifa-jiuzhu/`, `/practices/province/qinghai/`, `/practices/brand/xinqiao/`,
 * `/practices/brand/xinqiao/pillar/2/`), so filtering works without JavaScript. Every filtered
 * list is paginated like the index, and the filter panel offers a bounded number of choices
 * (topics and provinces are few; brands past `brandFilterLimit` are offered only from the page
 * in view), so no page grows with the country.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { brandFilterLimit, type FilterKey } from '../search/facets.ts';
import { listItems } from './lists.ts';
import type { Brand, Practice, Topic } from './data.ts';
import type { SiteData } from './site-index.ts';
import { pageHref, paginate } from './pagination.ts';
import { paths } from './paths.ts';
import { provinceSlug } from './provinces.ts';

export type FilterKind = 'topic' | 'province' | 'brand' | 'pillar';

/** One pre-built filtered list. */
export interface PracticeFilter {
	kind: FilterKind;
	/** What the filter shows, e.g. `司法救助`, `青海省`, `心桥 · 送法律`. */
	label: string;
	/** The list's first page. */
	base: string;
	/** Its practices, in the index's order (grouped by procuratorate; by pillar for a brand). */
	items: Practice[];
	/** The topic, for the topic filter (its comparison table is linked). */
	topic?: Topic;
	/** The brand, for the brand and pillar filters (their pillars are offered). */
	brand?: Brand;
	/** The pillar, for the pillar filter. */
	pillar?: string;
	/** The search page's facet and value that say the same, so JavaScript can combine filters. */
	facet?: { key: FilterKey; value: string };
}

/** A choice in the filter panel. */
export interface FilterOption {
	label: string;
	/** Its list; undefined when it would show nothing within the filter in force (not a link). */
	href: string | undefined;
	/**
	 * How many practices it shows: within the filter in force for a choice of another kind (a
	 * province on a topic's list), its own list's for a choice that replaces or narrows it.
	 */
	count: number;
	current: boolean;
	/** The search facet this choice sets, for combining with JavaScript. */
	facet?: { key: FilterKey; value: string };
}

export interface FilterGroup {
	kind: FilterKind;
	legend: string;
	options: FilterOption[];
	/** Said instead of (or after) the options, e.g. why brands are not all listed. */
	note?: string;
}

const cache = new WeakMap<SiteData, PracticeFilter[]>();

/** Every filtered list of practices, computed once per build. */
export function practiceFilters(site: SiteData): PracticeFilter[] {
	const cached = cache.get(site);
	if (cached) return cached;
	const all = listItems.practices(site);
	const provinceOf = (p: Practice) => site.ownerOf(p).data.province;
	const byTopic = new Map<string, Practice[]>();
	const byProvince = new Map<string, Practice[]>();
	const byBrand = new Map<string, Practice[]>();
	const push = (map: Map<string, Practice[]>, key: string, p: Practice) =>
		(map.get(key) ?? map.set(key, []).get(key)!).push(p);
	for (const p of all) {
		for (const t of p.data.topics) push(byTopic, t.id, p);
		push(byProvince, provinceOf(p), p);
		if (p.data.brand) push(byBrand, p.data.brand.id, p);
	}
	const filters: PracticeFilter[] = [
		...site.topics.flatMap((t) => {
			const items = byTopic.get(t.id);
			return items
				? [
						{
							kind: 'topic' as const,
							label: t.data.name,
							base: paths.practicesBy('topic', t.id),
							items,
							topic: t,
							facet: { key: 'topic' as const, value: t.data.name },
						},
					]
				: [];
		}),
		...[...byProvince]
			.sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
			.map(([province, items]) => ({
				kind: 'province' as const,
				label: province,
				base: paths.practicesBy('province', provinceSlug(province)),
				items,
				facet: { key: 'province' as const, value: province },
			})),
		...site.brands.flatMap((brand) => {
			const items = byBrand.get(brand.id);
			if (!items) return [];
			const pillars = brand.data.pillars;
			const inPillar = (pillar: string) => items.filter((p) => p.data.pillar === pillar);
			const facet = { key: 'brand' as const, value: brand.data.name };
			return [
				{
					kind: 'brand' as const,
					label: brand.data.name,
					base: paths.practicesBy('brand', brand.id),
					// By pillar, in the brand's own order, as the brand page has them.
					items: [
						...pillars.flatMap(inPillar),
						...items.filter((p) => !p.data.pillar || !pillars.includes(p.data.pillar)),
					],
					brand,
					facet,
				},
				...pillars.flatMap((pillar, i) => {
					const items = inPillar(pillar);
					return items.length === 0
						? []
						: [
								{
									kind: 'pillar' as const,
									label: `${brand.data.name} · ${pillar}`,
									base: paths.practicesByPillar(brand.id, i + 1),
									items,
									brand,
									pillar,
									facet,
								},
							];
				}),
			];
		}),
	];
	cache.set(site, filters);
	return filters;
}

const kinds = new WeakMap<PracticeFilter[], Map<FilterKind, PracticeFilter[]>>();

/** The filters of each kind, sorted out once: every filtered page asks (thousands at scale). */
function byKind(filters: PracticeFilter[]): Map<FilterKind, PracticeFilter[]> {
	let map = kinds.get(filters);
	if (!map) {
		map = new Map();
		for (const f of filters) (map.get(f.kind) ?? map.set(f.kind, []).get(f.kind)!).push(f);
		kinds.set(filters, map);
	}
	return map;
}

/** A brand and its pillars narrow the same list: choosing one on the other's page is no combination. */
const family = (kind: FilterKind) => (kind === 'pillar' ? 'brand' : kind);

const within = new WeakMap<PracticeFilter, Map<string, number>>();

/**
 * How many of `current`'s practices each other list holds, by the list's first page: counted
 * once per filtered list from its own practices (every page of it asks), never by intersecting
 * every pair of lists.
 */
function countsWithin(site: SiteData, current: PracticeFilter): Map<string, number> {
	let counts = within.get(current);
	if (counts) return counts;
	counts = new Map();
	const add = (base: string) => counts!.set(base, (counts!.get(base) ?? 0) + 1);
	for (const p of current.items) {
		for (const t of new Set(p.data.topics.map((t) => t.id))) add(paths.practicesBy('topic', t));
		add(paths.practicesBy('province', provinceSlug(site.ownerOf(p).data.province)));
		if (p.data.brand) add(paths.practicesBy('brand', p.data.brand.id));
	}
	within.set(current, counts);
	return counts;
}

/**
 * The filter panel for a page of the index (`current` undefined) or of a filtered list, offering
 * topics, provinces, brands and (once a brand is chosen) its pillars, each with its count. On a
 * filtered list a choice of another kind counts what the two filters hold together (what the
 * search page shows when JavaScript combines them), so 青海省 on 未成年人检察's list says 0 and
 * is not a link, rather than promise the 16 practices 青海省 has in all.
 */
export function filterGroups(
	site: SiteData,
	current: PracticeFilter | undefined,
	pageItems: readonly Practice[],
): FilterGroup[] {
	const filters = practiceFilters(site);
	const counts = current && countsWithin(site, current);
	const option = (f: PracticeFilter, label = f.label): FilterOption => {
		const combined = counts !== undefined && family(f.kind) !== family(current!.kind);
		const count = combined ? (counts.get(f.base) ?? 0) : f.items.length;
		return {
			label,
			href: count > 0 ? f.base : undefined,
			count,
			current: f.base === current?.base,
			...(f.facet ? { facet: f.facet } : {}),
		};
	};
	const of = (kind: FilterKind) => byKind(filters).get(kind) ?? [];
	const brands = of('brand');
	const onPage = new Set(pageItems.flatMap((p) => (p.data.brand ? [p.data.brand.id] : [])));
	const tooMany = brands.length > brandFilterLimit;
	const brandOptions = tooMany ? brands.filter((f) => onPage.has(f.brand!.id)) : brands;
	const brand = current?.brand;
	const pillars = brand ? of('pillar').filter((f) => f.brand === brand) : [];
	return [
		{ kind: 'topic', legend: ui.filters.names.topic, options: of('topic').map((f) => option(f)) },
		{
			kind: 'province',
			legend: ui.filters.names.province,
			options: of('province').map((f) => option(f)),
		},
		{
			kind: 'brand',
			legend: ui.filters.names.brand,
			options: brandOptions.map((f) => option(f)),
			...(tooMany ? { note: ui.filters.tooManyBrands(brands.length) } : {}),
		},
		{
			kind: 'pillar',
			legend: ui.filters.names.pillar,
			options: pillars.map((f) => option(f, f.pillar)),
			...(brand
				? pillars.length === 0
					? { note: ui.filters.noPillars(brand.data.name) }
					: brand.data.pillarsBySite
						? { note: ui.pillarsBySite.note(brand.data.pillars) }
						: {}
				: { note: ui.filters.pillarFirst }),
		},
	];
}

/** `getStaticPaths` of the filtered lists: `[filter]/[value]/[...page]`. */
export function filterPaths(site: SiteData, size: number) {
	return practiceFilters(site).flatMap((filter) => {
		const [, , kind, value, ...rest] = filter.base.split('/');
		return paginate(filter.items, size).map((page, i, pages) => {
			const tail = pageHref(`/${rest.join('/')}`, page.number)
				.slice(1)
				.replace(/\/$/, '');
			return {
				params: { filter: kind!, value: value!, page: tail === '' ? undefined : tail },
				props: { filter, page, before: pages[i - 1]?.items.at(-1) },
			};
		});
	});
}
