/**
 * Whose entry `npm run new` is writing: the editor's own procuratorate, brand and source. Taken
 * from flags, else from what the editor used last time (`.cache/editor.json`, never in content/),
 * else asked; never borrowed from another 院's files, so a template cannot quietly file a new
 * practice under somebody else's brand. Plain functions over the ids that exist, so the rules
 * are tested without a terminal.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { didYouMean } from '../content-check/suggest.ts';

/** The editor's own ids; any may be unknown yet. */
export interface EditorContext {
	procuratorate?: string | undefined;
	brand?: string | undefined;
	source?: string | undefined;
}

export type ContextKey = keyof EditorContext;

/** What is on the site already: the ids a context may name, and which 院 each brand is of. */
export interface SiteIds {
	procuratorates: string[];
	sources: string[];
	/** Brand id → its procuratorate's id. */
	brands: Map<string, string>;
}

/** What each collection's template needs to know (a brand is always optional: not every 院 has one). */
export const needs: Record<CollectionName, ContextKey[]> = {
	sources: [],
	topics: [],
	procuratorates: ['source'],
	brands: ['procuratorate', 'source'],
	practices: ['procuratorate', 'source'],
	honours: ['procuratorate', 'source'],
	cases: ['procuratorate', 'source'],
};

/** The collections whose templates name a brand when the editor has one. */
export const takesBrand: CollectionName[] = ['practices', 'honours', 'cases'];

const folders: Record<ContextKey, string> = {
	procuratorate: 'procuratorates',
	brand: 'brands',
	source: 'sources',
};

/** Why an id cannot be used, in the editor's terms; undefined when it can. */
export function refuse(key: ContextKey, id: string, site: SiteIds): string | undefined {
	const known =
		key === 'brand'
			? [...site.brands.keys()]
			: key === 'source'
				? site.sources
				: site.procuratorates;
	if (known.includes(id)) return undefined;
	const guess = didYouMean(
		id,
		known.map((k) => ({ id: k })),
	);
	const hint = guess ? `，是不是 ${guess}？` : '';
	return `content/${folders[key]}/ 中没有 ${id}${hint} (no ${key} ${id}${guess ? `; did you mean ${guess}?` : ''})`;
}

/**
 * The context to write with: flags first, then what was remembered. A brand fixes its 院; a
 * remembered brand of another 院 than the one now given is dropped, never carried across.
 * Remembered ids that no longer exist are forgotten quietly; given ones that do not exist are
 * errors.
 */
export function resolveContext(
	given: EditorContext,
	remembered: EditorContext,
	site: SiteIds,
): { context: EditorContext; errors: string[] } {
	const errors: string[] = [];
	const pick = (key: ContextKey): string | undefined => {
		const flag = given[key];
		if (flag !== undefined) {
			const why = refuse(key, flag, site);
			if (why) errors.push(why);
			return why ? undefined : flag;
		}
		const kept = remembered[key];
		return kept !== undefined && refuse(key, kept, site) === undefined ? kept : undefined;
	};
	const source = pick('source');
	let procuratorate = pick('procuratorate');
	let brand = pick('brand');
	const owner = brand === undefined ? undefined : site.brands.get(brand);
	if (brand !== undefined && owner !== procuratorate) {
		if (given.brand !== undefined && given.procuratorate === undefined) procuratorate = owner;
		else if (given.brand !== undefined) {
			errors.push(
				`品牌 ${brand} 属于 ${owner}，不属于 ${procuratorate} (brand ${brand} belongs to ${owner})`,
			);
			brand = undefined;
		} else brand = undefined;
	}
	return { context: { procuratorate, brand, source }, errors };
}

/** What the memory holds after writing `id` into `collection` with `context`. */
export function remember(
	context: EditorContext,
	collection: CollectionName,
	id: string,
	site: SiteIds,
): EditorContext {
	if (collection === 'sources') return { ...context, source: id };
	if (collection === 'procuratorates') {
		const brand =
			context.brand && site.brands.get(context.brand) === id ? context.brand : undefined;
		return { ...context, procuratorate: id, brand };
	}
	if (collection === 'brands') return { ...context, brand: id };
	return context;
}
