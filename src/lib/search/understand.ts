/**
 * Query understanding in front of Pagefind: what a visitor typed becomes the searches worth
 * running, and the page says what was done. A pinyin query (`sifa jiuzhu`, `sfjz`) becomes the
 * site's terms that sound so; a slip that turns a site term into a non-term (`检查听证`) is
 * corrected and said so; abbreviations and synonyms from the editors' table add searches, never
 * replace one; question and filler words go before anything is searched; a query naming a topic
 * leads with that topic; and when nothing matches, the closest site terms and topics are offered. Every word it can produce is
 * one the site contains (the vocabulary is built from the content).
 *
 * Runtime: the browser (and Node in tests). Pure but for the vocabulary's fetches.
 */
import type { Dictionary } from './dictionary.ts';
import { joinWords, segmentQuery } from './segment.ts';
import {
	fullPinyin,
	initials,
	isName,
	shardOf,
	type QueryTable,
	type TermRow,
	type Vocabulary,
} from './vocabulary.ts';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** A query normalizeQuery has turned into joined pinyin: Latin letters only. */
export const isPinyin = (query: string): boolean => /^[a-z]{2,}$/.test(query);

const best = (rows: TermRow[], n: number): string[] =>
	[...rows]
		.sort((a, b) => b[2] - a[2])
		.slice(0, n)
		.map((r) => r[0]);

/**
 * The site terms a pinyin query stands for, best first: terms whose whole pinyin it is, else
 * whose initials it is (`sfjz`), else the fewest site terms that spell it in a row
 * (`nongmingong jiuzhu` → `农民工 救助`). Empty when the site has no such words.
 */
export async function pinyinTerms(query: string, vocab: Vocabulary): Promise<string[]> {
	const rows = await vocab.shard(shardOf(query));
	const whole = rows.filter((r) => fullPinyin(r[1]) === query);
	if (whole.length > 0) return best(whole, 3);
	// Initials only for names and longer words: two letters would match dozens of common words.
	const abbreviated = rows.filter(
		(r) => r[1].includes(' ') && initials(r[1]) === query && (isName(r) || [...r[0]].length >= 3),
	);
	if (abbreviated.length > 0) return best(abbreviated, 3);
	const run = await pinyinRun(query, vocab);
	return run ? [run] : [];
}

/** The fewest site terms whose pinyin, in a row, is the query (heaviest on a tie). */
async function pinyinRun(query: string, vocab: Vocabulary): Promise<string | undefined> {
	const path: Array<{ terms: string[]; weight: number } | undefined> = [{ terms: [], weight: 0 }];
	for (let i = 0; i < query.length; i++) {
		const here = path[i];
		if (!here) continue;
		for (const row of await vocab.shard(query[i]!)) {
			const p = fullPinyin(row[1]);
			if (!query.startsWith(p, i)) continue;
			const next = { terms: [...here.terms, row[0]], weight: here.weight + row[2] };
			const there = path[i + p.length];
			if (
				!there ||
				next.terms.length < there.terms.length ||
				(next.terms.length === there.terms.length && next.weight > there.weight)
			)
				path[i + p.length] = next;
		}
	}
	const found = path[query.length];
	return found && found.terms.length > 1 ? found.terms.join(' ') : undefined;
}

/** Every way to read `text` aloud (toneless, joined), at most `limit` of them. */
function readingsOf(text: string, readings: Map<string, string[]>, limit = 32): string[] {
	let out = [''];
	for (const c of text) {
		const rs = readings.get(c);
		if (!rs) return [];
		out = out.flatMap((o) => rs.map((r) => o + r)).slice(0, limit);
	}
	return out;
}

/** Whether swapping `from` for `to` would trade one of a pair kept apart for the other. */
function crossesDistinct(from: string, to: string, distinct: Array<[string, string]>): boolean {
	return distinct.some(([a, b]) =>
		[
			[a, b],
			[b, a],
		].some(([x, y]) => {
			const i = from.indexOf(x!);
			return i >= 0 && to.indexOf(y!) >= 0 && !to.includes(x!);
		}),
	);
}

/**
 * The query with its homophone slips corrected, or undefined when there are none. A slip is a
 * run of whole words that is not a site term but sounds exactly like one (`检查听证` →
 * `检察听证`, `工做` → `工作`); a run that is a term (`检查`) is never touched, and neither is
 * one of a pair the editors keep apart (`监察` is not `检察`).
 */
export async function correctSlips(
	query: string,
	vocab: Vocabulary,
	distinct: Array<[string, string]> = [],
): Promise<string | undefined> {
	if (!HAN.test(query)) return undefined;
	const rows = await vocab.soundsFor(query);
	const readings = await vocab.readings();
	const dict = await vocab.dictionaryFor(query);
	const bySound = new Map<string, TermRow[]>();
	for (const r of rows) {
		const key = fullPinyin(r[1]);
		(bySound.get(key) ?? bySound.set(key, []).get(key)!).push(r);
	}
	let out = query;
	let changed = false;
	for (const run of query.match(HAN_RUN) ?? []) {
		// Spans start and end between the query's own words, so no slip is read across a word.
		const cuts = [0];
		for (const w of segmentQuery(run, dict).split(' ')) cuts.push(cuts.at(-1)! + [...w].length);
		const chars = [...run];
		const spans: Array<[number, number]> = [];
		for (const a of cuts) for (const b of cuts) if (b - a >= 2 && b - a <= 12) spans.push([a, b]);
		spans.sort((x, y) => y[1] - y[0] - (x[1] - x[0]) || x[0] - y[0]);
		const fixed = [...chars];
		const taken = new Array<boolean>(chars.length).fill(false);
		for (const [a, b] of spans) {
			if (taken.slice(a, b).some(Boolean)) continue;
			const span = chars.slice(a, b).join('');
			if (vocab.term(span)) {
				taken.fill(true, a, b);
				continue;
			}
			const sounds = new Set(readingsOf(span, readings));
			const candidates = [...sounds]
				.flatMap((s) => bySound.get(s) ?? [])
				.filter(
					(r) =>
						r[0] !== span &&
						[...r[0]].length === b - a &&
						(isName(r) || r[2] >= 2) &&
						!crossesDistinct(span, r[0], distinct),
				);
			const to = best(candidates, 1)[0];
			if (!to) continue;
			fixed.splice(a, b - a, ...[...to]);
			taken.fill(true, a, b);
			changed = true;
		}
		out = out.replace(run, fixed.join(''));
	}
	return changed ? out : undefined;
}

/**
 * The query and, for each synonym or abbreviation it holds, the query with that word swapped for
 * each other word of its group: expanded, never replaced (the query itself always comes first).
 */
export function expandSynonyms(
	query: string,
	synonyms: string[][],
	limit = 8,
): { variants: string[]; added: string[] } {
	const hits: Array<{ at: number; term: string; group: string[] }> = [];
	for (const group of synonyms)
		for (const term of group)
			for (let at = query.indexOf(term); at >= 0; at = query.indexOf(term, at + 1))
				hits.push({ at, term, group });
	hits.sort((x, y) => y.term.length - x.term.length || x.at - y.at);
	const used: typeof hits = [];
	for (const h of hits)
		if (!used.some((u) => h.at < u.at + u.term.length && u.at < h.at + h.term.length)) used.push(h);
	const variants = [query];
	const added: string[] = [];
	for (const { at, term, group } of used)
		for (const other of group) {
			if (other === term) continue;
			const v = query.slice(0, at) + other + query.slice(at + term.length);
			if (!variants.includes(v) && variants.length <= limit) {
				variants.push(v);
				if (!added.includes(other)) added.push(other);
			}
		}
	return { variants, added };
}

/**
 * The query without its question and filler words (`如何帮助农民工追讨欠薪` → `农民工追讨欠薪`),
 * matched as whole words of the query as the index cuts it (so 党的建设, a site term, keeps its
 * 的), or undefined when it has none or is nothing else.
 */
export function dropFillers(
	query: string,
	fillers: string[],
	dict: Dictionary,
): { query: string; dropped: string[] } | undefined {
	const words = segmentQuery(query, dict).split(' ');
	const filler = new Set(fillers);
	const keep: string[] = [];
	const dropped: string[] = [];
	for (let i = 0; i < words.length;) {
		// A filler may span several of the segmenter's words (有没有 → 有 没有).
		let n = Math.min(4, words.length - i);
		while (n > 0 && !filler.has(words.slice(i, i + n).join(''))) n--;
		if (n > 0) {
			dropped.push(words.slice(i, i + n).join(''));
			i += n;
		} else keep.push(words[i++]!);
	}
	if (dropped.length === 0 || keep.length === 0) return undefined;
	return { query: joinWords(keep.join(' ')), dropped };
}

/**
 * The topic a query names, by its name or one of its other names, as a whole word of the query
 * (so 文化党建, a brand, does not name a topic called 党建), unless a brand bears that name too
 * (智慧党建: the brand's page comes first, as for any brand's name): the longest, or undefined.
 */
export function namedTopic(
	query: string,
	table: Pick<QueryTable, 'topics' | 'brandNamed'>,
	dict: Dictionary,
): { name: string; path: string } | undefined {
	const words = new Set(segmentQuery(query, dict).split(' '));
	for (const n of table.brandNamed ?? []) words.delete(n);
	let found: { name: string; path: string; length: number } | undefined;
	for (const [name, path, aliases] of table.topics)
		for (const n of [name, ...aliases])
			if (words.has(n) && n.length > (found?.length ?? 0)) found = { name, path, length: n.length };
	return found && { name: found.name, path: found.path };
}

function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(
				prev[j]! + 1,
				row[j - 1]! + 1,
				prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		prev = row;
	}
	return prev[b.length]!;
}

export interface Suggestions {
	/** Site terms closest to the query, by characters and by sound. */
	terms: string[];
	/** Topics whose name or other names share words with the query or the terms. */
	topics: Array<{ name: string; path: string }>;
}

/** When nothing matches: the closest site terms (by characters and pinyin) and topics. */
export async function suggest(
	query: string,
	vocab: Vocabulary,
	table: QueryTable,
	limit = 5,
): Promise<Suggestions> {
	const pinyin = isPinyin(query);
	const rows = pinyin ? await vocab.shard(shardOf(query)) : await vocab.shardsFor(query);
	const readings = pinyin ? new Map<string, string[]>() : await vocab.readings();
	const sound = pinyin
		? query
		: (readingsOf(query.replace(/[^\p{Script=Han}]/gu, ''), readings, 1)[0] ?? '');
	const qChars = new Set([...query].filter((c) => HAN.test(c)));
	const scored = rows
		.filter((r) => r[0] !== query && (isName(r) || r[2] >= 2))
		.filter((r) => !crossesDistinct(query, r[0], table.distinct))
		.map((r) => {
			const tChars = [...r[0]];
			const common = tChars.filter((c) => qChars.has(c)).length;
			const byChars = qChars.size > 0 ? (2 * common) / (qChars.size + tChars.length) : 0;
			const p = fullPinyin(r[1]);
			const bySound = sound ? 1 - editDistance(sound, p) / Math.max(sound.length, p.length) : 0;
			return { row: r, score: Math.max(byChars, bySound) };
		})
		.filter((s) => s.score >= 0.6)
		.sort((a, b) => b.score - a.score || b.row[2] - a.row[2]);
	const terms = scored.slice(0, limit).map((s) => s.row[0]);
	const near = [query, ...terms];
	const topics = table.topics
		.filter(([name, , aliases]) =>
			[name, ...aliases].some((n) => near.some((t) => t.includes(n) || n.includes(t))),
		)
		.map(([name, path]) => ({ name, path }));
	return { terms, topics };
}
