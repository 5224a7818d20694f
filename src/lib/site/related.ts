/**
 * “同主题的其他做法”: for each of an entry's topics, what other procuratorates do on it, most
 * similar first, and what the same 院 does on it besides. A cadre reading one 院's 司法救助 wants
 * the other 院's 司法救助 first, not whatever one topic happens to list, and then how this 院's
 * other work on it fits together. Pure functions over plain data, so they test without Astro and
 * run once per page at build.
 */

import type { Case, Practice } from './data.ts';
import type { SiteData } from './site-index.ts';

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
	/** Other procuratorates' practices on it, the most similar ones, at most `limit`. */
	items: T[];
	/** How many other procuratorates' practices the topic has in all (for “查看全部”). */
	total: number;
	/** The same 院's other practices on it, most similar first, at most `limit`. */
	own: T[];
	/** How many the same 院 has on it besides the entry. */
	ownTotal: number;
}

/**
 * The two-character runs of the Han text: Chinese has no spaces, and shared two-character runs
 * (救助, 司法, 听证) track shared words well without a dictionary. Held as numbers (two UTF-16
 * units in one 32-bit value), sorted and without repeats: at national scale every practice page
 * compares itself with hundreds of others, and merging two sorted number arrays is many times
 * faster than looking strings up in a Set (measured: ranking with Sets of strings took a quarter
 * of a 10,000-entry build).
 */
function bigramCodes(text: string): Uint32Array {
	const codes: number[] = [];
	for (const run of text.match(/\p{Script=Han}+/gu) ?? [])
		for (let i = 0; i + 2 <= run.length; i++)
			codes.push(((run.charCodeAt(i) << 16) | run.charCodeAt(i + 1)) >>> 0);
	const sorted = Uint32Array.from(codes).sort();
	let n = 0;
	for (let i = 0; i < sorted.length; i++)
		if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
	return sorted.slice(0, n);
}

const codeCache = new Map<string, Uint32Array>();
/** An item's bigram codes, made once per build (ids are unique across what is compared). */
function codesOf(item: RelatedItem): Uint32Array {
	let codes = codeCache.get(item.id);
	if (!codes) codeCache.set(item.id, (codes = bigramCodes(item.text)));
	return codes;
}

/** Jaccard over two sorted, duplicate-free code arrays. */
function codeSimilarity(a: Uint32Array, b: Uint32Array): number {
	if (a.length === 0 || b.length === 0) return 0;
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i] === b[j]) {
			shared++;
			i++;
			j++;
		} else if (a[i]! < b[j]!) i++;
		else j++;
	}
	return shared / (a.length + b.length - shared);
}

/**
 * How alike two entries are: each shared topic counts 1, shared words add less than 1, so
 * topics decide and words break ties. The definition; `relatedByTopic` computes the same value
 * through an index (tests hold the two together).
 */
export function similarity(entry: RelatedItem, other: RelatedItem): number {
	let shared = 0;
	for (const t of other.topics) if (entry.topics.includes(t)) shared++;
	return shared + codeSimilarity(codesOf(entry), codesOf(other)) * 0.99;
}

/** Chinese title order (what `localeCompare(…, 'zh-CN')` gives), made once. */
const titleOrder = new Intl.Collator('zh-CN');

type Scored<T> = { p: T; score: number };

/**
 * Keeps `best` the `limit` highest scores in order (then by title), adding `next` if it earns a
 * place: sorting every candidate of a large topic for each page cost more than scoring them.
 */
function keepBest<T extends { title: string }>(
	best: Array<Scored<T>>,
	next: Scored<T>,
	limit: number,
): void {
	const before = (a: Scored<T>, b: Scored<T>) =>
		a.score > b.score || (a.score === b.score && titleOrder.compare(a.p.title, b.p.title) < 0);
	if (best.length === limit && !before(next, best[limit - 1]!)) return;
	// After every equal one: among equals, the list's order stands (as a stable sort keeps it).
	let i = best.length;
	while (i > 0 && before(next, best[i - 1]!)) i--;
	best.splice(i, 0, next);
	if (best.length > limit) best.pop();
}

/**
 * For each of the entry's topics, other procuratorates' practices on it, most similar first
 * (then by title, for a stable order), and the same 院's, ranked alike. A practice that shares
 * several topics is listed once, under the entry's first topic it shares; topics with nothing
 * left are dropped.
 */
export function relatedByTopic<T extends RelatedItem & { title: string }>(
	entry: RelatedItem,
	practicesOf: (topic: string) => readonly T[],
	limit = 4,
): Array<RelatedGroup<T>> {
	if (limit < 1) return [];
	const shown = new Set<string>([entry.id]);
	const mineCodes = codesOf(entry);
	return entry.topics.flatMap((topic) => {
		const list = practicesOf(topic);
		const { postings, codes } = indexOf(list);
		// Shared words with every practice of the topic at once, through the index: only the
		// practices holding one of the entry's bigrams are touched, not every pair of arrays.
		const sharedWords = new Uint16Array(list.length);
		for (const code of mineCodes) for (const at of postings.get(code) ?? []) sharedWords[at]!++;
		let total = 0;
		let ownTotal = 0;
		const best: Array<Scored<T>> = [];
		const own: Array<Scored<T>> = [];
		for (const [at, p] of list.entries()) {
			if (p.id === entry.id) continue;
			const mine = p.owner === entry.owner;
			if (mine) ownTotal++;
			else total++;
			if (shown.has(p.id)) continue;
			let topics = 0;
			for (const t of p.topics) if (entry.topics.includes(t)) topics++;
			const shared = sharedWords[at]!;
			const union = mineCodes.length + codes[at]!.length - shared;
			// The same value as similarity(entry, p), which the tests hold it to.
			const score = topics + (union > 0 && shared > 0 ? shared / union : 0) * 0.99;
			keepBest(mine ? own : best, { p, score }, limit);
		}
		const ranked = best.map(({ p }) => p);
		const ownRanked = own.map(({ p }) => p);
		for (const p of [...ranked, ...ownRanked]) shown.add(p.id);
		return ranked.length + ownRanked.length > 0
			? [{ topic, items: ranked, total, own: ownRanked, ownTotal }]
			: [];
	});
}

interface TopicIndex {
	/** Bigram code → positions in the list of the practices holding it. */
	postings: Map<number, number[]>;
	/** Each practice's bigram codes, by position. */
	codes: Uint32Array[];
}
const indexes = new WeakMap<readonly RelatedItem[], TopicIndex>();

/** The bigram index of one topic's practices, made once per list. */
function indexOf(list: readonly RelatedItem[]): TopicIndex {
	let index = indexes.get(list);
	if (index) return index;
	const codes = list.map(codesOf);
	const postings = new Map<number, number[]>();
	for (const [at, cs] of codes.entries())
		for (const c of cs) {
			const post = postings.get(c);
			if (post) post.push(at);
			else postings.set(c, [at]);
		}
	indexes.set(list, (index = { postings, codes }));
	return index;
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

type Candidate = RelatedItem & { title: string; entry: Practice };
// Every practice page ranks the same candidates: make each topic's list once per build.
const candidates = new WeakMap<SiteData, Map<string, Candidate[]>>();
function candidatesOf(site: SiteData, topic: string): Candidate[] {
	let byTopic = candidates.get(site);
	if (!byTopic) candidates.set(site, (byTopic = new Map()));
	let list = byTopic.get(topic);
	if (!list)
		byTopic.set(
			topic,
			(list = site.of.topic
				.practices(topic)
				.map((p) => ({ ...asItem(p), title: p.data.title, entry: p }))),
		);
	return list;
}

/** The related practices of a practice or case page, read from the site's topic index. */
export function relatedEntries(
	site: SiteData,
	entry: Practice | Case,
	limit = 4,
): Array<RelatedGroup<Practice>> {
	return relatedByTopic(asItem(entry), (topic) => candidatesOf(site, topic), limit).map((g) => ({
		...g,
		items: g.items.map((i) => i.entry),
		own: g.own.map((i) => i.entry),
	}));
}
