/**
 * Where a Chinese heading or label may break a line: between words, never inside one. Browsers
 * break Chinese between any two characters (“特/殊群体保护”); `word-break: auto-phrase` would
 * break by phrases, but Chromium applies it to Japanese only (measured with Chromium 156:
 * lang=zh-CN breaks exactly as without it). So the site marks the places between words itself,
 * at build time, with `<wbr>`, and the elements so marked use `word-break: keep-all`, which
 * leaves those marks (and spaces and punctuation) as their only places to break.
 *
 * A word is what Intl.Segmenter (ICU's dictionary, the one search uses) finds, except that the
 * site's own terms (the search dictionary: 党建, 司法救助金, brand and 院 names…) stay whole,
 * as the search index keeps them (src/lib/search/segment.ts), up to `WHOLE` characters: a longer
 * one (a 院's full name, 上海市人民检察院第一分院) is wider than a card's column, and kept whole
 * the browser breaks it anywhere (“第一分/院”), so it breaks where its own words meet, shorter
 * terms inside it kept whole. A number stays with its unit
 * (2000余万元 never breaks after 余), an ordinal with what it counts (第一分院), and no line starts
 * or ends a text with one character.
 *
 * Runtime: plain Node at build, and the browser tests. Pure; imports nothing.
 */

const HAN = /\p{Script=Han}/u;
/** Marks a line may break before: opening quotes and brackets. */
const OPENING = /[“‘《「『（〈【〔]/u;
/** Marks a line may break after: closing quotes and brackets. */
const CLOSING = /[”’》」』）〉】〕]/u;
/** A number and the characters that extend it (余, 万…): what comes next is its unit. */
const NUMBER_BEFORE = /\d[\d.]*[余多万亿千百十]*$/u;
/**
 * An ordinal (第一, 第十二, 第3): what comes next is what it counts, and stays with it — 第一分院,
 * 第二届, 第三检察部 — where the splitter cuts after the numeral (“…检察院第一/分院”).
 */
const ORDINAL_BEFORE = /第(?:[一二三四五六七八九十百千零〇两]+|\d+)$/u;

/** The site's terms, looked up by where they start. */
export class Terms {
	/** First character → the lengths of the terms it starts, longest first. */
	readonly #lengths = new Map<string, number[]>();
	readonly #words: Set<string>;

	constructor(words: Iterable<string>) {
		this.#words = new Set([...words].filter((w) => w.length > 1));
		for (const w of this.#words) {
			const lengths = this.#lengths.get(w[0]!) ?? [];
			if (!lengths.includes(w.length)) lengths.push(w.length);
			this.#lengths.set(w[0]!, lengths);
		}
		for (const lengths of this.#lengths.values()) lengths.sort((a, b) => b - a);
	}

	static readonly none = new Terms([]);

	/** The length of the longest term of at most `most` characters starting at `at`; 0 if none. */
	longestAt(text: string, at: number, most = Infinity): number {
		for (const n of this.#lengths.get(text[at]!) ?? [])
			if (n <= most && this.#words.has(text.slice(at, at + n))) return n;
		return 0;
	}
}

/** The longest term kept whole on a line (see above). */
export const WHOLE = 8;

let segmenter: Intl.Segmenter | undefined;
const words = () => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

/**
 * The offsets in `text` (UTF-16, each between two characters) where a line may break that the
 * browser would not offer under `word-break: keep-all`: between two Chinese words, before an
 * opening mark and after a closing one that stand against Chinese. Spaces and the breaks after
 * 、，。 are the browser's own and not listed.
 */
export function wordBreaks(text: string, terms: Terms = Terms.none): number[] {
	if (!HAN.test(text)) return [];
	const inside = new Set<number>();
	/** Where a term starts or ends: a word's edge even where the splitter reads across it (未成年|人性|侵). */
	const edges = new Set<number>();
	for (let i = 0; i < text.length;) {
		const n = terms.longestAt(text, i, WHOLE);
		for (let k = i + 1; k < i + n; k++) inside.add(k);
		if (n > 1) edges.add(i).add(i + n);
		i += Math.max(n, 1);
	}
	const starts = new Set(
		[...words().segment(text)].map((s) => s.index).filter((at) => !inside.has(at)),
	);
	const all = [...new Set([0, ...starts, ...edges, text.length])].sort((a, b) => a - b);
	// An edge the splitter did not find is taken only between two pieces of two characters or
	// more: 未成年人|性侵, never 蓬安|县.
	const candidates = all.filter(
		(at, k) => starts.has(at) || (at - all[k - 1]! > 1 && all[k + 1]! - at > 1),
	);
	const out: number[] = [];
	for (const index of candidates) {
		// A character alone on a line reads as a misprint (“出/处”, “数/说”): the splitter cuts
		// some two-character words, so neither end of a text is left to one character.
		const before = text[index - 1]!;
		const after = text[index]!;
		// A mark is no lone character: text that ends with “（” goes on across a tag (改正（<code>…).
		// (No candidate is inside a term: the splitter's were filtered, and edges are between.)
		if ((index <= 1 && !CLOSING.test(before)) || (index >= text.length - 1 && !OPENING.test(after)))
			continue;
		const between =
			(HAN.test(before) &&
				HAN.test(after) &&
				!NUMBER_BEFORE.test(text.slice(0, index)) &&
				!ORDINAL_BEFORE.test(text.slice(0, index))) ||
			((HAN.test(before) || CLOSING.test(before)) && OPENING.test(after)) ||
			(CLOSING.test(before) && HAN.test(after));
		if (between) out.push(index);
	}
	return out;
}

/** `text` cut at its word breaks: the pieces a line may hold whole. */
export function wordPieces(text: string, terms: Terms = Terms.none): string[] {
	const pieces: string[] = [];
	let last = 0;
	for (const at of wordBreaks(text, terms)) {
		pieces.push(text.slice(last, at));
		last = at;
	}
	pieces.push(text.slice(last));
	return pieces;
}
