/**
 * A small site in memory, for the tests of the page-data helpers (`src/lib/site/*-context.ts`):
 * entries written as an editor writes them (ids for references), parsed by the real collection
 * schemas, so defaults and references come out as Astro gives them, then indexed by the same
 * `indexSite` the build uses. No Astro and no files, as Starlight's route-data tests mock
 * `astro:content`.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { schemas } from '../../src/schemas/index.ts';
import { indexSite, type SiteCollections, type SiteData } from '../../src/lib/site/site-index.ts';

/** References resolve as Astro's `reference()` resolves them: the id with its collection. */
const schemaFor = schemas((collection) =>
	z
		.string()
		.min(1)
		.transform((id) => ({ collection, id })),
);
type Schemas = typeof schemaFor;

/** One entry as an editor writes it: its fields (ids for references), and a body for Markdown. */
export type EntryInput<C extends CollectionName> = Partial<z.input<Schemas[C]>> & {
	body?: string;
};
export type SiteInput = { [C in CollectionName]?: Record<string, EntryInput<C>> };

/**
 * Required fields a test rarely cares about, filled in unless it gives them. Every entry cites
 * source `a` and files under topic `t`, both of which `memorySite` adds unless the test does.
 */
const defaults: { [C in CollectionName]: Partial<z.input<Schemas[C]>> } = {
	sources: { seedFile: 'a.txt', about: { procuratorates: ['p'] } },
	topics: { description: '说明。' },
	procuratorates: { level: '区县级', province: '某省', city: '某市', sources: ['a'] },
	brands: { kind: '党建品牌', summary: '一句话。', accent: '#a61b1b', sources: ['a'] },
	practices: { topics: ['t'], summary: '一句话。', sources: ['a'] },
	honours: { recipientKind: '单位', level: '省级', sources: ['a'] },
	cases: { topics: ['t'], summary: '一句话。', background: '经过。', sources: ['a'] },
};

/** The site's data as `siteData()` would give it for content holding exactly `input`. */
export function memorySite(input: SiteInput): SiteData {
	const full: SiteInput = {
		...input,
		sources: { a: { title: '文章' }, ...input.sources },
		topics: { t: { name: '司法救助' }, ...input.topics },
	};
	const entries = <C extends CollectionName>(collection: C) =>
		Object.entries((full[collection] ?? {}) as Record<string, EntryInput<C>>).map(
			([id, { body, ...data }]) => ({
				id,
				collection,
				body,
				data: schemaFor[collection].parse({ ...defaults[collection], ...data }),
			}),
		);
	// The schemas' output matches Astro's entry types except for the references' literal
	// collection names, which TypeScript cannot see through the shared factory.
	return indexSite({
		sources: entries('sources'),
		topics: entries('topics'),
		procuratorates: entries('procuratorates'),
		brands: entries('brands'),
		practices: entries('practices'),
		honours: entries('honours'),
		cases: entries('cases'),
	} as unknown as SiteCollections);
}
