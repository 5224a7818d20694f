/**
 * The site dictionary (src/lib/search/dictionary.ts), made from the content at build time: the
 * names the content gives (topic names and aliases, brand names and slogans, procuratorates and
 * places, named mechanisms, honour titles), the words of the search table (synonyms, pairs kept
 * apart, fillers, and the words editors list to keep whole), and the words of titles (what
 * titles quote, and the word splitter's own words in them, so the browser's splitter and
 * Node's cannot cut them differently).
 */
import { cut } from '../search/segment.ts';

/**
 * Longer names are phrases, not words: a visitor types a part of them, and a term indexed whole
 * divides its weight among its parts (Pagefind), so a 20-character name would rank its words
 * far below the same words in a sentence.
 */
export const MAX_TERM_LENGTH = 12;

const HAN_START = /^\p{Script=Han}/u;
/** Quoted within a title: “四化工作法”, 《…》. */
const QUOTED = /[“「『《]([^”」』》]+)[”」』》]/gu;

export interface DictionarySource {
	/** Names the content gives and the search table's words. */
	names: string[];
	/** Titles of entries (practices, cases, honours, topics, brands). */
	titles: string[];
}

/** A term the dictionary can hold: starts with Chinese, no spaces, two to MAX_TERM_LENGTH long. */
export function isTerm(word: string): boolean {
	const n = [...word].length;
	return HAN_START.test(word) && !/\s/u.test(word) && n >= 2 && n <= MAX_TERM_LENGTH;
}

/** The dictionary's words, sorted (a stable file from one build to the next). */
export function buildDictionary({ names, titles }: DictionarySource): string[] {
	const words = new Set<string>();
	const add = (w: string) => {
		const t = w.trim();
		if (isTerm(t)) words.add(t);
	};
	names.forEach(add);
	for (const title of titles) {
		for (const m of title.matchAll(QUOTED)) add(m[1]!);
		for (const t of cut(title)) if (t.kind === 'han') add(t.text);
	}
	return [...words].sort();
}
