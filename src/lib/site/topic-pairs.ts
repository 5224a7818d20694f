/**
 * Two topics in one table without JavaScript: pre-built pages for the pairs that exist in the
 * content — each topic with the `partnersPerTopic` topics it shares the most practices and cases
 * with (an entry filed under both says the two go together in someone's work). Any other pair,
 * and a third topic, is added on the topic page by its script. So the pages grow with the number
 * of topics (at most `partnersPerTopic` per topic), never with their square or with the entries:
 * 35 pages for the 25 real topics, 88 for the bench corpus's 65 at 3,000 entries (at most 130;
 * BENCHMARKS.md), each holding at most `pairRows` rows per topic, like one page of a topic's table.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { comparisonGroup, shownColumns } from './comparison.ts';
import type { Topic } from './data.ts';
import { citedSources, listItems } from './lists.ts';
import { pageSizes } from './pagination.ts';
import { paths } from './paths.ts';
import type { SiteData } from './site-index.ts';

/** How many pair pages each topic links to. */
export const partnersPerTopic = 2;

/** Rows per topic on a pair page: two topics fill one page of a topic's table. */
export const pairRows = pageSizes.topic / 2;

const cache = new WeakMap<SiteData, Map<string, Topic[]>>();

/**
 * Each topic's partners, most shared entries first (then in the topics' order): topics that
 * share at least one practice or case with it, both having practices to compare.
 */
export function topicPartners(site: SiteData): Map<string, Topic[]> {
	const cached = cache.get(site);
	if (cached) return cached;
	const shared = new Map<string, Map<string, number>>();
	for (const e of [...site.practices, ...site.cases]) {
		const ids = [...new Set(e.data.topics.map((t) => t.id))];
		for (const a of ids)
			for (const b of ids) {
				if (a === b) continue;
				const counts = shared.get(a) ?? shared.set(a, new Map()).get(a)!;
				counts.set(b, (counts.get(b) ?? 0) + 1);
			}
	}
	const hasRows = (t: Topic) => site.of.topic.practices(t.id).length > 0;
	const rank = new Map(site.topics.map((t, i) => [t.id, i]));
	const partners = new Map(
		site.topics.filter(hasRows).map((topic) => {
			const counts = shared.get(topic.id) ?? new Map<string, number>();
			const list = site.topics
				.filter((t) => counts.has(t.id) && hasRows(t))
				.sort((x, y) => counts.get(y.id)! - counts.get(x.id)! || rank.get(x.id)! - rank.get(y.id)!)
				.slice(0, partnersPerTopic);
			return [topic.id, list];
		}),
	);
	cache.set(site, partners);
	return partners;
}

/** Every pre-built pair, each once, the earlier topic (in the topics' order) first. */
export function topicPairs(site: SiteData): Array<[Topic, Topic]> {
	const rank = new Map(site.topics.map((t, i) => [t.id, i]));
	const pairs = new Map<string, [Topic, Topic]>();
	for (const [id, partners] of topicPartners(site)) {
		const topic = site.topic.get(id)!;
		for (const other of partners) {
			const pair: [Topic, Topic] =
				rank.get(topic.id)! < rank.get(other.id)! ? [topic, other] : [other, topic];
			pairs.set(`${pair[0].id}/${pair[1].id}`, pair);
		}
	}
	return [...pairs.values()].sort(
		([a1, b1], [a2, b2]) =>
			rank.get(a1.id)! - rank.get(a2.id)! || rank.get(b1.id)! - rank.get(b2.id)!,
	);
}

/** The pair pages a topic's page links to, with the other topic's name. */
export function pairLinks(site: SiteData, topic: Topic): Array<{ name: string; href: string }> {
	const rank = new Map(site.topics.map((t, i) => [t.id, i]));
	return (topicPartners(site).get(topic.id) ?? []).map((other) => ({
		name: other.data.name,
		href:
			rank.get(topic.id)! < rank.get(other.id)!
				? paths.topicPair(topic.id, other.id)
				: paths.topicPair(other.id, topic.id),
	}));
}

/** `getStaticPaths` of `/topics/compare/<a>/<b>/`. */
export function pairPages(site: SiteData) {
	return topicPairs(site).map(([a, b]) => ({ params: { a: a.id, b: b.id }, props: { a, b } }));
}

/** What a pair page shows: both topics' first rows in one table, and where the rest are. */
export function pairContext(site: SiteData, a: Topic, b: Topic) {
	const topics = [a, b].map((topic) => {
		const practices = listItems
			.topic(site, topic.id)
			.flatMap((item) => (item.kind === 'practice' ? [item.entry] : []));
		return { topic, shown: practices.slice(0, pairRows), total: practices.length };
	});
	const groups = topics.map((t) => comparisonGroup(site, t.topic, t.shown, t.total));
	const names = [a.data.name, b.data.name];
	return {
		title: ui.compare.pairTitle(names),
		caption: ui.topic.compareCaptionMany(names),
		groups,
		columns: shownColumns(groups),
		/** The articles the rows cite, in full, as a topic's own page lists them. */
		sources: citedSources(
			site,
			topics.flatMap((t) => t.shown),
		),
	};
}
