/**
 * What a page of the honours list shows: its honours in runs under their procuratorate (marked
 * continued where a run carries on from the previous page), the articles they cite, and what the
 * page tells the search index. One place, so the page only lays it out.
 */
import { ui } from '../../i18n/zh-CN.ts';
import type { SearchFacets } from '../search/facets.ts';
import type { Honour } from './data.ts';
import { sourceLinks } from './lists.ts';
import { groupRuns, type ListPage } from './pagination.ts';
import type { SiteData } from './site-index.ts';

export function honoursContext(site: SiteData, page: ListPage<Honour>, before: Honour | undefined) {
	const runs = groupRuns(page.items, (h) => site.ownerOf(h), before).map((run) => ({
		owner: run.key,
		continued: run.continued,
		honours: run.items,
	}));
	const cited = new Set(page.items.flatMap((h) => h.data.sources.map((s) => s.id)));
	// Every page of honours is searchable, each with the facets of the honours it holds.
	const facets: SearchFacets = {
		type: ui.collections.honours,
		listsBrands: [...new Set(page.items.flatMap((h) => site.brandOf(h)?.data.name ?? []))],
		provinces: [...new Set(runs.map((r) => r.owner.data.province))],
	};
	return {
		runs,
		/** The articles this page's honours cite, in the sources list's order. */
		sources: sourceLinks(
			site,
			site.sources.filter((s) => cited.has(s.id)),
		),
		facets,
	};
}
