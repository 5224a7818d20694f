/**
 * The articles as the checks read them: each source's archived text (`content/sources/<id>.txt`,
 * or its simplified copy) in the shared canonical form, cut into paragraphs and sentences, with
 * the numbers it states. Sentences matter because several facts must stand together in one of
 * them: an honour's title and its recipient, a year and the event it dates, a quotation and the
 * person who said it. Everything past the canonical text is worked out on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Correction } from '../../../schemas/sources.ts';
import { canonical } from '../../text/canonical.ts';
import { answeringKeys, quantities } from '../../text/numbers.ts';

/** An article as the checks read it: its archived text and its corrections. */
export interface ArchivedSource {
	/** The source's id, e.g. `huzhu-tuxiang-danxin`. */
	id: string;
	/** The archive file checked against, relative to the project, for messages. */
	file: string;
	/** The archived text checked against (the simplified copy, where there is one). */
	text: string;
	/** The source's corrections list. */
	corrections: Correction[];
}

/** A correction in canonical form. */
export interface CanonicalCorrection {
	correction: Correction;
	printed: string;
	written: string;
}

/**
 * A source ready to search. The sentences, numbers and runs of its text are made only when a
 * check first needs them, and the runs are let go once its citing entries are read, so 3,600
 * archives never sit in memory in every form at once.
 */
export interface Article extends ArchivedSource {
	canon: string;
	corrected: CanonicalCorrection[];
	/** Whether a canonical form occurs, remembered: the same names are looked up by many entries. */
	has: Map<string, boolean>;
	/** Where each sentence starts in `canon`, and the paragraph it belongs to. */
	sentences?: { starts: number[]; paragraph: number[] };
	/** Each number the article states (every key that answers it) and the sentences it stands in. */
	numbers?: Map<string, number[]>;
	/** Each number the article states, as it writes it, by key, for messages. */
	written?: Map<string, string>;
	/** How many sentences hold a word, remembered per word (`eventWords`). */
	spread?: Map<string, number>;
}

const prepared = new WeakMap<ArchivedSource, Article>();

/** The source in the form the checks search, made once per source object. */
export function prepare(source: ArchivedSource): Article {
	let p = prepared.get(source);
	if (!p) {
		const corrected = source.corrections.map((correction) => ({
			correction,
			printed: canonical(correction.printed).text,
			written: canonical(correction.written).text,
		}));
		p = { ...source, canon: canonical(source.text).text, corrected, has: new Map() };
		prepared.set(source, p);
	}
	return p;
}

/** The archive as published: `content/sources/<id>.txt`. */
export const archiveName = (id: string) => `${id}.txt`;
/** The simplified copy checked against instead, where the published text is not plain simplified Chinese. */
export const simplifiedName = (id: string) => `${id}-simplified.txt`;

/** The archived text of source `id` under `dir` (content/sources): the simplified copy if present, else the published text. */
export function readArchive(dir: string, id: string): { file: string; text: string } | undefined {
	for (const name of [simplifiedName(id), archiveName(id)]) {
		const path = join(dir, name);
		if (existsSync(path)) return { file: path, text: readFileSync(path, 'utf8') };
	}
	return undefined;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Whether `needle` occurs in `hay`; a number is never matched inside a longer number (6 in 26). */
export function occurs(hay: string, needle: string): boolean {
	if (needle === '') return false;
	const numericStart = isDigit(needle[0]);
	const numericEnd = isDigit(needle[needle.length - 1]);
	if (!numericStart && !numericEnd) return hay.includes(needle);
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
		const before = hay[i - 1];
		const after = hay[i + needle.length];
		if (numericStart && (isDigit(before) || before === '.')) continue;
		if (numericEnd && (isDigit(after) || (after === '.' && isDigit(hay[i + needle.length + 1]))))
			continue;
		return true;
	}
	return false;
}

/** Whether the article has `form` (canonical) as printed, remembered per article. */
export function has(article: Article, form: string): boolean {
	let known = article.has.get(form);
	if (known === undefined) article.has.set(form, (known = occurs(article.canon, form)));
	return known;
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** A sentence ends at 。！？ (and the closing quotes after them). */
const SENTENCE_END = /[。！？!?]/;
const CLOSERS = /["'”’」』)）】》]/;
/**
 * A line ends its sentence when it ends in sentence punctuation or an ellipsis, or when it holds
 * no punctuation at all (a heading). A line that breaks off mid-clause (“近年来，支部先后荣获”,
 * then the titles on the next line, then “称号。”) runs on into the next, as the archive of
 * source 000 prints one sentence over three lines.
 */
const LINE_CLOSED = /(?:[。！？!?…]|……)["'”’」』)）]*\s*$|[)）]\s*$/;
const CLAUSE_MARK = /[，,、：:；;“”"]/;
/** A list item starts its own sentence, whatever the line before it. */
const LIST_START =
	/^\s*(?:[-•*·]\s|\d+[.、．)]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])/;

/** Sentence starts (offsets into `text`) and the paragraph of each. */
function sentencesOfText(text: string): { starts: number[]; paragraph: number[] } {
	const starts: number[] = [];
	const paragraph: number[] = [];
	const lines = text.split('\n');
	let offset = 0;
	let para = -1;
	let open = false;
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n]!;
		const blank = line.trim() === '';
		if (blank) {
			open = false;
		} else {
			const next = lines[n + 1] ?? '';
			if (!open || LIST_START.test(line)) {
				para++;
				starts.push(offset + (line.length - line.trimStart().length));
				paragraph.push(para);
			}
			for (let i = 0; i < line.length; i++) {
				if (!SENTENCE_END.test(line[i]!)) continue;
				let j = i + 1;
				while (j < line.length && (CLOSERS.test(line[j]!) || SENTENCE_END.test(line[j]!))) j++;
				while (j < line.length && /\s/.test(line[j]!)) j++;
				if (j < line.length) {
					starts.push(offset + j);
					paragraph.push(para);
				}
				i = j - 1;
			}
			open =
				!LINE_CLOSED.test(line) &&
				CLAUSE_MARK.test(line) &&
				next.trim() !== '' &&
				!LIST_START.test(next);
		}
		offset += line.length + 1;
	}
	return { starts, paragraph };
}

/** The article's sentences, as starts in its canonical text. */
export function sentencesOf(article: Article): { starts: number[]; paragraph: number[] } {
	if (!article.sentences) {
		const { starts, paragraph } = sentencesOfText(article.text);
		const { at } = canonical(article.text);
		// Each original offset to the first canonical character at or after it.
		const canonStart: number[] = [];
		let k = 0;
		for (const start of starts) {
			while (k < at.length && at[k]! < start) k++;
			canonStart.push(k);
		}
		article.sentences = { starts: canonStart, paragraph };
	}
	return article.sentences;
}

/** The index of the sentence holding canonical position `pos`. */
export function sentenceAt(article: Article, pos: number): number {
	const { starts } = sentencesOf(article);
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= pos) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Sentence `k` in canonical form. */
export function sentenceText(article: Article, k: number): string {
	const { starts } = sentencesOf(article);
	return article.canon.slice(starts[k] ?? 0, starts[k + 1] ?? article.canon.length);
}

/** The sentences of the article that contain `form` (canonical), in order. */
export function sentencesWith(article: Article, form: string): number[] {
	const out: number[] = [];
	if (!form) return out;
	for (let i = article.canon.indexOf(form); i >= 0; i = article.canon.indexOf(form, i + 1)) {
		const k = sentenceAt(article, i);
		if (out[out.length - 1] !== k) out.push(k);
	}
	return out;
}

/** The article's paragraph `p` in canonical form. */
export function paragraphText(article: Article, p: number): string {
	const { starts, paragraph } = sentencesOf(article);
	const first = paragraph.indexOf(p);
	const last = paragraph.lastIndexOf(p);
	return article.canon.slice(starts[first] ?? 0, starts[last + 1] ?? article.canon.length);
}

/** The article's numbers: each key that answers a claim, and the sentences it stands in. */
export function numbersOf(article: Article): Map<string, number[]> {
	if (!article.numbers) {
		const numbers = new Map<string, number[]>();
		const written = new Map<string, string>();
		for (const q of quantities(article.canon)) {
			if (!written.has(q.key)) written.set(q.key, article.canon.slice(q.start, q.end));
			const k = sentenceAt(article, q.start);
			for (const key of answeringKeys(q)) {
				const list = numbers.get(key) ?? [];
				if (list[list.length - 1] !== k) list.push(k);
				numbers.set(key, list);
			}
		}
		article.numbers = numbers;
		article.written = written;
	}
	return article.numbers;
}
