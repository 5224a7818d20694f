/**
 * Result excerpts that read well: cut from the page's prose only (never its title, labels,
 * tag list, data table, source line, figure tiles or a quotation's credit), starting at the
 * start of a sentence, with whole matched words marked (never single characters such as 人). Pagefind's own excerpt is a window of words
 * around the first match anywhere in the page, so it mixes all of those; here the excerpt is cut
 * from the page text Pagefind returns, split at its section anchors.
 *
 * Runtime: the browser (and Node in tests). Pure.
 */
import type { Dictionary } from './dictionary.ts';
import { isNotBody, skipEnd, skipStart } from './sections.ts';
import { joinWords, segmentQuery } from './segment.ts';

/** What the search page reads of a Pagefind result. */
export interface PageText {
	url: string;
	/** The page's indexed text, words separated by spaces. */
	content: string;
	/** Headings with ids: where each section starts, in words. */
	anchors?: Array<{ id: string; text: string; location: number; element?: string }>;
	meta: Record<string, string | undefined>;
}

const SENTENCE_END = /[。！？；!?]/u;
const CLAUSE_END = /[，、：,:]/u;

export interface Excerpt {
	/** Plain text, starting at a sentence (or, deep in a long sentence, a clause) with … if cut. */
	text: string;
	/** The section it was cut from, when that is a heading of its own: link there. */
	section?: { id: string; title: string };
}

/** The words worth marking in a result: whole words of two or more characters, numbers, Latin. */
export function markTerms(queries: string[], dict: Dictionary): string[] {
	const words = new Set<string>();
	for (const q of queries)
		for (const w of segmentQuery(q, dict).split(' '))
			if ([...w].length >= 2 || (/^[\p{L}\p{N}]+$/u.test(w) && !/\p{Script=Han}/u.test(w)))
				words.add(w);
	return [...words].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The excerpt for a result, about `length` characters, around the first of `terms` in its body. */
export function bodyExcerpt(page: PageText, terms: string[], length = 90): Excerpt {
	const words = page.content.trim().split(/\s+/);
	const anchors = [...(page.anchors ?? [])].sort((a, b) => a.location - b.location);
	const sections: Array<{ id: string; title: string; start: number; end: number }> = anchors.map(
		(a, i) => ({
			id: a.id,
			title: joinWords(a.text),
			start: a.location + a.text.trim().split(/\s+/).length,
			end: anchors[i + 1]?.location ?? words.length,
		}),
	);
	// A subheading belongs to the section above it: the charts under 数据 are not body either.
	const level = (a: { element?: string }) => Number(/^h(\d)$/.exec(a.element ?? '')?.[1] ?? 2);
	const outside: boolean[] = [];
	anchors.forEach((a, i) => {
		let parent = i - 1;
		while (parent >= 0 && level(anchors[parent]!) >= level(a)) parent--;
		outside[i] = isNotBody(a.id) || (parent >= 0 && outside[parent]!);
	});
	let body = sections.filter((s, i) => !outside[i] && s.end > s.start);
	if (body.length === 0) {
		// Pages with no text of their own (a topic): what comes after the title, before any list.
		const title = (page.meta['title'] ?? '').trim().split(/\s+/).length;
		body = [{ id: '', title: '', start: title, end: anchors[0]?.location ?? words.length }];
	}
	const texts = body.map((s) => joinWords(prose(words.slice(s.start, s.end)).join(' ')));
	let chosen = 0;
	let at = -1;
	for (const term of terms) {
		const i = texts.findIndex((t) => t.includes(term));
		if (i >= 0) {
			chosen = i;
			at = texts[i]!.indexOf(term);
			break;
		}
	}
	const text = texts[chosen] ?? '';
	const chars = [...text.slice(0, Math.max(at, 0))].length;
	const all = [...text];
	let start = 0;
	if (at > 0) {
		start = lastBoundary(all, chars, SENTENCE_END);
		if (chars - start > length / 2) start = lastBoundary(all, chars, CLAUSE_END);
		if (chars - start > length / 2) start = Math.max(0, chars - 12);
	}
	let end = Math.min(all.length, start + length);
	const sentenceEnd = all.findIndex((c, i) => i >= end && SENTENCE_END.test(c));
	if (sentenceEnd >= 0 && sentenceEnd - end < 20) end = sentenceEnd + 1;
	const excerpt =
		(start > 0 && !SENTENCE_END.test(all[start - 1] ?? '') ? '…' : '') +
		all.slice(start, end).join('').trim() +
		(end < all.length ? '…' : '');
	const s = body[chosen]!;
	return { text: excerpt, ...(s.id ? { section: { id: s.id, title: s.title } } : {}) };
}

/** The words outside the blocks the indexer bracketed as not prose (figure tiles, credits). */
function prose(words: string[]): string[] {
	let depth = 0;
	return words.filter((w) => {
		if (w.startsWith(skipStart)) depth++;
		else if (w.startsWith(skipEnd)) depth = Math.max(0, depth - 1);
		else return depth === 0;
		return false;
	});
}

/** The index just after the last boundary before `pos`, or 0. */
function lastBoundary(chars: string[], pos: number, boundary: RegExp): number {
	for (let i = pos - 1; i >= 0; i--) if (boundary.test(chars[i]!)) return i + 1;
	return 0;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `text` as HTML with each occurrence of `terms` (longest first, never overlapping) marked. */
export function markHtml(text: string, terms: string[]): string {
	const found: Array<[number, number]> = [];
	for (const term of terms) {
		if (!term) continue;
		for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length))
			if (!found.some(([a, b]) => i < b && a < i + term.length)) found.push([i, i + term.length]);
	}
	found.sort((x, y) => x[0] - y[0]);
	let html = '';
	let last = 0;
	for (const [a, b] of found) {
		html += `${escapeHtml(text.slice(last, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
		last = b;
	}
	return html + escapeHtml(text.slice(last));
}
