/**
 * What each paginated list holds, in its order: one definition read by the list pages (their
 * `getStaticPaths`) and by the pages that link into a list (a source's entry on its page).
 */
import { pageSizes, pageWith } from './pagination.ts';
import { paths } from './paths.ts';
import { sortPractices } from './relations.ts';
import type { Case, Practice, Source } from './data.ts';
import { must, type SiteData } from './site-index.ts';

/** The orders a topic's comparison is pre-built in: its page, and `sort/procuratorate/`. */
export const topicOrders = ['province', 'procuratorate'] as const;
export type TopicOrder = (typeof topicOrders)[number];

/** An entry on a topic's page. */
export type TopicItem = { kind: 'practice'; entry: Practice } | { kind: 'case'; entry: Case };

export const listItems = {
	/** Grouped by procuratorate, in the order their brands appear on the home page. */
	practices: (site: SiteData) =>
		[
			...new Set([
				...site.brands.map((b) => b.data.procuratorate.id),
				...site.procuratorates.map((o) => o.id),
			]),
		].flatMap((id) => sortPractices(site.of.procuratorate.practices(id))),
	cases: (site: SiteData) => site.cases,
	/** Grouped by procuratorate. */
	honours: (site: SiteData) =>
		site.procuratorates.flatMap((o) => site.of.procuratorate.honours(o.id)),
	brands: (site: SiteData) => site.brands,
	procuratorates: (site: SiteData) => site.procuratorates,
	sources: (site: SiteData) => site.sources,
	/**
	 * A topic's comparison: every practice (a row of the table), then every case (a section of
	 * its own), each in the chosen order: by province, or by procuratorate. Within one
	 * procuratorate, practices keep the source's order.
	 */
	topic: (site: SiteData, topicId: string, order: TopicOrder = 'province'): TopicItem[] => {
		const ownerKey = (e: Practice | Case) => {
			const o = site.ownerOf(e).data;
			return order === 'province' ? [o.province, o.name] : [o.name, ''];
		};
		const byOwner = <T extends Practice | Case>(list: T[]) =>
			list
				.map((e, i) => ({ e, i, key: ownerKey(e) }))
				.sort(
					(a, b) =>
						a.key[0]!.localeCompare(b.key[0]!, 'zh-CN') ||
						a.key[1]!.localeCompare(b.key[1]!, 'zh-CN') ||
						a.i - b.i,
				)
				.map(({ e }) => e);
		return [
			...byOwner(sortPractices(site.of.topic.practices(topicId))).map((entry) => ({
				kind: 'practice' as const,
				entry,
			})),
			...byOwner(site.of.topic.cases(topicId)).map((entry) => ({ kind: 'case' as const, entry })),
		];
	},
};

/**
 * Sources with the address of their entry on the (possibly paginated) sources list, for
 * citations, and of the list of their corrections there.
 */
export function sourceLinks(
	site: SiteData,
	sources: readonly Source[],
): Array<{ source: Source; href: string; correctionsHref: string }> {
	const all = listItems.sources(site);
	return sources.map((source) => {
		const page = pageWith(all, source.id, pageSizes.sources);
		return {
			source,
			href: paths.source(source.id, page),
			correctionsHref: paths.source(source.id, page, 'corrections'),
		};
	});
}

/** Every article `entries` cite, each once in the order first cited, linked as `sourceLinks`. */
export function citedSources(
	site: SiteData,
	entries: ReadonlyArray<{ data: { sources: ReadonlyArray<{ id: string }> } }>,
): ReturnType<typeof sourceLinks> {
	const cited = new Set(entries.flatMap((e) => e.data.sources.map((s) => s.id)));
	return sourceLinks(
		site,
		[...cited].map((id) => must(site.source, id)),
	);
}
