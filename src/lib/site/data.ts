/**
 * All collections, loaded once per build and indexed by id, for pages to read. Pages call this;
 * the pure helpers in `relations.ts` take what it returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Brand = CollectionEntry<'brands'>;
export type Practice = CollectionEntry<'practices'>;
export type Honour = CollectionEntry<'honours'>;
export type Case = CollectionEntry<'cases'>;
export type Topic = CollectionEntry<'topics'>;
export type Procuratorate = CollectionEntry<'procuratorates'>;
export type Source = CollectionEntry<'sources'>;

async function load() {
	const [brands, practices, honours, cases, topics, procuratorates, sources] = await Promise.all([
		getCollection('brands'),
		getCollection('practices'),
		getCollection('honours'),
		getCollection('cases'),
		getCollection('topics'),
		getCollection('procuratorates'),
		getCollection('sources'),
	]);
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
	brands.sort((a, b) => a.data.order - b.data.order);
	topics.sort((a, b) => a.data.order - b.data.order);
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
		/** The procuratorate an entry belongs to. */
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

let cached: ReturnType<typeof load> | undefined;

/** The whole site's content; loaded on first call and shared by every page of the build. */
export function siteData() {
	cached ??= load();
	return cached;
}

export type SiteData = Awaited<ReturnType<typeof load>>;

/** Looks up a referenced entry that the content checks guarantee exists. */
export function must<T>(map: Map<string, T>, id: string): T {
	const found = map.get(id);
	if (!found) throw new Error(`内部错误：找不到条目 ${id} (missing entry ${id})`);
	return found;
}
