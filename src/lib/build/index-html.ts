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
 * and words a page contains but its words do not are listed in one more metadata field,
 * `terms`, which Pagefind searches but results never show, so a search for any site term finds
 * every page holding it.
 *
 * Runtime: Node, after the build (src/lib/build/search-index.ts). Pure.
 */
import type { Dictionary } from '../search/dictionary.ts';
import { excerptSkip, skipEnd, skipStart } from '../search/sections.ts';
import { cut, escapeCut, indexTokens } from '../search/segment.ts';

/** The metadata field holding the words a page contains that its cut text does not. */
export const TERMS_META = 'terms';

const HAN = /\p{Script=Han}/u;
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
	return (html) => prepare(html, dict, cutOf);
}

function prepare(html: string, dict: Dictionary, cutOf: (text: string) => Cut): PreparedPage {
	const start = html.indexOf('data-pagefind-body');
	if (start < 0) return { html, terms: new Set() };
	const indexed = new Set<string>();
	const natural = new Set<string>();
	/** The page's text as a reader sees it: blocks apart, inline elements run together. */
	const plain: string[] = [];
	const take = (text: string): string => {
		const c = cutOf(text);
		for (const w of c.words) indexed.add(w);
		for (const w of c.natural) natural.add(w);
		return c.text;
	};

	// The body's text starts after the tag that marks it.
	const bodyStart = html.indexOf('>', start) + 1;
	const headEnd = html.lastIndexOf('</head>', start);
	const head = html
		.slice(0, bodyStart)
		.replace(
			/(<meta name="pagefind-meta-[^"]*" content=")([^"]*)"/g,
			(_, open: string, value: string) => {
				plain.push(value, '\n');
				return `${open}${take(value)}"`;
			},
		);
	const body = html
		.slice(bodyStart)
		.replace(
			/<(script|style)\b[^]*?<\/\1>|<!--[^]*?-->|(<\/?([a-zA-Z][\w-]*)[^>]*>)|([^<]+)/g,
			(m, _raw, tag, name: string) => {
				if (tag) {
					if (BLOCK.test(name)) plain.push('\n');
					return m;
				}
				if (_raw) return m;
				plain.push(m);
				return take(m);
			},
		);

	// Names are kept without the quotation marks they are often written in (“晨曦行动”党支部),
	// so a page holds a term with or without them.
	const text = plain.join('');
	const terms = new Set<string>();
	for (const t of [text, text.replace(QUOTATION_MARKS, '')])
		for (let i = 0; i < t.length; i++) for (const w of dict.allAt(t, i)) terms.add(w);
	const missing = [...new Set([...terms, ...natural])].filter((w) => !indexed.has(w));
	const meta =
		missing.length > 0
			? `<meta content="${missing.join(' ')}" data-pagefind-meta="${TERMS_META}[content]">`
			: '';
	const marked = bracketSkipped(head + body);
	const at = headEnd >= 0 ? headEnd : 0;
	return { html: marked.slice(0, at) + meta + marked.slice(at), terms };
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
