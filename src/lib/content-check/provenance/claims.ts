/**
 * What an entry says, read into the pieces the checks compare with the articles: each text with
 * its role (the site's own prose, an exact name, reference data), each figure, and in a brand
 * story each quotation's speaker and each dated event. Which field is which comes from the
 * schema's provenance marks (`src/schemas/provenance.ts`), so it is written once.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../../schemas/collections.ts';
import { idReference } from '../../../schemas/common.ts';
import { schemas } from '../../../schemas/index.ts';
import { provenanceFields, type ProvenanceMark } from '../../../schemas/provenance.ts';
import { canonical, type Canonical } from '../../text/canonical.ts';

/** The field name messages give to a Markdown body. */
export const BODY = '正文 (body)';

/** One text of an entry and how it stands to the articles. */
export interface Piece {
	/** Dotted field, e.g. `named.0.name`, or `BODY`. */
	field: string;
	/** The file line, where known (body text; front matter is located when a problem is found). */
	line?: number;
	text: string;
	role: 'prose' | 'exact' | 'reference';
	/** Where in a story it stands, for messages: `<Moment> 的 title 属性 (the title of <Moment>)`. */
	origin?: string;
	/** The canonical text, once worked out. */
	canon?: Canonical;
}

export const canonOf = (piece: Piece): Canonical => (piece.canon ??= canonical(piece.text));

/** A figure, as its fields give it. */
export interface FigureClaim {
	field: string;
	value: number;
	unit: string;
	approx: boolean;
	display?: string;
	label: string;
	period?: string;
}

/** A `<Quote>` of a brand story: the quotation and who the story says said it. */
export interface QuoteClaim {
	line: number;
	/** The quotation as the story prints it (the text between the tags). */
	text: string;
	speaker?: string;
	role?: string;
	/** The source the quotation comes from, where the story names one. */
	source?: string;
}

/** A dated `<Event>` of a story's timeline: its date and what happened. */
export interface EventClaim {
	line: number;
	when: string;
	text: string;
}

export interface EntryClaims {
	pieces: Piece[];
	figures: FigureClaim[];
	quotes: QuoteClaim[];
	events: EventClaim[];
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

/** The figure's own texts that are read as the site's words: what is counted, and the chart's title. */
const FIGURE_TEXTS = ['label', 'period', 'series'];

/** The pieces, figures, quotations and events of an entry. */
export function claimsOf(
	collection: CollectionName,
	data: Record<string, unknown>,
	body: string,
	bodyLine = 1,
): EntryClaims {
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
		if (mark?.provenance === 'note') return;
		if (own?.provenance === 'figure' && value && typeof value === 'object') {
			const f = value as Record<string, unknown>;
			if (typeof f['value'] === 'number' && typeof f['unit'] === 'string') {
				figures.push({
					field: path,
					value: f['value'],
					unit: f['unit'],
					approx: f['approx'] === true,
					label: typeof f['label'] === 'string' ? f['label'] : '',
					...(typeof f['display'] === 'string' ? { display: f['display'] } : {}),
					...(typeof f['period'] === 'string' ? { period: f['period'] } : {}),
				});
			}
			for (const key of FIGURE_TEXTS)
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
			// A web address is neither prose nor a name: nothing in it is read against the article.
			if (typeof value === 'string' && /^https?:\/\//.test(value)) return;
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
	const story = readStory(body, bodyLine);
	pieces.push(...story.pieces);
	return { pieces, figures, quotes: story.quotes, events: story.events };
}

/** `name="value"` attributes of a tag, with where each value starts in the tag. */
function attributes(tag: string): Map<string, { value: string; at: number }> {
	const out = new Map<string, { value: string; at: number }>();
	for (const m of tag.matchAll(/([A-Za-z]+)="([^"]*)"/g))
		out.set(m[1]!, { value: m[2]!, at: m.index + m[1]!.length + 2 });
	return out;
}

/**
 * The attributes of the story kit whose value is the site's own words, checked as prose: a
 * scene's heading, a note's heading. Every other attribute is an id, a pillar, a date or the
 * person quoted, each checked for what it is (ids and pillars by the story kit, dates as dates,
 * speakers against the quotation's paragraph): never read as a sentence, and the attribute's own
 * straight quotes are never a quotation.
 */
const PROSE_ATTRIBUTES: Record<string, string[]> = { Moment: ['title'], Note: ['title'] };

const TAG = /<\/?([A-Z][A-Za-z]*)\b(?:[^<>"]|"[^"]*")*>/g;

/**
 * A story's text as the reader sees it, line by line, with the kit's tags taken out (their lines
 * kept, so every later line keeps its number), and the attributes, quotations and events the
 * tags carry. Plain Markdown bodies have no tags and pass through whole.
 */
function readStory(
	body: string,
	bodyLine: number,
): { pieces: Piece[]; quotes: QuoteClaim[]; events: EventClaim[] } {
	const pieces: Piece[] = [];
	const quotes: QuoteClaim[] = [];
	const events: EventClaim[] = [];
	const lineAt = (offset: number) => bodyLine + countLines(body, offset);
	let text = body;
	if (body.includes('<')) {
		for (const m of body.matchAll(TAG)) {
			if (m[0].startsWith('</')) continue;
			const name = m[1]!;
			const attrs = attributes(m[0]);
			for (const attr of PROSE_ATTRIBUTES[name] ?? []) {
				const a = attrs.get(attr);
				if (a?.value.trim())
					pieces.push({
						field: BODY,
						line: lineAt(m.index + a.at),
						text: a.value,
						role: 'prose',
						origin: `<${name}> 的 ${attr} 属性 (the ${attr} of <${name}>)`,
					});
			}
			const when = name === 'Event' ? attrs.get('when') : undefined;
			if (when)
				pieces.push({
					field: BODY,
					line: lineAt(m.index + when.at),
					text: when.value,
					role: 'exact',
				});
		}
		for (const m of body.matchAll(/<Quote\b((?:[^<>"]|"[^"]*")*)>([\s\S]*?)<\/Quote>/g)) {
			const attrs = attributes(m[1]!);
			quotes.push({
				line: lineAt(m.index),
				text: m[2]!.trim(),
				...(attrs.get('speaker') ? { speaker: attrs.get('speaker')!.value } : {}),
				...(attrs.get('role') ? { role: attrs.get('role')!.value } : {}),
				...(attrs.get('source') ? { source: attrs.get('source')!.value } : {}),
			});
		}
		for (const m of body.matchAll(/<Event\b((?:[^<>"]|"[^"]*")*)>([\s\S]*?)<\/Event>/g)) {
			const when = attributes(m[1]!).get('when');
			if (when) events.push({ line: lineAt(m.index), when: when.value, text: m[2]!.trim() });
		}
		text = body.replace(TAG, (tag) => '\n'.repeat(countLines(tag, tag.length)));
	}
	text.split('\n').forEach((line, i) => {
		if (line.trim()) pieces.push({ field: BODY, line: bodyLine + i, text: line, role: 'prose' });
	});
	return { pieces, quotes, events };
}

function countLines(text: string, end: number): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

/**
 * The line of a front-matter or YAML field in the file's text (`figures.2.label` → the line of
 * that `label:`), for messages. Block style is followed key by key and item by item; a field
 * inside a flow collection (`[a, b]`, `{ id: x }`) gets the line that opens it.
 */
export function fieldLine(source: string, field: string): number | undefined {
	if (!field || field === BODY) return undefined;
	let lines = source.replace(/^\uFEFF/, '').split('\n');
	let start = 0;
	let end = lines.length;
	if (lines[0]?.trim() === '---') {
		start = 1;
		const close = lines.findIndex((l, n) => n > 0 && l.trim() === '---');
		if (close > 0) end = close;
	}
	const indentOf = (l: string) => l.length - l.trimStart().length;
	const meaningful = (l: string) => l.trim() !== '' && !l.trimStart().startsWith('#');
	let found: number | undefined;
	for (const part of field.split('.')) {
		let level = Infinity;
		for (let n = start; n < end; n++)
			if (meaningful(lines[n]!)) level = Math.min(level, indentOf(lines[n]!));
		const item = /^\d+$/.test(part);
		let hit: number | undefined;
		let seen = -1;
		for (let n = start; n < end && hit === undefined; n++) {
			const l = lines[n]!;
			if (!meaningful(l) || indentOf(l) !== level) continue;
			if (
				item
					? /^-(\s|$)/.test(l.trimStart()) && ++seen === Number(part)
					: l.trimStart().startsWith(`${part}:`)
			)
				hit = n;
		}
		if (hit === undefined) return found;
		found = hit + 1;
		if (/[:-]\s*[[{]/.test(lines[hit]!)) return found;
		let stop = hit + 1;
		const within = (l: string) =>
			!meaningful(l) ||
			indentOf(l) > level ||
			(!item && indentOf(l) === level && /^-(\s|$)/.test(l.trimStart()));
		while (stop < end && within(lines[stop]!)) stop++;
		if (item) {
			// The item's keys: the one on its dash line, and those below it.
			lines = [...lines];
			lines[hit] = lines[hit]!.replace('-', ' ');
			start = hit;
		} else start = hit + 1;
		end = stop;
	}
	return found;
}
