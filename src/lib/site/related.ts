/**
 * “同主题的其他做法”: for each of an entry's topics, what other procuratorates do on it, most
 * similar first. A cadre reading one 院's 司法救助 wants the other 院's 司法救助 first, not
 * whatever one topic happens to list. Pure functions over plain data, so they test without Astro
 * and run once per page at build.
 */

import type { Case, Practice, SiteData } from './data.ts';

/** What ranking needs to know of a practice (or of the case or practice being read). */
export interface RelatedItem {
	/** Unique across everything compared (`practices/…`, `cases/…`): words are cached by it. */
	id: string;
	/** The procuratorate it belongs to: the reader's own 院 is left out. */
	owner: string;
	/** Topic ids, in the entry's order. */
	topics: readonly string[];
	/** Its words: title, summary and named mechanisms, run together. */
	text: string;
}

export interface RelatedGroup<T> {
	/** The topic these practices share with the entry. */
	topic: string;
	/** The most similar ones, at most `limit`. */
	items: T[];
	/** How many other procuratorates' practices the topic has in all (for “查看全部”). */
	total: number;
}

const bigramCache = new Map<string, Set<string>>();

/**
 * The two-character runs of the Han text: Chinese has no spaces, and shared two-character runs
 * (救助, 司法, 听证) track shared words well without a dictionary. Cached per entry id.
 */
export function bigrams(text: string, cacheKey?: string): Set<string> {
	const cached = cacheKey === undefined ? undefined : bigramCache.get(cacheKey);
	if (cached) return cached;
	const set = new Set<string>();
	for (const run of text.match(/\p{Script=Han}+/gu) ?? [])
		for (let i = 0; i + 2 <= run.length; i++) set.add(run.slice(i, i + 2));
	if (cacheKey !== undefined) bigramCache.set(cacheKey, set);
	return set;
}

/** Share of words in common (Jaccard), from 0 (none) to 1 (the same words). */
export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const w of small) if (large.has(w)) shared++;
	return shared / (a.size + b.size - shared);
}

/**
 * How alike two entries are: each shared topic counts 1, shared words add less than 1, so
 * topics decide and words break ties.
 */
export function similarity(entry: RelatedItem, other: RelatedItem): number {
	const shared = other.topics.filter((t) => entry.topics.includes(t)).length;
	return (
		shared + wordSimilarity(bigrams(entry.text, entry.id), bigrams(other.text, other.id)) * 0.99
	);
}

/**
 * For each of the entry's topics, other procuratorates' practices on it, most similar first
 * (then by title, for a stable order). A practice that shares several topics is listed once,
 * under the entry's first topic it shares; topics with nothing left are dropped.
 */
export function relatedByTopic<T extends RelatedItem & { title: string }>(
	entry: RelatedItem,
	practicesOf: (topic: string) => readonly T[],
	limit = 4,
): Array<RelatedGroup<T>> {
	const shown = new Set<string>([entry.id]);
	return entry.topics.flatMap((topic) => {
		const others = practicesOf(topic).filter((p) => p.owner !== entry.owner && p.id !== entry.id);
		const ranked = others
			.filter((p) => !shown.has(p.id))
			.map((p) => ({ p, score: similarity(entry, p) }))
			.sort((a, b) => b.score - a.score || a.p.title.localeCompare(b.p.title, 'zh-CN'))
			.slice(0, limit)
			.map(({ p }) => p);
		for (const p of ranked) shown.add(p.id);
		return ranked.length > 0 ? [{ topic, items: ranked, total: others.length }] : [];
	});
}

/** An entry as ranking sees it. */
function asItem(e: Practice | Case): RelatedItem {
	const d = e.data;
	const words = [d.title, d.summary, ...('named' in d ? d.named.map((n) => n.name) : [])];
	return {
		id: `${e.collection}/${e.id}`,
		owner: d.procuratorate.id,
		topics: d.topics.map((t) => t.id),
		text: words.join('。'),
	};
}

// Every practice page ranks the same candidates: make each one once per build.
const candidates = new WeakMap<Practice, RelatedItem & { title: string; entry: Practice }>();

/** The related practices of a practice or case page, read from the site's topic index. */
export function relatedEntries(
	site: SiteData,
	entry: Practice | Case,
	limit = 4,
): Array<RelatedGroup<Practice>> {
	const of = (p: Practice) => {
		let item = candidates.get(p);
		if (!item) candidates.set(p, (item = { ...asItem(p), title: p.data.title, entry: p }));
		return item;
	};
	return relatedByTopic(
		asItem(entry),
		(topic) => site.of.topic.practices(topic).map(of),
		limit,
	).map((g) => ({ ...g, items: g.items.map((i) => i.entry) }));
}
