/**
 * What each paginated list holds, in its order: one definition read by the list pages (their
 * `getStaticPaths`) and by the pages that link into a list (a source's entry on its page).
 */
import { pageSizes, pageWith } from './pagination.ts';
import { paths } from './paths.ts';
import { sortPractices } from './relations.ts';
import type { Case, Practice, SiteData, Source } from './data.ts';

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
	/** Grouped by procuratorate, practices before cases: "who else does this, and how?" */
	topic: (site: SiteData, topicId: string): TopicItem[] => {
		const byOwner = new Map<string, { practices: Practice[]; cases: Case[] }>();
		const of = (id: string) =>
			byOwner.get(id) ?? byOwner.set(id, { practices: [], cases: [] }).get(id)!;
		for (const p of site.of.topic.practices(topicId)) of(p.data.procuratorate.id).practices.push(p);
		for (const c of site.of.topic.cases(topicId)) of(c.data.procuratorate.id).cases.push(c);
		return site.procuratorates.flatMap((o) => {
			const group = byOwner.get(o.id);
			if (!group) return [];
			return [
				...sortPractices(group.practices).map((entry) => ({ kind: 'practice' as const, entry })),
				...group.cases.map((entry) => ({ kind: 'case' as const, entry })),
			];
		});
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
