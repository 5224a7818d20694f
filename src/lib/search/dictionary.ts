/**
 * The site dictionary: the site's own terms (topic names and aliases, brand names, named
 * mechanisms, the search table's words, the words of titles), which segmentation keeps whole
 * wherever they stand, at index time and at query time alike (segment.ts). Without it the word
 * splitter cuts many of them into single characters (党建 → 党|建), and a search for the term
 * matches pages where the characters stand apart.
 *
 * Built at build time (src/lib/search-build/dictionary-build.ts), served in the search table,
 * read back by the indexer, so both sides cut with the same list. The indexer also records which
 * terms no page holds (`absent`): a query word that no page holds can find nothing, and asking
 * Pagefind would only get pages holding a shorter word it falls back to.
 *
 * Runtime: the browser (search page) and Node (indexing, build). Pure; imports nothing.
 */

const HAN_START = /^\p{Script=Han}/u;

export interface DictionaryData {
	/** The terms, each holding Chinese and starting with it, no spaces. */
	words: string[];
	/** Terms no indexed page holds (filled in by the indexer). */
	absent?: string[];
}

export class Dictionary {
	readonly #words: Set<string>;
	readonly #absent: Set<string>;
	/** First character → the lengths (in UTF-16 units) of the terms it starts, longest first. */
	readonly #lengths = new Map<string, number[]>();

	constructor(data: DictionaryData) {
		this.#words = new Set();
		this.#absent = new Set();
		this.add(data);
	}

	/**
	 * Adds terms to the dictionary. The search page fetches the dictionary in parts (see
	 * vocabulary.ts), each when a query holds a character its terms start with: a text is cut as
	 * the whole dictionary would cut it once every part its characters start is added.
	 */
	add({ words, absent = [] }: DictionaryData): void {
		for (const w of absent) this.#absent.add(w);
		for (const w of words) {
			if (!HAN_START.test(w) || /\s/u.test(w) || this.#words.has(w)) continue;
			this.#words.add(w);
			const first = String.fromCodePoint(w.codePointAt(0)!);
			const lengths = this.#lengths.get(first) ?? [];
			if (!lengths.includes(w.length)) {
				lengths.push(w.length);
				lengths.sort((a, b) => b - a);
			}
			this.#lengths.set(first, lengths);
		}
	}

	/** An empty dictionary: segmentation by the word splitter alone. */
	static readonly none = new Dictionary({ words: [] });

	has(word: string): boolean {
		return this.#words.has(word);
	}

	/** Whether no indexed page holds this term, so a search for it can find nothing. */
	isAbsent(word: string): boolean {
		return this.#absent.has(word);
	}

	get words(): string[] {
		return [...this.#words];
	}

	/**
	 * The length of the longest term starting at `at` in `text`, shorter than `below`; 0 if none.
	 */
	longestAt(text: string, at: number, below = Infinity): number {
		const lengths = this.#lengths.get(String.fromCodePoint(text.codePointAt(at) ?? 0));
		for (const n of lengths ?? [])
			if (n < below && at + n <= text.length && this.#words.has(text.slice(at, at + n))) return n;
		return 0;
	}

	/** Every term starting at `at` in `text`. */
	allAt(text: string, at: number): string[] {
		const out: string[] = [];
		const lengths = this.#lengths.get(String.fromCodePoint(text.codePointAt(at) ?? 0));
		for (const n of lengths ?? []) {
			const w = text.slice(at, at + n);
			if (at + n <= text.length && this.#words.has(w)) out.push(w);
		}
		return out;
	}
}
