/**
 * Provenance: every entry read against the archived text of the articles it cites
 * (`content/sources/<id>.txt`), so the site's promise (facts exact, sentences its own) is checked
 * rather than hoped for:
 * 1. text inside “…” ‘…’ 《…》 「…」 appears verbatim in a cited article;
 * 2. fields the schema marks `exact` (names, titles, slogans, units, years) appear verbatim;
 * 3. each figure's value, 余/多 and unit (or its `display`) appear together;
 * 4. the site's own sentences carry over no run of more than `COPIED_RUN` Han characters;
 * 5. a misprint is corrected only through the source's `corrections` list;
 * 6. reference data (a procuratorate's province, city, county) appears in no entry's text unless
 *    a cited article gives it too.
 * Both sides go through one normalisation first (simplified characters, punctuation variants,
 * whitespace), so only wording counts.
 *
 * Runtime: plain Node, like the rest of the checker. It reads the archives and never writes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/collections.ts';
import { idReference } from '../../schemas/common.ts';
import { schemas } from '../../schemas/index.ts';
import { provenanceFields, type ProvenanceMark } from '../../schemas/provenance.ts';
import type { Correction } from '../../schemas/sources.ts';
import { findPinyinAnnotations, findTraditional, simplifiedChar } from '../text/chinese.ts';
import type { Problem } from './problems.ts';
import { contentDir } from './read.ts';
import type { ValidEntry } from './validate.ts';

/**
 * The longest run of Han characters the site's own text may share with an article. 14 leaves
 * room for the articles' terms of art, which run to 7–10 characters (党建与业务互融互促,
 * 检察听证全覆盖), with a word or two around them; a shared run of 15 or more is a copied
 * clause. It is also the line the five correction passes already worked to, so the content
 * was not rewritten twice. Longer official names are quoted or marked `exact`, and exempt.
 */
export const COPIED_RUN = 14;

// ---------------------------------------------------------------------------------------------
// The shared normalisation

/** Punctuation variants folded to one form; whitespace and Markdown emphasis dropped. */
const FOLD: Record<string, string> = {
	'“': '"',
	'”': '"',
	'„': '"',
	'‟': '"',
	'＂': '"',
	'「': '"',
	'」': '"',
	'〝': '"',
	'〞': '"',
	'‘': "'",
	'’': "'",
	'＇': "'",
	'『': "'",
	'』': "'",
	'〈': '《',
	'〉': '》',
	'–': '-',
	'—': '-',
	'―': '-',
	'－': '-',
	'−': '-',
	'‐': '-',
	'・': '·',
	'•': '·',
	'‧': '·',
	'∙': '·',
	'･': '·',
	'。': '。',
	'．': '.',
	'*': '',
	'`': '',
};

/** Text in the one form both sides are compared in, and for each of its characters the index in the original. */
export interface Canonical {
	text: string;
	at: number[];
}

/**
 * Each BMP character's canonical form, worked out once: the checks read millions of characters
 * at national scale, and the same few thousand recur. `undefined` until first seen.
 */
const folded: Array<string | undefined> = new Array<string | undefined>(0x10000).fill(undefined);

function foldChar(code: number): string {
	let out = folded[code];
	if (out === undefined) {
		const ch = String.fromCharCode(code);
		if (code >= 0x3400 && code < 0xff00 && !(code >= 0xd800 && code <= 0xdfff))
			out = simplifiedChar(ch);
		else if (code >= 0xff01 && code <= 0xff5e)
			out = FOLD[ch] ?? String.fromCharCode(code - 0xfee0).toLowerCase();
		else if (/\s/.test(ch) || code < 0x20) out = '';
		else out = FOLD[ch] ?? ch.toLowerCase();
		folded[code] = out;
	}
	return out;
}

/** Simplified characters, punctuation variants folded, full-width letters and digits made ASCII, no whitespace. */
export function canonical(input: string): Canonical {
	const parts: string[] = [];
	const at: number[] = [];
	for (let i = 0; i < input.length; i++) {
		const code = input.charCodeAt(i);
		let out: string;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
			// A character beyond the BMP (a rare Han character): simplified as it is, two code units.
			out = simplifiedChar(input.slice(i, i + 2));
			for (let k = 0; k < out.length; k++) at.push(i);
			parts.push(out);
			i++;
			continue;
		}
		out = foldChar(code);
		if (out.length === 1) {
			parts.push(out);
			at.push(i);
		} else if (out.length > 1) {
			parts.push(out);
			for (let k = 0; k < out.length; k++) at.push(i);
		}
	}
	return { text: parts.join(''), at };
}

const isHan = (c: string): boolean => {
	const code = c.charCodeAt(0);
	return (
		(code >= 0x3400 && code <= 0x9fff) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xd840 && code <= 0xd87f)
	);
};
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Whether `needle` occurs in `hay`; a number is never matched inside a longer number (6 in 26). */
function occurs(hay: string, needle: string): boolean {
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

// ---------------------------------------------------------------------------------------------
// Archives

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

/**
 * A source ready to search: its canonical text and corrections. The map back to the archive's
 * characters is made only for a message, and the runs of its text only while its citing entries
 * are checked, so 3,600 archives never sit in memory in those forms at once.
 */
interface Prepared extends ArchivedSource {
	canon: string;
	corrected: Array<{ correction: Correction; printed: string; written: string }>;
	grams?: Set<string>;
	has: Map<string, boolean>;
}

const prepared = new WeakMap<ArchivedSource, Prepared>();
function prepare(source: ArchivedSource): Prepared {
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

// ---------------------------------------------------------------------------------------------
// What an entry claims

/** One text of an entry and how it stands to the articles. */
interface Piece {
	/** Dotted field, e.g. `named.0.name`, or `正文 (body)`. */
	field: string;
	/** The file line, for body text. */
	line?: number;
	text: string;
	role: 'prose' | 'exact' | 'reference';
	/** The canonical text, once worked out. */
	canon?: Canonical;
}

const canonOf = (piece: Piece): Canonical => (piece.canon ??= canonical(piece.text));

interface FigureClaim {
	field: string;
	value: number;
	unit: string;
	approx: boolean;
	display?: string;
}

const marksByCollection = new Map<CollectionName, Map<string, ProvenanceMark>>();
function marksFor(collection: CollectionName): Map<string, ProvenanceMark> {
	let marks = marksByCollection.get(collection);
	if (!marks) {
		marks = provenanceFields(schemas(idReference)[collection] as z.ZodType);
		marksByCollection.set(collection, marks);
	}
	return marks;
}

/** The texts and figures of an entry, each with its role, from the schema's marks. */
function piecesOf(
	collection: CollectionName,
	data: Record<string, unknown>,
	body: string,
	bodyLine = 1,
): { pieces: Piece[]; figures: FigureClaim[] } {
	const marks = marksFor(collection);
	const pieces: Piece[] = [];
	const figures: FigureClaim[] = [];
	const applies = (mark: ProvenanceMark | undefined): boolean =>
		mark !== undefined &&
		(mark.onlyIf === undefined || data[mark.onlyIf] === true) &&
		(mark.unless === undefined || data[mark.unless] !== true);
	const visit = (
		value: unknown,
		path: string,
		pattern: string,
		inherited: ProvenanceMark | undefined,
	): void => {
		const own = marks.get(pattern);
		const mark = own ?? inherited;
		if (own?.provenance === 'figure' && value && typeof value === 'object') {
			const f = value as Record<string, unknown>;
			if (typeof f['value'] === 'number' && typeof f['unit'] === 'string') {
				figures.push({
					field: path,
					value: f['value'],
					unit: f['unit'],
					approx: f['approx'] === true,
					...(typeof f['display'] === 'string' ? { display: f['display'] } : {}),
				});
			}
			for (const key of ['label', 'period'])
				if (key in f) visit(f[key], `${path}.${key}`, `${pattern}.${key}`, undefined);
			return;
		}
		if (typeof value === 'string' || typeof value === 'number') {
			const role =
				mark?.provenance === 'reference'
					? 'reference'
					: mark?.provenance === 'exact' && applies(mark)
						? 'exact'
						: 'prose';
			if (typeof value === 'string' || role === 'exact')
				pieces.push({ field: path, text: String(value), role });
		} else if (Array.isArray(value)) {
			value.forEach((v, i) =>
				visit(
					v,
					path ? `${path}.${i}` : String(i),
					pattern ? `${pattern}.*` : '*',
					mark?.provenance === 'figure' ? undefined : mark,
				),
			);
		} else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value))
				visit(v, path ? `${path}.${k}` : k, pattern ? `${pattern}.${k}` : k, undefined);
		}
	};
	visit(data, '', '', undefined);
	// A timeline date is a fact: only dates the article gives (`<Event when="2019年">`).
	body.split('\n').forEach((text, i) => {
		for (const m of text.matchAll(/<Event\b[^>]*\bwhen="([^"]+)"/g))
			pieces.push({ field: BODY, line: bodyLine + i, text: m[1]!, role: 'exact' });
	});
	storyText(body)
		.split('\n')
		.forEach((text, i) => {
			if (text.trim()) pieces.push({ field: BODY, line: bodyLine + i, text, role: 'prose' });
		});
	return { pieces, figures };
}

const BODY = '正文 (body)';

/**
 * A brand story's text as the reader sees it: the story kit's tags (`<Moment title="…" practice="…">`)
 * give way to their attribute values, so an id is not read as a quotation, while a title's own
 * words (and any “…” inside it) are still checked as the site's text. Lines stay where they were.
 */
function storyText(body: string): string {
	return body.replace(/<\/?[A-Z][A-Za-z]*\b[^<>]*>/g, (tag: string) =>
		[...tag.matchAll(/="([^"]*)"/g)].map((m) => ` ${m[1]} `).join(''),
	);
}

const OPEN: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』' };
const CLOSE = new Set(Object.values(OPEN));
const QUOTE_MARK = /["“”‘’《》「」『』]/;

/** The quotations in `text`, nested ones too, and any quotation mark left open. */
function quotations(text: string): {
	spans: Array<{ start: number; end: number }>;
	open: number[];
} {
	const spans: Array<{ start: number; end: number }> = [];
	if (!QUOTE_MARK.test(text)) return { spans, open: [] };
	const stack: Array<{ close: string; at: number }> = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') {
			// A straight quote closes a straight quote that is open, else opens one.
			const top = stack.findLastIndex((s) => s.close === '"');
			if (top >= 0) {
				spans.push({ start: stack[top]!.at, end: i });
				stack.length = top;
			} else stack.push({ close: '"', at: i });
		} else if (OPEN[c]) stack.push({ close: OPEN[c], at: i });
		else if (CLOSE.has(c)) {
			const top = stack.findLastIndex((s) => s.close === c);
			if (top >= 0) {
				spans.push({ start: stack[top]!.at, end: i });
				stack.length = top;
			}
		}
	}
	return { spans, open: stack.map((s) => s.at) };
}

// ---------------------------------------------------------------------------------------------
// Matching, with corrections

/** Whether `form` (canonical) is in the source as printed, or only through one of its corrections. */
function find(form: string, source: Prepared): { found: boolean; correction?: Correction } {
	let known = source.has.get(form);
	if (known === undefined) source.has.set(form, (known = occurs(source.canon, form)));
	if (known) return { found: true };
	const usable = source.corrected.filter((c) => c.written && form.includes(c.written));
	for (const c of usable) {
		if (occurs(source.canon, form.split(c.written).join(c.printed)))
			return { found: true, correction: c.correction };
	}
	return { found: false };
}

/** The forms a figure may take in the article: its `display`, or value, 余/多 and unit. */
function figureForms(f: FigureClaim): string[] {
	if (f.display !== undefined) return [canonical(f.display).text];
	const unit = canonical(f.unit).text;
	return f.approx ? [`${f.value}余${unit}`, `${f.value}多${unit}`] : [`${f.value}${unit}`];
}

/** A checkable claim: a quotation, an exact name or a figure, in canonical forms (any one may match). */
interface Claim {
	kind: 'quote' | 'exact' | 'figure';
	field: string;
	line?: number;
	shown: string;
	forms: string[];
}

function claimsOf(
	pieces: Piece[],
	figures: FigureClaim[],
): { claims: Claim[]; unclosed: Array<{ piece: Piece; at: number }> } {
	const claims: Claim[] = [];
	const unclosed: Array<{ piece: Piece; at: number }> = [];
	for (const piece of pieces) {
		if (piece.role === 'exact') {
			claims.push({
				kind: 'exact',
				field: piece.field,
				shown: piece.text,
				forms: [canonical(piece.text).text],
				...(piece.line ? { line: piece.line } : {}),
			});
			continue;
		}
		if (piece.role !== 'prose') continue;
		const { spans, open } = quotations(piece.text);
		for (const at of open) unclosed.push({ piece, at });
		for (const { start, end } of spans) {
			const inner = piece.text.slice(start + 1, end);
			const form = canonical(inner).text;
			if (!/[\p{Script=Han}\p{L}\p{N}]/u.test(form)) continue;
			claims.push({
				kind: 'quote',
				field: piece.field,
				...(piece.line ? { line: piece.line } : {}),
				shown: inner,
				forms: [form],
			});
		}
	}
	for (const f of figures) {
		const shown = f.display ?? `${f.value}${f.approx ? '余' : ''}${f.unit}`;
		claims.push({ kind: 'figure', field: f.field, shown, forms: figureForms(f) });
	}
	return { claims, unclosed };
}

function verify(
	claim: Claim,
	sources: Prepared[],
): { found: boolean; used?: { source: string; correction: Correction } } {
	for (const form of claim.forms) {
		for (const source of sources) {
			const result = find(form, source);
			if (result.found)
				return result.correction
					? { found: true, used: { source: source.id, correction: result.correction } }
					: { found: true };
		}
	}
	return { found: false };
}

/** A correction an entry relies on: which source's, and in which field. */
export interface UsedCorrection {
	source: string;
	field: string;
	correction: Correction;
}

/**
 * The corrections an entry relies on: those without which one of its quotations, exact names or
 * figures would not be found in its sources. Pure: pages call it with the entry's data and body
 * and the archived text of its sources, to show a note where a correction is used.
 */
export function correctionsUsed(
	collection: CollectionName,
	data: Record<string, unknown>,
	body: string,
	sources: ArchivedSource[],
): UsedCorrection[] {
	const { pieces, figures } = piecesOf(collection, data, body);
	const prepared = sources.map(prepare);
	const used: UsedCorrection[] = [];
	for (const claim of claimsOf(pieces, figures).claims) {
		const { used: u } = verify(claim, prepared);
		if (
			u &&
			!used.some(
				(x) => x.source === u.source && x.correction === u.correction && x.field === claim.field,
			)
		)
			used.push({ ...u, field: claim.field });
	}
	return used;
}

// ---------------------------------------------------------------------------------------------
// Copied runs

/**
 * Punctuation a run reads through: commas and colons join the clauses of one sentence, so a
 * sentence copied clause by clause is still one run. Everything else that is not a Han character
 * ends a run: sentence ends, the 、 between the items of a list (each item is a name or term, not
 * prose), digits and letters.
 */
const RUN_JOINS = new Set([',', ':', '·', '-']);

/** The runs of Han characters in `text` (canonical) longer than `COPIED_RUN`, as described at `RUN_JOINS`. */
function runs(text: string, masked?: Uint8Array): Array<{ chars: string; pos: number[] }> {
	const out: Array<{ chars: string; pos: number[] }> = [];
	let chars = '';
	let pos: number[] = [];
	const flush = () => {
		if (chars.length > COPIED_RUN) out.push({ chars, pos });
		chars = '';
		pos = [];
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (masked?.[i]) flush();
		else if (isHan(c)) {
			chars += c;
			pos.push(i);
		} else if (!RUN_JOINS.has(c)) flush();
	}
	flush();
	return out;
}

/** Every run of `COPIED_RUN + 1` Han characters of a source's text. */
function gramsOf(canon: string): Set<string> {
	const grams = new Set<string>();
	for (const run of runs(canon))
		for (let i = 0; i + COPIED_RUN < run.chars.length; i++)
			grams.add(run.chars.slice(i, i + COPIED_RUN + 1));
	return grams;
}

/** Passages of `piece` that repeat more than `COPIED_RUN` Han characters of a source, with their length in Han characters. */
function copiedSpans(
	piece: Piece,
	canon: Canonical,
	masked: Uint8Array,
	grams: Set<string>,
): Array<{ text: string; length: number }> {
	const found: Array<{ text: string; length: number }> = [];
	for (const run of runs(canon.text, masked)) {
		let i = 0;
		while (i + COPIED_RUN < run.chars.length) {
			if (!grams.has(run.chars.slice(i, i + COPIED_RUN + 1))) {
				i++;
				continue;
			}
			let end = i + COPIED_RUN + 1;
			while (end < run.chars.length && grams.has(run.chars.slice(end - COPIED_RUN, end + 1))) end++;
			const from = canon.at[run.pos[i]!]!;
			const to = canon.at[run.pos[end - 1]!]! + 1;
			found.push({ text: piece.text.slice(from, to), length: end - i });
			i = end;
		}
	}
	return found;
}

/** Marks the positions of `canon` inside quotations, exact names and figure forms, which may repeat the article. */
function maskOf(piece: Piece, canon: Canonical, exempt: string[]): Uint8Array {
	const masked = new Uint8Array(canon.text.length);
	const spans = quotations(piece.text).spans;
	if (spans.length > 0) {
		for (let k = 0; k < canon.at.length; k++)
			if (spans.some((q) => canon.at[k]! >= q.start && canon.at[k]! <= q.end)) masked[k] = 1;
	}
	for (const name of exempt) {
		for (let k = canon.text.indexOf(name); k >= 0; k = canon.text.indexOf(name, k + 1))
			masked.fill(1, k, k + name.length);
	}
	return masked;
}

// ---------------------------------------------------------------------------------------------
// Reference data

const PLACE_SUFFIX =
	/(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟|旗)$/;

/** Each reference value and its stem without the administrative suffix (山东省 → 山东), longest first. */
function placeIndex(values: string[]): Map<number, string[]> {
	const all = new Set<string>();
	for (const v of values) {
		const c = canonical(v).text;
		if (c.length >= 2) all.add(c);
		const stem = c.replace(PLACE_SUFFIX, '');
		if (stem.length >= 2) all.add(stem);
	}
	const index = new Map<number, string[]>();
	for (const v of [...all].sort((a, b) => b.length - a.length)) {
		const list = index.get(v.charCodeAt(0)) ?? [];
		list.push(v);
		index.set(v.charCodeAt(0), list);
	}
	return index;
}

function placesIn(text: string, index: Map<number, string[]>): string[] {
	const found: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const hit = index.get(text.charCodeAt(i))?.find((v) => text.startsWith(v, i));
		if (hit) {
			if (!found.includes(hit)) found.push(hit);
			i += hit.length - 1;
		}
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Messages

const KIND_MESSAGE: Record<Claim['kind'], (shown: string) => string> = {
	quote: (s) =>
		`引号内的文字“${s}”在所引来源中找不到原样 (quoted text not found verbatim in the cited source)`,
	exact: (s) =>
		`“${s}”须与原文一字不差，但在所引来源中找不到 (this field must match the cited source word for word, and does not)`,
	figure: (s) =>
		`数据“${s}”在所引来源中找不到：数值、“余/多”和单位须与原文一致 (figure not found in the cited source: value, 余/多 and unit must match it)`,
};

const KIND_FIX: Record<Claim['kind'], (sourceYaml: string) => string> = {
	quote: (y) =>
		`照原文一字不差地改正；不是原话就去掉引号，用自己的话写；原文确有错字的，在 ${y} 的 corrections 中登记 (copy the source exactly, or drop the quotation marks and use your own words; register a misprint in the source's corrections)`,
	exact: (y) =>
		`照原文的写法改正；原文确有错字的，在 ${y} 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)`,
	figure: () =>
		'核对 value、unit 和 approx（原文写“余”“多”时填 true）；原文写法不同时（如“41万余元”“十余部”）用 display 照录 (check value, unit and approx; where the source writes it differently, copy its form into display)',
};

const where = (line: number | undefined) => (line ? `第 ${line} 行 (line ${line})：` : '');
const sourceList = (sources: Prepared[]) => sources.map((s) => s.file).join('、');

/**
 * The passage of a source nearest to `form`, for the message: aligned on their longest common
 * part, widened by `margin` characters each side (a figure's neighbours show why 1件 is not 31件).
 * None where they share too little to help.
 */
function nearest(form: string, source: Prepared, margin = 0): string | undefined {
	if (form.length > 80) return undefined;
	let best = { length: 1, i: 0, at: -1 };
	for (let i = 0; i < form.length - best.length; i++) {
		for (let j = form.length; j > i + best.length; j--) {
			const at = source.canon.indexOf(form.slice(i, j));
			if (at >= 0) {
				best = { length: j - i, i, at };
				break;
			}
		}
	}
	if (best.at < 0 || best.length < Math.max(2, Math.ceil(form.length / 3))) return undefined;
	const { at } = canonical(source.text);
	const from = Math.max(0, best.at - best.i - margin);
	const to = Math.min(source.canon.length, best.at - best.i + form.length + margin) - 1;
	return source.text.slice(at[from]!, at[to]! + 1).replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// The check

/** Every provenance problem in the valid entries, read against the archives under the content folder. */
export function provenanceProblems(root: string, valid: ValidEntry[]): Problem[] {
	const problems: Problem[] = [];
	const dir = join(contentDir(root), 'sources');
	const sourceEntries = valid.filter((e) => e.collection === 'sources');
	const sourceYaml = new Map(sourceEntries.map((e) => [e.id, e.file]));
	const archives = new Map<string, Prepared>();

	for (const e of sourceEntries) {
		const published = join(dir, archiveName(e.id));
		if (!existsSync(published)) {
			problems.push({
				file: e.file,
				entry: e.id,
				field: '',
				message: `缺少原文存档 ${relative(root, published)}：没有它就无法核对引用这篇文章的条目 (the article's archived text is missing, so entries citing it cannot be checked)`,
				fix: `把文章全文按发表原样保存为 ${relative(root, published)}（UTF-8），见 content/README.md“原文存档” (save the article's full text, as published, in that file)`,
			});
			continue;
		}
		const archive = readArchive(dir, e.id)!;
		if (
			!archive.file.endsWith(simplifiedName(e.id)) &&
			(findPinyinAnnotations(archive.text).length > 0 || findTraditional(archive.text).length > 0)
		) {
			problems.push({
				file: e.file,
				entry: e.id,
				field: '',
				message: `原文存档 ${relative(root, published)} 是繁体字或带拼音注音，无法与本站的简体文字核对 (the archive is in traditional characters or carries pinyin, so it cannot be checked against)`,
				fix: `运行 npm run normalize -- ${relative(root, published)} --out ${relative(root, join(dir, simplifiedName(e.id)))} 生成简体副本，手工改正的地方记入 archiveFixes (make a simplified copy with npm run normalize; record hand fixes in archiveFixes)`,
			});
		}
		const corrections = (e.data['corrections'] as Correction[] | undefined) ?? [];
		archives.set(
			e.id,
			prepare({ id: e.id, file: relative(root, archive.file), text: archive.text, corrections }),
		);
	}

	// Archives with no source entry are kept by no one and checked against by nothing.
	let names: string[] = [];
	try {
		names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
	} catch {
		// No sources folder: nothing archived.
	}
	for (const name of names) {
		const id = name.replace(/(?:-simplified)?\.txt$/, '');
		const hasEntry = ['yaml', 'yml'].some((ext) => existsSync(join(dir, `${id}.${ext}`)));
		if (hasEntry && (name === archiveName(id) || name === simplifiedName(id))) continue;
		const file = relative(root, join(dir, name));
		problems.push({
			file,
			entry: '',
			field: '',
			message: `原文存档 ${name} 没有对应的来源条目 content/sources/${id}.yaml (an archive with no source entry)`,
			fix: `存档须命名为 <来源编号>.txt（简体副本为 <来源编号>-simplified.txt），与来源条目同名；否则删除它 (name it after its source entry, or remove it)`,
		});
	}

	const checked = valid.filter((e) => e.collection !== 'topics');
	const citedBy = (e: ValidEntry): string[] =>
		e.collection === 'sources' ? [e.id] : ((e.data['sources'] as string[] | undefined) ?? []);

	// Names that are exact anywhere may be repeated in any entry citing the same article.
	const exemptBySource = new Map<string, Set<string>>();
	const parts = new Map<ValidEntry, ReturnType<typeof piecesOf>>();
	const places: string[] = [];
	for (const e of checked) {
		const p = piecesOf(e.collection, e.data, e.body, e.bodyLine);
		parts.set(e, p);
		const names = [
			...p.pieces.filter((x) => x.role === 'exact').map((x) => x.text),
			...p.figures.flatMap(figureForms),
		];
		for (const id of citedBy(e)) {
			const set = exemptBySource.get(id) ?? new Set<string>();
			for (const n of names) {
				const c = canonical(n).text;
				if (c.length > 1) set.add(c);
			}
			exemptBySource.set(id, set);
		}
		if (e.collection === 'procuratorates')
			places.push(...p.pieces.filter((x) => x.role === 'reference').map((x) => x.text));
	}
	const placeIdx = placeIndex(places);

	// Problems are kept per entry, so each file's problems read together whatever order they are found in.
	const found = new Map<ValidEntry, Problem[]>();
	const report = (e: ValidEntry, field: string, message: string, fix: string) => {
		const list = found.get(e) ?? [];
		list.push({ file: e.file, entry: e.id, field, message, fix });
		found.set(e, list);
	};
	const bySource = new Map<string, ValidEntry[]>();

	for (const e of checked) {
		const ids = citedBy(e);
		const sources = ids.map((id) => archives.get(id));
		// A missing archive is reported once, on its source; a broken reference by the integrity check.
		if (sources.length === 0 || sources.some((s) => s === undefined)) continue;
		const cited = sources as Prepared[];
		for (const id of ids) {
			const list = bySource.get(id) ?? [];
			list.push(e);
			bySource.set(id, list);
		}
		const yaml = sourceYaml.get(ids[0]!) ?? `content/sources/${ids[0]}.yaml`;
		const { pieces, figures } = parts.get(e)!;
		const { claims, unclosed } = claimsOf(pieces, figures);

		for (const { piece, at } of unclosed) {
			report(
				e,
				piece.field,
				`${where(piece.line)}引号没有闭合，从这里开始：${piece.text.slice(at, at + 12)} (a quotation mark is never closed)`,
				'补上对应的另一半引号，或删去多余的引号 (close the quotation or remove the stray mark)',
			);
		}
		for (const claim of claims) {
			if (verify(claim, cited).found) continue;
			const near = nearest(claim.forms[0]!, cited[0]!, claim.kind === 'figure' ? 2 : 0);
			const hint = near ? `；原文最接近的是“${near}”` : '';
			const [zh, en] = splitBilingual(KIND_MESSAGE[claim.kind](claim.shown));
			report(
				e,
				claim.field,
				`${where(claim.line)}${zh}（核对了 ${sourceList(cited)}${hint}）${en}`,
				KIND_FIX[claim.kind](yaml),
			);
		}
		for (const piece of pieces) {
			if (piece.role === 'reference') continue;
			for (const place of placesIn(canonOf(piece).text, placeIdx)) {
				if (cited.some((s) => occurs(s.canon, place))) continue;
				report(
					e,
					piece.field,
					`${where(piece.line)}“${place}”是检察院所在地的参考资料，所引来源（${sourceList(cited)}）中没有，不能写成文章的事实 (a place from the procuratorates' reference data that the cited source does not give)`,
					"删去这个地名，只写来源中出现的地名；所在地只填在检察院的 province / city / county 字段 (remove it; a place the article does not give belongs only in the procuratorate's reference fields)",
				);
			}
		}
	}

	// Copied runs, one source at a time: its runs are built, its citing entries read, and the runs let go.
	for (const [id, entries] of bySource) {
		const source = archives.get(id)!;
		const grams = gramsOf(source.canon);
		const exempt = [...(exemptBySource.get(id) ?? [])];
		for (const e of entries) {
			for (const piece of parts.get(e)!.pieces) {
				if (piece.role !== 'prose') continue;
				const canon = canonOf(piece);
				for (const copy of copiedSpans(piece, canon, maskOf(piece, canon, exempt), grams)) {
					report(
						e,
						piece.field,
						`${where(piece.line)}有 ${copy.length} 个汉字与原文 ${source.file} 连续相同：“${copy.text}”（上限 ${COPIED_RUN} 个） (a run of ${copy.length} characters copied from the source; at most ${COPIED_RUN} may be shared)`,
						'用自己的话改写这一句（数字、名称可以保留）；确需原话的，加引号一字不差地引用 (rewrite it in your own words, keeping names and figures; or quote the source exactly)',
					);
				}
			}
		}
	}

	return [...problems, ...checked.flatMap((e) => found.get(e) ?? [])];
}

/** `中文 (English)` → the Chinese and the English part, so a detail can go between them. */
function splitBilingual(message: string): [string, string] {
	const at = message.lastIndexOf(' (');
	return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at)];
}
