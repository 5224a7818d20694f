/**
 * The loaded collections, sorted and indexed by id and by relation, for pages to read. A pure
 * function of the entries, so the page-data helpers test on a small site made of plain objects;
 * `data.ts` feeds it what `getCollection` returns.
 */
import { brandOrder } from '../../schemas/brands.ts';
import type { Brand, Case, Honour, Practice, Procuratorate, Source, Topic } from './data.ts';

/** Every collection's entries, as loaded (in any order). */
export interface SiteCollections {
	brands: Brand[];
	practices: Practice[];
	honours: Honour[];
	cases: Case[];
	topics: Topic[];
	procuratorates: Procuratorate[];
	sources: Source[];
}

export function indexSite(collections: SiteCollections) {
	const { practices, honours, cases, procuratorates, sources } = collections;
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
	const brands = [...collections.brands].sort((a, b) =>
		brandOrder({ id: a.id, order: a.data.order }, { id: b.id, order: b.data.order }),
	);
	const topics = [...collections.topics].sort((a, b) => a.data.order - b.data.order);
	// Indexed once per build, so no page scans whole collections (that is quadratic at scale).
	const index = <T>(list: T[], keys: (e: T) => Array<string | undefined>) => {
		const map = new Map<string, T[]>();
		for (const e of list)
			for (const k of new Set(keys(e)))
				if (k !== undefined) (map.get(k) ?? map.set(k, []).get(k)!).push(e);
		return (key: string): T[] => map.get(key) ?? [];
	};
	const refs = (r: { id: string } | Array<{ id: string }> | undefined) =>
		r === undefined ? [] : Array.isArray(r) ? r.map((x) => x.id) : [r.id];
	const procuratorate = byId(procuratorates);
	const brand = byId(brands);
	return {
		brands,
		practices,
		honours,
		cases,
		topics,
		procuratorates,
		sources,
		brand,
		topic: byId(topics),
		procuratorate,
		source: byId(sources),
		/** The procuratorate an entry belongs to: the one way pages and helpers look it up. */
		ownerOf: (e: { data: { procuratorate: { id: string } } }) =>
			must(procuratorate, e.data.procuratorate.id),
		/** The brand an entry belongs to, if the source puts it under one. */
		brandOf: (e: { data: { brand?: { id: string } | undefined } }) =>
			e.data.brand ? must(brand, e.data.brand.id) : undefined,
		/** Entries that belong to a brand, a procuratorate, a topic, or cite a source. */
		of: {
			brand: {
				practices: index(practices, (e) => refs(e.data.brand)),
				cases: index(cases, (e) => refs(e.data.brand)),
				honours: index(honours, (e) => refs(e.data.brand)),
			},
			procuratorate: {
				brands: index(brands, (e) => refs(e.data.procuratorate)),
				practices: index(practices, (e) => refs(e.data.procuratorate)),
				cases: index(cases, (e) => refs(e.data.procuratorate)),
				honours: index(honours, (e) => refs(e.data.procuratorate)),
			},
			topic: {
				practices: index(practices, (e) => refs(e.data.topics)),
				cases: index(cases, (e) => refs(e.data.topics)),
			},
			source: {
				brands: index(brands, (e) => refs(e.data.sources)),
				practices: index(practices, (e) => refs(e.data.sources)),
				cases: index(cases, (e) => refs(e.data.sources)),
				honours: index(honours, (e) => refs(e.data.sources)),
			},
		},
	};
}

export type SiteData = ReturnType<typeof indexSite>;

/** Looks up a referenced entry that the content checks guarantee exists. */
export function must<T>(map: Map<string, T>, id: string): T {
	const found = map.get(id);
	if (!found) throw new Error(`内部错误：找不到条目 ${id} (missing entry ${id})`);
	return found;
}
