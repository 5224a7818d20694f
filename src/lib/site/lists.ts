/**
 * What each paginated list holds, in its order: one definition read by the list pages (their
 * `getStaticPaths`) and by `/sitemap.xml` (which lists every page of every list), so the two
 * cannot disagree about how many pages a list has.
 */
import { pageSizes } from './pagination.ts';
import { paths } from './paths.ts';
import { sortPractices } from './relations.ts';
import type { Case, Practice, SiteData } from './data.ts';

/** An entry on a topic's page. */
export type TopicItem = { kind: 'practice'; entry: Practice } | { kind: 'case'; entry: Case };

export const listItems = {
	/** Grouped by procuratorate, in the order their brands appear on the home page. */
	practices: (site: SiteData) =>
		[...new Set([...site.brands.map((b) => b.data.procuratorate.id), ...site.procuratorates.map((o) => o.id)])].flatMap((id) => sortPractices(site.of.procuratorate.practices(id))),
	cases: (site: SiteData) => site.cases,
	/** Grouped by procuratorate. */
	honours: (site: SiteData) => site.procuratorates.flatMap((o) => site.of.procuratorate.honours(o.id)),
	brands: (site: SiteData) => site.brands,
	procuratorates: (site: SiteData) => site.procuratorates,
	sources: (site: SiteData) => site.sources,
	/** Grouped by procuratorate, practices before cases: "who else does this, and how?" */
	topic: (site: SiteData, topicId: string): TopicItem[] => {
		const byOwner = new Map<string, { practices: Practice[]; cases: Case[] }>();
		const of = (id: string) => byOwner.get(id) ?? byOwner.set(id, { practices: [], cases: [] }).get(id)!;
		for (const p of site.of.topic.practices(topicId)) of(p.data.procuratorate.id).practices.push(p);
		for (const c of site.of.topic.cases(topicId)) of(c.data.procuratorate.id).cases.push(c);
		return site.procuratorates.flatMap((o) => {
			const group = byOwner.get(o.id);
			if (!group) return [];
			return [...sortPractices(group.practices).map((entry) => ({ kind: 'practice' as const, entry })), ...group.cases.map((entry) => ({ kind: 'case' as const, entry }))];
		});
	},
};

/** Every paginated list but the sitemap page's own: its first page, its length and page size. */
export function paginatedLists(site: SiteData): Array<{ base: string; total: number; size: number }> {
	return [
		{ base: paths.practices(), total: listItems.practices(site).length, size: pageSizes.practices },
		{ base: paths.cases(), total: listItems.cases(site).length, size: pageSizes.cases },
		{ base: paths.honours(), total: listItems.honours(site).length, size: pageSizes.honours },
		{ base: paths.brands(), total: listItems.brands(site).length, size: pageSizes.brands },
		{ base: paths.procuratorates(), total: listItems.procuratorates(site).length, size: pageSizes.procuratorates },
		{ base: paths.sources(), total: listItems.sources(site).length, size: pageSizes.sources },
		...site.topics.map((t) => ({ base: paths.topic(t.id), total: listItems.topic(site, t.id).length, size: pageSizes.topic })),
	];
}
