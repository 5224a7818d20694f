/**
 * Marks, in a built page, where headings and labels may break a line: `<wbr>` between words
 * (src/lib/text/line-breaks.ts says why and where), in every heading, table cell, term and
 * description (a brand's 概况) and element carrying the class `keep-words` (card meta lines,
 * source lines), but not in what carries `PROSE_BREAKS` (the topic table: bytes, see there).
 * Their CSS (`word-break: keep-all`, in base.css) then breaks them only there. Done on the
 * page's HTML (src/middleware.ts), so headings the Markdown and MDX bodies write are marked as
 * well as the templates'.
 *
 * Text only: tags, attribute values and entities are left as they are, but for the `aria-label`
 * an element whose words are marked is given (see labelControls).
 */
import { Terms, wordBreaks } from '../text/line-breaks.ts';

/** The class that asks for word breaks on an element that is not a heading or a table header. */
export const KEEP_WORDS = 'keep-words';

const START = new RegExp(
	`<(h[1-6]|th|td|dt|dd)(?=[\\s>])[^>]*>|<([a-zA-Z][\\w-]*)\\s[^>]*\\bclass="(?:[^"]*\\s)?${KEEP_WORDS}(?:\\s[^"]*)?"[^>]*>`,
	'g',
);
const ENTITY = /&[#\w]+;/;
const ENTITIES = new RegExp(`(${ENTITY.source})`);
/** Each element name's start and end tags, made once per name. */
const tagsOf = new Map<string, RegExp>();

/** `html` with `<wbr>` between the words of its headings, table cells, dt/dd and `keep-words` elements. */
export function markWordBreaks(html: string, terms: Terms = Terms.none): string {
	let out = '';
	let last = 0;
	START.lastIndex = 0;
	for (let m = START.exec(html); m; m = START.exec(html)) {
		// An element that asks to break as prose is left as it is (its headings are still marked).
		if (PROSE.test(m[0])) continue;
		const inner = m.index + m[0].length;
		const name = (m[1] ?? m[2])!;
		const end = endOf(html, name, inner);
		const content = labelControls(markInner(html.slice(inner, end), terms));
		out += html.slice(last, m.index) + labelled(m[0], name, content) + content;
		last = end;
		START.lastIndex = end;
	}
	return out + html.slice(last);
}

/**
 * Chromium names an element from its text with a space for every `<wbr>` (“司法救助 融入 巩固”,
 * “编辑 指南”): a link's or button's name would no longer be its visible label, which voice
 * control matches on (WCAG 2.5.3), and a heading or column header would be read, and listed by
 * a screen reader, as words apart. Each is given its text, as shown, as `aria-label`. Only
 * controls inside what was marked can hold `<wbr>`, so only they are looked at.
 */
function labelControls(html: string): string {
	if (!html.includes('<wbr>')) return html;
	return html.replace(
		/<(a|button)\b([^>]*)>([^]*?)<\/\1>/g,
		(control, name: string, attrs: string, inner: string) => {
			if (!inner.includes('<wbr>') || NAMED.test(attrs)) return control;
			return `<${name}${attrs} aria-label="${shownText(inner)}">${inner}</${name}>`;
		},
	);
}

const NAMED = /\saria-label(?:ledby)?=/;
/** The elements a screen reader names from their text and lists or announces by that name. */
const NAMED_FROM_TEXT = /^(?:h[1-6]|th)$/i;

/**
 * A heading's or header's start tag, with its shown text as `aria-label` when its marked content
 * has `<wbr>` outside controls (a link is labelled itself, and names the heading through that).
 * A button in it (a header's 移出 button, shown by a script) is left out of the label: it is no
 * part of what the header names.
 */
function labelled(start: string, name: string, content: string): string {
	if (!NAMED_FROM_TEXT.test(name) || NAMED.test(start)) return start;
	const own = without(content, (_, element) => element === 'button');
	if (!without(own, (_, element) => element === 'a').includes('<wbr>')) return start;
	return `${start.slice(0, -1)} aria-label="${shownText(own)}">`;
}

/**
 * Marked content's text as a reader sees it, for an attribute: no tags, nothing hidden (an SVG,
 * what is aria-hidden or `hidden`), and a space where a block starts or ends, as Chromium names
 * a link of two lines (the home page's 按主题 / 司法救助……).
 */
function shownText(html: string): string {
	let text = shownTexts.get(html);
	if (text === undefined) shownTexts.set(html, (text = readShown(html)));
	return text;
}

/**
 * Labels already read, by their marked content: the same headings (信息来源, 同主题的其他做法)
 * and card titles stand on thousands of pages, as with `known` below.
 */
const shownTexts = new Map<string, string>();

function readShown(html: string): string {
	const shown = without(
		html,
		(tag, element) => element === 'svg' || /\saria-hidden="true"|\shidden(?=[\s=>])/.test(tag),
	);
	const blocks: boolean[] = [];
	return shown
		.replace(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*>/g, (tag, close: string, element: string) => {
			if (VOID.test(element.toLowerCase())) return element.toLowerCase() === 'br' ? ' ' : '';
			const block = close ? blocks.pop() : BLOCK.test(element) || BLOCK_CLASS.test(tag);
			if (!close) blocks.push(block ?? false);
			return block ? ' ' : '';
		})
		.replace(/\s+/g, ' ')
		.trim()
		.replaceAll('"', '&quot;');
}

/** Elements laid out as blocks by default, and the utility classes that make one a block. */
const BLOCK =
	/^(?:address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|section|table|td|th|tr|ul)$/i;
const BLOCK_CLASS = /\sclass="(?:[^"]*\s)?(?:block|flex|grid)(?:\s[^"]*)?"/;

const VOID = /^(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;

/** `html` without the elements whose start tag `drop` picks, each with all it holds. */
function without(html: string, drop: (tag: string, element: string) => boolean): string {
	let out = '';
	let last = 0;
	const tags = /<([a-zA-Z][\w-]*)\b[^>]*>/g;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		const element = m[1]!.toLowerCase();
		if (!drop(m[0], element)) continue;
		out += html.slice(last, m.index);
		if (VOID.test(element) || m[0].endsWith('/>')) last = m.index + m[0].length;
		else {
			const close = html.indexOf('>', endOf(html, element, m.index + m[0].length));
			last = close < 0 ? html.length : close + 1;
		}
		tags.lastIndex = last;
	}
	return out + html.slice(last);
}

/** Where the element `name`, whose content starts at `from`, is closed (its end tag's start). */
function endOf(html: string, name: string, from: number): number {
	let tags = tagsOf.get(name);
	if (!tags) tagsOf.set(name, (tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi')));
	tags.lastIndex = from;
	let depth = 1;
	for (let t = tags.exec(html); t; t = tags.exec(html)) {
		depth += t[1] ? -1 : 1;
		if (depth === 0) return t.index;
	}
	return html.length;
}

/**
 * The class of an element that breaks as prose does (base.css) and is not marked, itself or
 * inside a marked one: a topic's comparison table, where a <wbr> per word in every row put 879
 * of its pages at 10,000 entries over the 15 KB budget for HTML (bench, 2026-12-05).
 */
export const PROSE_BREAKS = 'prose-breaks';
const PROSE = new RegExp(`\\sclass="(?:[^"]*\\s)?${PROSE_BREAKS}(?:\\s[^"]*)?"`);

/** An element's content with its text marked; text that runs across a tag is marked per side. */
function markInner(inner: string, terms: Terms): string {
	let prose: { name: string; depth: number } | undefined;
	return inner.replace(
		/(<(\/?)([a-zA-Z][\w-]*)[^>]*>)|<[^>]*>|[^<]+/g,
		(text, tag?: string, close?: string, name?: string) => {
			if (text.startsWith('<')) {
				const element = name?.toLowerCase();
				if (prose && element === prose.name) prose.depth += close ? -1 : 1;
				else if (!prose && tag && !close && PROSE.test(tag)) prose = { name: element!, depth: 1 };
				if (prose?.depth === 0) prose = undefined;
				return text;
			}
			if (prose) return text;
			return text
				.split(ENTITIES)
				.map((part) => (ENTITY.test(part) ? part : marked(part, terms)))
				.join('');
		},
	);
}

/**
 * Texts already marked, by the terms they were cut with: the same headings, table headers and
 * meta lines stand on thousands of pages (at 10,000 entries cutting them again on every page
 * took 8 s of the build).
 */
const known = new WeakMap<Terms, Map<string, string>>();

function marked(text: string, terms: Terms): string {
	let seen = known.get(terms);
	if (!seen) known.set(terms, (seen = new Map()));
	let out = seen.get(text);
	if (out === undefined) seen.set(text, (out = mark(text, terms)));
	return out;
}

function mark(text: string, terms: Terms): string {
	const at = wordBreaks(text, terms);
	if (at.length === 0) return text;
	let out = '';
	let last = 0;
	for (const i of at) {
		out += `${text.slice(last, i)}<wbr>`;
		last = i;
	}
	return out + text.slice(last);
}
