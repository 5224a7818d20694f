/**
 * A topic's pages: which exist (each order of its comparison, paginated, with the topic's counts
 * for the summary line) and what each shows besides the topic itself: the comparison's rows, the
 * cases, the sources, the orders to switch to, and what the first page tells the search index.
 * One place, so the page only lays it out.
 */
import { ui } from '../../i18n/zh-CN.ts';
import type { SearchFacets } from '../search/facets.ts';
import { comparisonGroup, shownColumns } from './comparison.ts';
import type { Topic } from './data.ts';
import { citedSources, listItems, topicOrders, type TopicItem, type TopicOrder } from './lists.ts';
import { listPaths, pageSizes, type ListPage } from './pagination.ts';
import { feedLink } from './feeds.ts';
import { paths } from './paths.ts';
import { shareImageOf } from './share-images.ts';
import { pairLinks } from './topic-pairs.ts';
import type { SiteData } from './site-index.ts';

export interface TopicPageProps {
	topic: Topic;
	order: TopicOrder;
	page: ListPage<TopicItem>;
	before: TopicItem | undefined;
	/** Over the whole topic, not this page: how many 院, practices and cases it has. */
	owners: number;
	practices: number;
	cases: number;
}

/** Every page of every topic, for `getStaticPaths`: `/topics/<id>/`, `…/sort/<order>/`, `…/2/`. */
export function topicPages(site: SiteData) {
	return site.topics.flatMap((topic) =>
		topicOrders.flatMap((order) => {
			const items = listItems.topic(site, topic.id, order);
			const owners = new Set(items.map((item) => item.entry.data.procuratorate.id)).size;
			const practices = items.filter((item) => item.kind === 'practice').length;
			const prefix = order === 'province' ? '' : `sort/${order}`;
			return listPaths(items, pageSizes.topic).map(({ params, props }) => ({
				params: {
					id: topic.id,
					page: [prefix, params.page].filter(Boolean).join('/') || undefined,
				},
				props: {
					...props,
					topic,
					order,
					owners,
					practices,
					cases: items.length - practices,
				} satisfies TopicPageProps,
			}));
		}),
	);
}

export function topicContext(
	site: SiteData,
	{ topic, order, page, practices: practiceCount }: TopicPageProps,
) {
	const entries = page.items.map((item) => item.entry);
	const practices = page.items.flatMap((i) => (i.kind === 'practice' ? [i.entry] : []));
	const cases = page.items.flatMap((i) => (i.kind === 'case' ? [i.entry] : []));
	// Only the first page in the default order is searchable: it stands for the topic. Its facets
	// name the brands and provinces it shows (all of them, unless the topic runs over several
	// pages; a tag per brand of a national topic would outweigh the page).
	const searchable = page.number === 1 && order === 'province';
	const facets: SearchFacets | undefined = searchable
		? {
				type: ui.collections.topics,
				listsBrands: [...new Set(entries.flatMap((e) => site.brandOf(e)?.data.name ?? []))],
				provinces: [...new Set(entries.map((e) => site.ownerOf(e).data.province))],
				topics: [topic.data.name],
				keywords: topic.data.aliases,
			}
		: undefined;
	const groups = [comparisonGroup(site, topic, practices, practiceCount)];
	return {
		/** The comparison table: this page's practices, as the one group of the table. */
		groups,
		/** The columns with something to show in this page's rows. */
		columns: shownColumns(groups),
		/** Pre-built tables of this topic with the topics it goes with most. */
		pairs: pairLinks(site, topic),
		/** The topics the compare script may add: every other topic with practices. */
		others: site.topics
			.filter((t) => t.id !== topic.id && site.of.topic.practices(t.id).length > 0)
			.map((t) => ({ id: t.id, name: t.data.name })),
		/** This topic's feed, where the site has an address to write one. */
		feed: feedLink({ kind: 'topic', topic }),
		cases: cases.map((entry) => ({ entry, owner: site.ownerOf(entry) })),
		/** The orders the comparison is built in, each with its first page. */
		orders: topicOrders.map((o) => ({ order: o, href: paths.topicSorted(topic.id, o) })),
		/** Where this order's pages start, for the pagination. */
		base: paths.topicSorted(topic.id, order),
		sources: citedSources(site, entries),
		facets,
		/** The other orders hold the same entries: only the default one is for search engines. */
		noindex: order !== 'province',
		shareImage: shareImageOf({ kind: 'topics', id: topic.id }),
	};
}

/**
 * The topics most practices share, most first (ties in the topics' own order: the sort is
 * stable), with how many each has: where to start, on the home page and the search page.
 */
export function busiestTopics(site: SiteData, count: number) {
	return site.topics
		.map((t) => ({
			name: t.data.name,
			href: paths.topic(t.id),
			practices: site.of.topic.practices(t.id).length,
		}))
		.filter((t) => t.practices > 0)
		.sort((a, b) => b.practices - a.practices)
		.slice(0, count);
}
