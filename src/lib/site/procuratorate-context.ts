/**
 * Everything a procuratorate's page shows besides the procuratorate itself, in one place so the
 * page only lays it out: its brands; the work the article credits to the 院 and to no brand (its
 * practices under the 院's own method where it has one, else by topic, with their figures); its
 * cases and honours, each saying whose they are; sources; and what it tells search engines and
 * the search index.
 */
import { ui } from '../../i18n/zh-CN.ts';
import type { SearchFacets } from '../search/facets.ts';
import type { Procuratorate } from './data.ts';
import { gatherFigures } from './figures.ts';
import { placeName } from './format.ts';
import { citedSources } from './lists.ts';
import { absoluteUrl, paths } from './paths.ts';
import { groupByPillar, groupByTopic, seriesGroups, sortPractices } from './relations.ts';
import { shareImageOf } from './share-images.ts';
import type { SiteData } from './site-index.ts';
import { organisation } from './structured-data.ts';

export function procuratorateContext(site: SiteData, owner: Procuratorate) {
	const d = owner.data;
	const name = d.shortName ?? d.name;
	const brands = site.of.procuratorate.brands(owner.id);
	// A brand's work is on the brand's page; what is left is the 院's own, and this is its page.
	const ownPractices = sortPractices(
		site.of.procuratorate.practices(owner.id).filter((p) => !p.data.brand),
	);
	const cases = site.of.procuratorate.cases(owner.id);
	const ownCases = cases.filter((c) => !c.data.brand);
	const figures = gatherFigures(site, [...ownPractices, ...ownCases]);
	const honours = site.of.procuratorate.honours(owner.id);
	const facets: SearchFacets = {
		type: ui.collections.procuratorates,
		brands: brands.map((b) => b.data.name),
		owner: name,
		provinces: [d.province],
		keywords: [d.city, d.county, d.shortName].filter((k): k is string => Boolean(k)),
	};
	return {
		name,
		brands,
		/** The 院's own practices (of no brand), by its method's parts where it has a method, else by topic. */
		groups: d.method
			? groupByPillar(ownPractices, d.method.pillars)
			: groupByTopic(ownPractices, site.topics),
		/** How `groups` are formed, for the sentence that says so. */
		groupedBy: d.method ? ('method' as const) : ('topic' as const),
		/** Figures of the 院's own practices and cases, with their origins. */
		figures,
		/** Those of them that may be charted side by side. */
		series: seriesGroups(figures),
		/** The 院's honours as a whole, then each brand's. */
		honours: [
			{ brand: undefined, honours: honours.filter((h) => !h.data.brand) },
			...brands.map((b) => ({
				brand: b,
				honours: honours.filter((h) => h.data.brand?.id === b.id),
			})),
		].filter((g) => g.honours.length > 0),
		/** Every case of the 院, with the brand it belongs to where it has one. */
		cases: cases.map((entry) => ({ entry, owner, brand: site.brandOf(entry) })),
		/** The articles the 院's entry and its own work cite. */
		sources: citedSources(site, [owner, ...ownPractices, ...ownCases]),
		place: placeName(d),
		facets,
		shareImage: shareImageOf({ kind: 'procuratorates', id: owner.id, brand: brands[0]?.id }),
		jsonLd: organisation(d, absoluteUrl(paths.procuratorate(owner.id))),
	};
}
