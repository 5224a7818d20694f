/**
 * What each content page tells the search index about itself: entry type, brand, province and
 * topics as filters; type, brand, owner and search keywords (pinyin) as metadata.
 */
import { ui } from '../../i18n/zh-CN.ts';
import type { CollectionName } from '../../schemas/collections.ts';

/** The kinds of page search finds, by the names readers see (sources are not indexed). */
export type EntryType = (typeof ui.collections)[Exclude<CollectionName, 'sources'>];

export interface SearchFacets {
	/** What kind of entry the page is. */
	type: EntryType;
	/** Brand names the page belongs to: a filter, and its label under each result. */
	brands?: string[];
	/**
	 * Brand names of what the page lists but does not belong to (a topic's practices, a page of
	 * honours): a filter only. A topic labelled 心桥 in results would read as 心桥's topic.
	 */
	listsBrands?: string[];
	/** The procuratorate's short or full name, shown under each result. */
	owner?: string;
	/** Provinces the page's procuratorate(s) are in. */
	provinces?: string[];
	/** Topic names. */
	topics?: string[];
	/**
	 * Words this page should rank first for, including ones it does not show (a brand's pinyin).
	 * Weighted above titles in ranking (`searchRanking`), so keep them to the page's own names.
	 */
	keywords?: string[];
}

/**
 * The language Pagefind indexes as: none (`und`). Chinese arrives already split into words
 * (segment.ts), so Pagefind must neither segment nor stem it.
 */
export const SEARCH_LANGUAGE = 'und';

/** Pagefind filter keys, in the order the search page shows them. */
export const filterKeys = ['type', 'brand', 'province', 'topic'] as const;

/** Above this many brands, the search page offers no brand checkboxes (search by name instead). */
export const brandFilterLimit = 60;
export type FilterKey = (typeof filterKeys)[number];

/**
 * Order of entry types when browsing by filter with no query (nothing to rank by). The search
 * page asks for each type in turn, rather than giving every page a sort key: a sort key costs
 * every first search about 22 KB of index metadata at 10,000 entries.
 */
export const browseOrder: EntryType[] = (
	['brands', 'practices', 'cases', 'honours', 'procuratorates', 'topics'] as const
).map((c) => ui.collections[c]);

type FacetTag = { name: string; content: string; attr: 'filter' | 'meta'; key: string };

/** `<meta>` tags (name, content, Pagefind attribute) that carry the facets into the index. */
export function facetTags(f: SearchFacets): FacetTag[] {
	const tags: FacetTag[] = [];
	const add = (attr: FacetTag['attr'], key: string, values: string[] | undefined) =>
		(values ?? []).forEach((content) =>
			tags.push({ name: `pagefind-${attr}-${key}`, content, attr, key }),
		);
	add('filter', 'type', [f.type]);
	add('filter', 'brand', [...new Set([...(f.brands ?? []), ...(f.listsBrands ?? [])])]);
	add('filter', 'province', f.provinces);
	add('filter', 'topic', f.topics);
	add('meta', 'type', [f.type]);
	add('meta', 'brand', f.brands && f.brands.length > 0 ? [f.brands.join('、')] : undefined);
	add('meta', 'owner', f.owner ? [f.owner] : undefined);
	add('meta', 'keywords', f.keywords && f.keywords.length > 0 ? [f.keywords.join(' ')] : undefined);
	return tags;
}

/**
 * Pagefind ranking: a match in keywords (a page's own names) counts four times a title match;
 * tuned with the relevance suite so a brand's page comes first for its name.
 */
export const searchRanking = { metaWeights: { title: 5, keywords: 20 } };

/** The pinyin a visitor may type for an entry whose id is pinyin: `zhengyi-xianfeng` → `zhengyixianfeng`. */
export function pinyinKeywords(id: string): string[] {
	return [id.replace(/-/g, '')];
}
