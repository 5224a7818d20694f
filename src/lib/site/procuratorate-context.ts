/**
 * Everything a procuratorate's page shows besides the procuratorate itself, in one place so the
 * page only lays it out: its brands, the practices that belong to no brand (under the 院's own
 * method, where it has one), honours, cases, sources, and what it tells search engines and the
 * search index.
 */
import { ui } from '../../i18n/zh-CN.ts';
import type { SearchFacets } from '../search/facets.ts';
import type { Procuratorate } from './data.ts';
import { placeName } from './format.ts';
import { sourceLinks } from './lists.ts';
import { absoluteUrl, paths } from './paths.ts';
import { groupByPillar } from './relations.ts';
import { shareImageOf } from './share-images.ts';
import { must, type SiteData } from './site-index.ts';
import { organisation } from './structured-data.ts';

export function procuratorateContext(site: SiteData, owner: Procuratorate) {
	const d = owner.data;
	const brands = site.of.procuratorate.brands(owner.id);
	// A brand's practices are on the brand's page; the rest have no other page to be listed on.
	const unbranded = site.of.procuratorate.practices(owner.id).filter((p) => !p.data.brand);
	const facets: SearchFacets = {
		type: ui.collections.procuratorates,
		brands: brands.map((b) => b.data.name),
		owner: d.shortName ?? d.name,
		provinces: [d.province],
		keywords: [d.city, d.county, d.shortName].filter((k): k is string => Boolean(k)),
	};
	return {
		brands,
		/** Practices of no brand, by the pillars of the 院's own method where it has one. */
		groups: groupByPillar(unbranded, d.method?.pillars ?? []),
		honours: site.of.procuratorate.honours(owner.id),
		cases: site.of.procuratorate.cases(owner.id).map((entry) => ({ entry, owner })),
		sources: sourceLinks(
			site,
			d.sources.map((s) => must(site.source, s.id)),
		),
		place: placeName(d),
		facets,
		shareImage: shareImageOf({ kind: 'procuratorates', id: owner.id, brand: brands[0]?.id }),
		jsonLd: organisation(d, absoluteUrl(paths.procuratorate(owner.id))),
	};
}
