/**
 * The parts every provenance message shares: where (line, and which attribute of a story
 * component), which article was checked, and the passage of it nearest to what the editor wrote.
 */
import { canonical } from '../../text/canonical.ts';
import type { Article } from './archives.ts';
import type { Piece } from './claims.ts';

/** A problem a check found in one entry: the index adds the file, and the line where a piece lacks one. */
export interface Finding {
	/** The text it is about: its field, line and place in a story come from it. */
	piece?: Piece;
	/** Or the field, line and place, given directly. */
	field?: string;
	line?: number;
	origin?: string;
	message: string;
	fix: string;
}

/** `第 12 行 (line 12)：`, or nothing where the line is unknown. */
export const where = (line: number | undefined, origin?: string) =>
	`${line ? `第 ${line} 行 (line ${line})` : ''}${origin ? `${line ? '，' : ''}${origin}` : ''}${line || origin ? '：' : ''}`;

/** The archive files checked, for a message. */
export const sourceList = (articles: Article[]) => articles.map((s) => s.file).join('、');

/** `中文 (English)` → the Chinese and the English part, so a detail can go between them. */
export function splitBilingual(message: string): [string, string] {
	const at = message.lastIndexOf(' (');
	return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at)];
}

/**
 * The passage of an article nearest to `form`, for the message: aligned on their longest common
 * part, widened by `margin` characters each side (a figure's neighbours show why 1件 is not 31件)
 * or, with `clause`, to whole clauses (a misquotation's nearest passage, wholeClause). None where
 * they share too little to help.
 */
export function nearest(
	form: string,
	article: Article,
	{ margin = 0, clause = false }: { margin?: number; clause?: boolean } = {},
): string | undefined {
	if (form.length > 80) return undefined;
	let best = { length: 1, i: 0, at: -1 };
	for (let i = 0; i < form.length - best.length; i++) {
		for (let j = form.length; j > i + best.length; j--) {
			const at = article.canon.indexOf(form.slice(i, j));
			if (at >= 0) {
				best = { length: j - i, i, at };
				break;
			}
		}
	}
	if (best.at < 0 || best.length < Math.max(2, Math.ceil(form.length / 3))) return undefined;
	const from = best.at - best.i - margin;
	const to = best.at - best.i + form.length + margin;
	return (clause && wholeClause(article, from, to)) || original(article, from, to);
}

/** Where a passage shown from an article may end: clause punctuation, a quotation, a line. */
const CLAUSE_EDGE = /[，。；：！？、,.;:!?“”‘’「」『』《》（）()"'—…\s]/;
/** At most this many characters are added at either end to reach one. */
const WIDEN = 8;
const OPENS = /[“‘「『《（(]/g;
const CLOSES = /[”’」』》）)]/g;

/**
 * The article's text for the canonical range [from, to), widened at each end to the nearest
 * clause edge within `WIDEN` characters, so a passage shown does not start or stop inside a word
 * (“仅帮我们讨回了公道，还帮我们解决了生活的难” read as if the article said 难). Undefined where
 * the widened passage would open or close a quotation it does not hold whole: inside the
 * message's own “…” a lone mark reads as the end of the quotation.
 */
function wholeClause(article: Article, from: number, to: number): string | undefined {
	const { at } = canonical(article.text);
	const text = article.text;
	let start = at[Math.max(0, from)]!;
	let end = at[Math.min(article.canon.length, to) - 1]! + 1;
	for (let n = 0; n < WIDEN && start > 0 && !CLAUSE_EDGE.test(text[start - 1]!); n++) start--;
	for (let n = 0; n < WIDEN && end < text.length && !CLAUSE_EDGE.test(text[end]!); n++) end++;
	const count = (marks: RegExp) => text.slice(start, end).match(marks)?.length ?? 0;
	// A quotation the passage closes, or opens, just outside it is taken in whole.
	if (count(CLOSES) > count(OPENS) && start > 0 && /[“‘「『《（(]/.test(text[start - 1]!)) start--;
	if (count(OPENS) > count(CLOSES) && end < text.length && /[”’」』》）)]/.test(text[end]!)) end++;
	if (count(OPENS) !== count(CLOSES)) return undefined;
	return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** The article's own text for the canonical range [from, to), spaces run together. */
export function original(article: Article, from: number, to: number): string {
	const { at } = canonical(article.text);
	const a = Math.max(0, from);
	const b = Math.min(article.canon.length, to) - 1;
	return article.text.slice(at[a]!, at[b]! + 1).replace(/\s+/g, ' ');
}

/** An article's sentence as printed, shortened to `max` characters around its middle for a message. */
export function shortened(text: string, max = 60): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
