/**
 * Chinese word segmentation for search, the same on both sides: the index is built from page
 * text cut into words (Node's Intl.Segmenter), and the search page cuts the visitor's query with
 * the browser's Intl.Segmenter (both are ICU's dictionary). Pagefind then indexes plain
 * space-separated words. Pagefind 1.6 can segment Chinese itself (ICU4X), but measured here it
 * cost most of the build's time and memory at scale (see BENCHMARKS.md), and its cut need not
 * match the browser's.
 *
 * ICU's dictionary does not know the site's own terms and cuts many into single characters
 * (党建 → 党|建, 信访人 → 信|访人), so a search for 党建 would match every page holding 党 and
 * 建 anywhere. The site dictionary (dictionary.ts) comes first: where one of its terms starts,
 * the longest is taken whole; the splitter cuts the rest. The index writes a term in several
 * pieces as one Pagefind word joined by `^` (`党^建`): Pagefind indexes such a word whole
 * (党建) and each piece at the same place, so 党建 finds the term exactly and 建 still finds it.
 *
 * `^` also marks, in the indexed text, where a space was put that the page did not have
 * (`融 ^+`), so results show the text as written; a `^` of the page's own is indexed as `＾`.
 *
 * Runtime: the browser (search page) and Node (indexing). Pure; imports nothing of the site.
 */
import { Dictionary } from './dictionary.ts';

const HAN = /\p{Script=Han}/u;
const NATURAL_WORD = /^\p{Script=Han}{2,}$/u;

/** Joins the pieces of one indexed word, and marks a space the page did not have. */
export const CUT = '^';

/** One piece of a cut text: a Chinese word (a term with its `parts`), another word, a space or a mark. */
export interface Token {
	text: string;
	kind: 'han' | 'word' | 'space' | 'mark';
	/** A dictionary term the splitter would cut: its pieces (shorter terms first), for the index. */
	parts?: string[];
}

let segmenter: Intl.Segmenter | null | undefined;
/** The word segmenter, made on first use; null where the browser has none (older engines). */
function wordSegmenter(): Intl.Segmenter | null {
	if (segmenter === undefined)
		segmenter =
			typeof Intl.Segmenter === 'function'
				? new Intl.Segmenter('zh', { granularity: 'word' })
				: null;
	return segmenter;
}

/**
 * The splitter's pieces of `text`, with where each starts. Without Intl.Segmenter each run of
 * Chinese is cut into two-character pieces (most Chinese words have two), so a query still
 * finds pages, if less precisely than with the real segmenter.
 */
function pieces(text: string): Array<{ segment: string; index: number }> {
	const words = wordSegmenter();
	if (words) return [...words.segment(text)];
	const out: Array<{ segment: string; index: number }> = [];
	for (const m of text.matchAll(/\p{Script=Han}+|\s+|[\p{L}\p{N}]+|[^]/gu)) {
		if (!HAN.test(m[0])) out.push({ segment: m[0], index: m.index });
		else
			for (let i = 0; i < m[0].length; i += 2)
				out.push({ segment: m[0].slice(i, i + 2), index: m.index + i });
	}
	return out;
}

const kindOf = (text: string): Token['kind'] =>
	HAN.test(text)
		? 'han'
		: /^\s+$/u.test(text)
			? 'space'
			: /[\p{L}\p{N}]/u.test(text)
				? 'word'
				: 'mark';

/**
 * The text cut into words, site terms first; terms shorter than `below` (for a term's parts).
 * `natural` collects the splitter's own Chinese words of two or more characters.
 */
function cutWith(text: string, dict: Dictionary, below = Infinity, natural?: string[]): Token[] {
	const out: Token[] = [];
	let pos = 0;
	for (const { segment, index } of pieces(text)) {
		if (natural && NATURAL_WORD.test(segment)) natural.push(segment);
		const end = index + segment.length;
		if (end <= pos) continue; // inside a term already taken
		let at = Math.max(index, pos);
		if (!HAN.test(segment)) {
			out.push({ text: text.slice(at, end), kind: kindOf(segment) });
			pos = end;
			continue;
		}
		while (at < end) {
			const n = dict.longestAt(text, at, below);
			if (n > 0) {
				out.push(term(text.slice(at, at + n), dict));
				at += n;
			} else {
				// The splitter's word, unless a term starts inside it and runs past its end
				// (与信|访 holds 信访): then the term is the better cut.
				let stop = at + 1;
				while (stop < end && dict.longestAt(text, stop, below) <= end - stop) stop++;
				const piece = text.slice(at, stop);
				out.push({ text: piece, kind: kindOf(piece) });
				at = stop;
			}
		}
		pos = at;
	}
	return out;
}

const partsCache = new WeakMap<Dictionary, Map<string, string[] | undefined>>();

/** A dictionary term as a token, with the pieces the splitter and shorter terms cut it into. */
function term(text: string, dict: Dictionary): Token {
	let cache = partsCache.get(dict);
	if (!cache) partsCache.set(dict, (cache = new Map()));
	if (!cache.has(text)) {
		const parts: string[] = [];
		for (const t of cutWith(text, dict, text.length)) {
			// Marks (the + of 融+, the · of 船城·摆渡人) stay with the piece before them.
			if (t.kind === 'mark' && parts.length > 0) parts[parts.length - 1] += t.text;
			else if (t.kind !== 'space') parts.push(t.text);
		}
		cache.set(text, parts.length > 1 ? parts : undefined);
	}
	const parts = cache.get(text);
	return parts ? { text, kind: 'han', parts } : { text, kind: 'han' };
}

/**
 * `text` cut into words: the site's terms whole, the rest as the word splitter cuts it.
 * `natural`, if given, collects the splitter's own Chinese words (for those a term cut through).
 */
export function cut(text: string, dict: Dictionary = Dictionary.none, natural?: string[]): Token[] {
	return cutWith(text, dict, Infinity, natural);
}

/** A query as the index holds words: words separated by single spaces, marks left out. */
export function segmentQuery(query: string, dict: Dictionary = Dictionary.none): string {
	if (!HAN.test(query)) return query.replace(/\s+/g, ' ').trim();
	return cut(query, dict)
		.filter((t) => t.kind === 'han' || t.kind === 'word')
		.map((t) => t.text)
		.join(' ');
}

/**
 * Characters Pagefind keeps in the words it indexes and looks up, besides letters and digits
 * (its `includeCharacters`, set where the index is built): without `+`, 融+ was indexed as 融,
 * and a search for it, matched as a prefix, found every word starting with 融 (70 pages, where 4
 * hold 融+). Pagefind reads the list from the index, so the search page keeps them too.
 */
export const INDEX_CHARACTERS = '+';

const NOT_INDEXED = new RegExp(
	`[^\\p{Alphabetic}\\p{N}${INDEX_CHARACTERS.replace(/[\\\]^-]/g, '\\$&')}]`,
	'gu',
);

/**
 * Words of a query (segmentQuery's) as Pagefind looks them up. It indexes only a word's letters,
 * digits and INDEX_CHARACTERS, but drops only punctuation from a query, so any other mark that
 * stayed (a ＝, a ×) would make a word no page holds, and Pagefind would fall back to the longest
 * indexed word the query word starts with.
 */
export const pagefindWords = (words: string): string =>
	words
		.split(' ')
		.map((w) => w.replace(NOT_INDEXED, ''))
		.filter(Boolean)
		.join(' ');

/**
 * What Pagefind is asked for each variant of a query (the query first, then its synonyms'
 * variants; see understand.ts), or null for a variant holding a site term no page holds: it can
 * find nothing, and asking would only get the pages holding a shorter word Pagefind falls back
 * to. Where the query is one word, a variant of several words (智慧党建 → 智慧 党的建设) is
 * asked as a phrase, its words in a row (Pagefind's `"…"`): asked as words, it found pages
 * holding 智慧 in one place and 党的建设 in another, which hold no variant of the query.
 */
export function pagefindQueries(variants: string[], dict: Dictionary): Array<string | null> {
	const words = variants.map((v) => pagefindWords(segmentQuery(v, dict)));
	const oneWord = !(words[0] ?? '').includes(' ');
	return variants.map((v, i) => {
		if (
			segmentQuery(v, dict)
				.split(' ')
				.some((w) => dict.isAbsent(w))
		)
			return null;
		const w = words[i]!;
		return i > 0 && oneWord && w.includes(' ') ? `"${w}"` : w;
	});
}

/** The words the index holds for `text`: every Chinese word, and the parts of each term. */
export function indexWords(text: string, dict: Dictionary = Dictionary.none): string[] {
	return cut(text, dict).flatMap((t) =>
		t.kind === 'han' ? [t.text, ...(t.parts ?? [])] : t.kind === 'word' ? [t.text] : [],
	);
}

const CJK_PUNCTUATION_CHAR = /[\u3000-\u303f\uff00-\uffef“”‘’…—·]/u;
/** A space the page wrote between Chinese characters, as the index writes it (see indexTokens). */
const OWN_SPACE = '\u3000';
/** Where the page had no space: between Chinese, and next to Chinese punctuation, none is shown. */
const quietJoin = (a: string, b: string) =>
	(HAN.test(a.at(-1) ?? '') || CJK_PUNCTUATION_CHAR.test(a.at(-1) ?? '')) &&
	(HAN.test(b[0] ?? '') || CJK_PUNCTUATION_CHAR.test(b[0] ?? ''));

/**
 * `text` as the index should read it: words separated by spaces, a term's pieces joined by `^`.
 * A space put where the page had none is marked `^` too, unless it falls between Chinese (or
 * next to Chinese punctuation), where joinWords takes every space out anyway. The ends are
 * marked as well, since the text beside this one (across a tag) is not known here.
 */
export function indexText(text: string, dict: Dictionary = Dictionary.none): string {
	const own = escapeCut(text);
	return HAN.test(own) ? indexTokens(cut(own, dict)) : own;
}

/** A page's own `^` as the index holds it, so every `^` there is a mark of the indexer's. */
export const escapeCut = (text: string): string => text.replaceAll(CUT, '＾');

/** Tokens (of a text whose own `^` is escaped) written as indexText writes them. */
export function indexTokens(tokens: Token[]): string {
	let out = '';
	let previous: Token | undefined;
	for (const [i, t] of tokens.entries()) {
		// A space the page wrote between Chinese (土乡丹心 检如磐石) is written as U+3000, which
		// Pagefind keeps in titles (and reads as a space), so joinWords can show it again.
		const own = t.kind === 'space' && previous?.kind === 'han' && tokens[i + 1]?.kind === 'han';
		const word = own ? OWN_SPACE : t.parts ? t.parts.join(CUT) : t.text;
		if (previous && previous.kind !== 'space' && t.kind !== 'space') {
			if (previous.kind === 'han' || t.kind === 'han')
				out += quietJoin(previous.text, t.text) ? ' ' : ` ${CUT}`;
		} else if (!previous && t.kind === 'han') out += ` ${CUT}`;
		out += word;
		previous = t;
	}
	return previous?.kind === 'han' ? `${out}${CUT} ` : out;
}

const HAN_CLASS = String.raw`\p{Script=Han}`;
const CJK_PUNCTUATION = String.raw`[\u3000-\u303f\uff00-\uffef“”‘’…—·]`;
const MARK = '(?:</?mark>)?';
const INSERTED_SPACE = new RegExp(
	[
		`(?<=${CJK_PUNCTUATION}${MARK}) +`,
		`(?<! ) +(?=${MARK}${CJK_PUNCTUATION})`,
		`(?<=${HAN_CLASS}${MARK}) +(?=${MARK}${HAN_CLASS})`,
	].join('|'),
	'gu',
);
const CUT_MARK = new RegExp(`\\s*\\${CUT}\\s*`, 'g');

/**
 * Undoes the segmentation for display, in titles, labels and excerpts (which may hold `<mark>`
 * tags): takes out the `^` marks with the spaces put beside them, and the spaces between Chinese
 * characters and next to Chinese punctuation. Spaces the page wrote between a number or Latin
 * word and Chinese stay (“共 12 项”), and between Chinese (“土乡丹心 检如磐石”, written U+3000).
 */
export function joinWords(text: string): string {
	return text.replace(CUT_MARK, '').replace(INSERTED_SPACE, '').replaceAll(OWN_SPACE, ' ').trim();
}
