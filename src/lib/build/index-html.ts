/**
 * A built page as Pagefind should read it, and what it holds. Pagefind indexes words separated
 * by spaces; this puts them there (segment.ts, site terms whole), in the marked main content and
 * in the metadata Pagefind searches too (type, brand, owner, keywords), leaving tags, attribute
 * values other than those, and entities alone: filter values such as brand names stay whole.
 *
 * No single cut holds every word a page contains: a term may overlap another (司法救助金 holds
 * 司法救助 and 救助金, and only one can be a word), hold one of its own (国家司法救助 holds
 * 救助, a piece of its piece 司法救助), stand across a tag (`<a>心桥</a>检察室`), or take the
 * first characters of a word the splitter found (并未检查 cut 并|未检|查 holds 检查). The terms
 * and words a page contains but its words do not are added at the end of its marked content,
 * bracketed as text that is not prose, so Pagefind indexes them but no excerpt shows them, and
 * a search for any site term finds every page holding it.
 *
 * Runtime: Node, after the build (src/lib/build/search-index.ts). Pure.
 */
import type { Dictionary } from '../search/dictionary.ts';
import { excerptSkip, skipEnd, skipStart } from '../search/sections.ts';
import { cut, escapeCut, indexTokens } from '../search/segment.ts';

const HAN = /\p{Script=Han}/u;
/** Elements that have no end tag. */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
const SKIP_ATTRIBUTE = Object.keys(excerptSkip)[0]!;
const QUOTATION_MARKS = /[“”‘’《》「」『』"]/g;

/** Elements whose start or end separates words, as in a browser's layout. */
const BLOCK =
	/^(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|td|th|tr|ul)$/i;

/** One text's cut, computed once per build for every page that repeats it. */
interface Cut {
	/** The text as indexed. */
	text: string;
	/** The words it is indexed as (terms with their parts). */
	words: string[];
	/** The splitter's own words of two or more characters, for those a term cut through. */
	natural: string[];
}

export interface PreparedPage {
	html: string;
	/** The dictionary terms the page holds, in its text or its searched metadata. */
	terms: Set<string>;
}

/** Prepares pages for the index with one dictionary; repeated texts are cut once. */
export function pageIndexer(dict: Dictionary): (html: string) => PreparedPage {
	// At 10,000 entries only 41% of the indexed characters are unique (labels, names, the
	// summaries lists repeat), and cutting was most of the time spent adding pages to the index.
	const cuts = new Map<string, Cut>();
	const cutOf = (text: string): Cut => {
		let c = cuts.get(text);
		if (!c) {
			const own = escapeCut(text);
			if (!HAN.test(own)) c = { text: own, words: [], natural: [] };
			else {
				const natural: string[] = [];
				const tokens = cut(own, dict, natural);
				const words = tokens.flatMap((t) => (t.kind === 'han' ? [t.text, ...(t.parts ?? [])] : []));
				const kept = new Set(words);
				c = {
					text: indexTokens(tokens),
					words,
					natural: natural.filter((w) => !kept.has(w)),
				};
			}
			cuts.set(text, c);
		}
		return c;
	};
	// Headings mark where a line may break between words (src/lib/site/word-breaks.ts); for the
	// index their text is one text, cut as the rest of the page is.
	return (html) => prepare(html.replaceAll('<wbr>', ''), dict, cutOf);
}

function prepare(html: string, dict: Dictionary, cutOf: (text: string) => Cut): PreparedPage {
	const start = html.indexOf('data-pagefind-body');
	if (start < 0) return { html, terms: new Set() };
	const indexed = new Set<string>();
	const natural = new Set<string>();
	/** The page's text as a reader sees it: blocks apart, inline elements run together. */
	const plain: string[] = [];
	/** Cuts `text`; what Pagefind indexes of it counts as the page's words (`counted`). */
	const take = (text: string, counted: boolean): string => {
		const c = cutOf(text);
		if (counted) {
			for (const w of c.words) indexed.add(w);
			for (const w of c.natural) natural.add(w);
		}
		return c.text;
	};

	// The body's text starts after the tag that marks it.
	const open = html.lastIndexOf('<', start);
	const bodyStart = html.indexOf('>', start) + 1;
	const bodyEnd = elementEnd(html, open);
	// Pagefind finds no page by a word of its metadata (measured with 1.6), so metadata (the
	// labels results show) is left as written: its words are the page's, added with the others
	// its cut text lacks.
	for (const m of html
		.slice(0, bodyStart)
		.matchAll(/<meta name="pagefind-meta-[^"]*" content="([^"]*)"/g))
		plain.push(m[1]!, '\n');
	const head = html.slice(0, bodyStart);
	// Text outside the marked content, or inside an element it keeps out of the index
	// (data-pagefind-ignore), is not searched: its words are not the page's.
	let ignored: { name: string; depth: number } | undefined;
	const body = html
		.slice(bodyStart)
		.replace(
			/<(script|style)\b[^]*?<\/\1>|<!--[^]*?-->|(<(\/?)([a-zA-Z][\w-]*)[^>]*>)|([^<]+)/g,
			(m, raw, tag, close: string, name: string, _text, offset: number) => {
				if (tag) {
					if (ignored && name.toLowerCase() === ignored.name)
						ignored.depth += close ? -1 : tag.endsWith('/>') ? 0 : 1;
					if (ignored?.depth === 0) ignored = undefined;
					else if (
						!ignored &&
						!close &&
						/\sdata-pagefind-ignore\b/.test(tag) &&
						!/\/>$/.test(tag) &&
						!VOID.test(name)
					)
						ignored = { name: name.toLowerCase(), depth: 1 };
					if (BLOCK.test(name)) plain.push('\n');
					return m;
				}
				if (raw) return m;
				const searched = !ignored && bodyStart + offset < bodyEnd;
				if (searched) plain.push(m);
				return take(m, searched);
			},
		);

	// Names are kept without the quotation marks they are often written in (“晨曦行动”党支部),
	// so a page holds a term with or without them.
	const text = plain.join('');
	const terms = new Set<string>();
	for (const t of [text, text.replace(QUOTATION_MARKS, '')])
		for (let i = 0; i < t.length; i++) for (const w of dict.allAt(t, i)) terms.add(w);
	const missing = [...new Set([...terms, ...natural])].filter((w) => !indexed.has(w));
	const marked = bracketSkipped(head + body);
	if (missing.length === 0) return { html: marked, terms };
	// Inside the marked content, where Pagefind indexes words (it does not look words of its
	// metadata up: measured with 1.6, a word only there found the pages of a shorter one), and
	// bracketed like other text that is not prose, so no excerpt comes from it.
	const end = elementEnd(marked, marked.lastIndexOf('<', marked.indexOf('data-pagefind-body')));
	const words = `<div> ${skipStart} ${missing.join(' ')} ${skipEnd} </div>`;
	return { html: marked.slice(0, end) + words + marked.slice(end), terms };
}

/** Where the element opened at `open` in `html` is closed (its end tag's start), or the end. */
function elementEnd(html: string, open: number): number {
	const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(open))?.[1] ?? '';
	const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
	tags.lastIndex = open;
	let depth = 0;
	for (let t = tags.exec(html); t; t = tags.exec(html)) {
		depth += t[1] ? -1 : 1;
		if (depth === 0) return t.index;
	}
	return html.length;
}

/**
 * Puts `skipStart` and `skipEnd` around the text of every element carrying `excerptSkip`, as
 * words of their own, so excerpts can leave it out (src/lib/search/excerpt.ts).
 */
export function bracketSkipped(html: string): string {
	const open = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\s${SKIP_ATTRIBUTE}(?:=""|\\b)[^>]*>`, 'g');
	let out = '';
	let last = 0;
	for (let m = open.exec(html); m; m = open.exec(html)) {
		const name = m[1]!.toLowerCase();
		const inner = m.index + m[0].length;
		// The matching end tag: count the same element opened and closed inside.
		const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
		tags.lastIndex = inner;
		let depth = 1;
		let end = html.length;
		for (let t = tags.exec(html); t; t = tags.exec(html)) {
			depth += t[1] ? -1 : 1;
			if (depth === 0) {
				end = t.index;
				break;
			}
		}
		out += `${html.slice(last, inner)} ${skipStart} ${html.slice(inner, end)} ${skipEnd} `;
		last = end;
		open.lastIndex = end;
	}
	return out + html.slice(last);
}
