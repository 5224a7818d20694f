/**
 * All collections, loaded once per build, for pages to read: the only file that calls
 * `getCollection`. The indexing itself is `site-index.ts`, a pure function the tests call on a
 * small made-up site; the helpers in this folder take what `siteData()` returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexSite } from './site-index.ts';

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
	return indexSite({ brands, practices, honours, cases, topics, procuratorates, sources });
}

let cached: ReturnType<typeof load> | undefined;

/** The whole site's content; loaded on first call and shared by every page of the build. */
export function siteData() {
	cached ??= load();
	return cached;
}

export { must, type SiteData } from './site-index.ts';
