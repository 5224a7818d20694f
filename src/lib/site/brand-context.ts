/**
 * Everything a brand's page shows besides the brand itself, resolved in one place so the page
 * only lays it out: its 院, honours (and whether the 院 has honours of its own to point to),
 * practices by the pillars its story does not already list, cases it does not tell, figures with their origins,
 * topics, sources, the 院's other brands, the brands either side, what it tells search engines
 * and the search index, and the data its story's components read. Only the brand's own work is
 * listed: the 院's work of no brand is on the 院's page, which this one links to.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { pinyinKeywords, type SearchFacets } from '../search/facets.ts';
import type { Brand } from './data.ts';
import { gatherFigures } from './figures.ts';
import { citedSources } from './lists.ts';
import { absoluteUrl, paths } from './paths.ts';
import { groupByPillar, neighbours, seriesGroups, sortPractices } from './relations.ts';
import { shareImageOf } from './share-images.ts';
import { must, type SiteData } from './site-index.ts';
import { casesInStory, pillarsInStory, type StoryInput } from './story.ts';
import { brand as brandLd } from './structured-data.ts';

/** How many of the 院's own practices a brand page names (all of them are on the 院's page). */
const OWNER_WORK_NAMED = 6;

export function brandContext(site: SiteData, brand: Brand) {
	const owner = site.ownerOf(brand);
	const ownerName = owner.data.shortName ?? owner.data.name;
	const practices = site.of.brand.practices(brand.id);
	const cases = site.of.brand.cases(brand.id);
	const honours = site.of.brand.honours(brand.id);
	// Said where the brand has none: the 院 may have been honoured as a whole, under no brand.
	const ownerHonours = site.of.procuratorate.honours(owner.id).filter((h) => !h.data.brand);
	const inStory = pillarsInStory(brand.body ?? '');
	const toldCases = casesInStory(brand.body ?? '');
	// A brand without pillars of its own files its practices under its 院's method (as the
	// content check allows), so they are grouped the same way here.
	const pillars =
		brand.data.pillars.length > 0 ? brand.data.pillars : (owner.data.method?.pillars ?? []);
	const groups = groupByPillar(
		practices.filter((p) => p.data.pillar === undefined || !inStory.has(p.data.pillar)),
		pillars,
	);
	const ownerWork = site.of.procuratorate.practices(owner.id).filter((p) => !p.data.brand);
	const sources = citedSources(site, [brand, ...practices, ...cases, ...honours]);
	const figures = gatherFigures(site, [brand, ...practices, ...cases]);
	const topicIds = new Set([...practices, ...cases].flatMap((e) => e.data.topics.map((t) => t.id)));
	const topics = [...topicIds]
		.map((id) => must(site.topic, id))
		.sort((a, b) => a.data.order - b.data.order);
	const facets: SearchFacets = {
		type: ui.collections.brands,
		brands: [brand.data.name],
		owner: ownerName,
		provinces: [owner.data.province],
		topics: topics.map((t) => t.data.name),
		// The brand's own names and pinyin, weighted in ranking, so its page comes first for them.
		keywords: [
			brand.data.name,
			...(brand.data.slogan ? [brand.data.slogan] : []),
			...pinyinKeywords(brand.id),
		],
	};
	return {
		owner,
		ownerName,
		honours,
		ownerHonours,
		/** Practices under the pillars the story does not list itself. */
		groups,
		/** The site's own grouping, said wherever it is used: the pillars, or none when they are the article's. */
		pillarsBySite: brand.data.pillarsBySite ? brand.data.pillars : [],
		/**
		 * The 院's own work (practices of no brand): the first few by name, so a reader of the brand
		 * can go straight to one, and the 院's page, which lists them all with the 院's figures.
		 */
		ownerWork: {
			practices: ownerWork.length,
			href: paths.procuratorateWork(owner.id),
			named: sortPractices(ownerWork)
				.slice(0, OWNER_WORK_NAMED)
				.map((p) => ({ title: p.data.title, href: paths.practice(p.id) })),
		},
		/** Cases the story does not already tell (in a `<Moment>` or `<CaseHighlight>`). */
		cases: cases.filter((c) => !toldCases.has(c.id)).map((entry) => ({ entry, owner })),
		figures,
		/** Figures that may be charted side by side. */
		series: seriesGroups(figures),
		topics,
		/** Every article the page's entries cite, for its sources list and fact box. */
		sources,
		/** The brand's own articles, for its correction notes. */
		brandSources: brand.data.sources.map((s) => must(site.source, s.id)),
		siblings: site.of.procuratorate.brands(owner.id).filter((b) => b.id !== brand.id),
		...neighbours(site.brands, brand.id),
		facets,
		shareImage: shareImageOf({ kind: 'brands', id: brand.id }),
		jsonLd: brandLd({
			name: brand.data.name,
			slogan: brand.data.slogan,
			summary: brand.data.summary,
			url: absoluteUrl(paths.brand(brand.id)),
			owner: owner.data.name,
		}),
		/**
		 * What the story kit's components may look up, as data: the page makes it `storyData(story)`
		 * for `Astro.locals.story` when it renders, and its cache key reads it as it is.
		 */
		story: {
			brand,
			figures,
			practices,
			ownerPractices: site.of.procuratorate.practices(owner.id),
			ownerCases: site.of.procuratorate.cases(owner.id),
			sources,
		} satisfies StoryInput,
	};
}
