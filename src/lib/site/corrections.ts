/**
 * Where a page relies on a corrected misprint of an article (a source's `corrections`), so the
 * page can say so beside the sentence, never silently: a note marker after each sentence that
 * uses a correction, linked to the note in the page's source list (and on the 学习卡). Which
 * corrections an entry uses, and where, is decided by the provenance check itself
 * (`correctionsUsed`, `correctionUses`), against the archived article text, read here at build
 * time (the archive is read, never published).
 */
import type { Correction } from '../../schemas/sources.ts';
import {
	correctionsUsed,
	correctionUses,
	readArchive,
	type ArchivedSource,
} from '../content-check/provenance/index.ts';
import { contentDir } from '../content-check/read.ts';
import type { Brand, Case, Practice, Source } from './data.ts';

export interface CorrectionNote {
	/** The source whose article prints the misprint. */
	source: Source;
	correction: Correction;
	/** The note's id on the page, which the markers beside the sentences link to. */
	anchor: string;
}

/**
 * The id of a correction's note, the same wherever the page writes it (source list, 学习卡) and
 * wherever a marker points to it: the source's id and the correction's place in its list.
 */
export const correctionAnchor = (sourceId: string, index: number) =>
	`correction-${sourceId}-${index + 1}`;

/** A text as laid out with its correction markers: its own words, and after a sentence, a marker. */
export type MarkedText = Array<{ text: string } | { mark: string }>;

const SENTENCE_END = /[。！？!?；;]["'”’」』)）]*/g;

/**
 * `text` cut so that a marker (the note's anchor) follows each sentence that uses a correction:
 * after its 。！？ and closing quotes, or at the end where the sentence has none. One marker per
 * correction and sentence.
 */
export function withMarks(
	text: string,
	uses: Array<{ start: number; end: number; anchor: string }>,
): MarkedText {
	if (uses.length === 0) return [{ text }];
	const at = new Map<number, string[]>();
	for (const use of uses) {
		SENTENCE_END.lastIndex = use.end;
		const m = SENTENCE_END.exec(text);
		const end = m ? m.index + m[0].length : text.length;
		const list = at.get(end) ?? [];
		if (!list.includes(use.anchor)) list.push(use.anchor);
		at.set(end, list);
	}
	const out: MarkedText = [];
	let from = 0;
	for (const end of [...at.keys()].sort((a, b) => a - b)) {
		if (end > from) out.push({ text: text.slice(from, end) });
		for (const mark of at.get(end)!) out.push({ mark });
		from = end;
	}
	if (from < text.length) out.push({ text: text.slice(from) });
	return out;
}

/** Where `text` uses a correction of one of `sources`, with each correction's anchor. */
export function usesIn(
	text: string,
	sources: ArchivedSource[],
): Array<{ start: number; end: number; anchor: string }> {
	return correctionUses(text, sources).map((u) => {
		const source = sources.find((s) => s.id === u.source)!;
		return { ...u, anchor: correctionAnchor(u.source, source.corrections.indexOf(u.correction)) };
	});
}

/** `text` (a summary, a result, a case's section) with a marker after each sentence that uses a correction. */
export function markedText(text: string, sources: Source[]): MarkedText {
	if (sources.every((s) => s.data.corrections.length === 0)) return [{ text }];
	return withMarks(
		text,
		usesIn(
			text,
			sources.flatMap((s) => archived(s) ?? []),
		),
	);
}

const archives = new Map<string, ArchivedSource | undefined>();

/** A source with its archived text, read once per build. */
export function archived(source: Source): ArchivedSource | undefined {
	if (!archives.has(source.id)) {
		const archive = readArchive(`${contentDir(process.cwd())}/sources`, source.id);
		archives.set(
			source.id,
			archive && {
				id: source.id,
				file: archive.file,
				text: archive.text,
				corrections: source.data.corrections,
			},
		);
	}
	return archives.get(source.id);
}

/** Entry data as the checker reads it: references as plain ids. */
function plain(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (
			typeof o['id'] === 'string' &&
			typeof o['collection'] === 'string' &&
			Object.keys(o).length === 2
		)
			return o['id'];
		return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]));
	}
	return value;
}

/** The corrections an entry's page relies on, each once, with the source that prints the misprint. */
export function correctionNotes(
	entry: Practice | Case | Brand,
	sources: Source[],
): CorrectionNote[] {
	if (sources.every((s) => s.data.corrections.length === 0)) return [];
	const withText = sources.flatMap((s) => archived(s) ?? []);
	const used = correctionsUsed(
		entry.collection,
		plain(entry.data) as Record<string, unknown>,
		entry.body ?? '',
		withText,
	);
	const notes: CorrectionNote[] = [];
	for (const u of used) {
		const source = sources.find((s) => s.id === u.source);
		if (
			source &&
			!notes.some((n) => n.source.id === source.id && n.correction.printed === u.correction.printed)
		)
			notes.push({
				source,
				correction: u.correction,
				anchor: correctionAnchor(source.id, source.data.corrections.indexOf(u.correction)),
			});
	}
	return notes;
}
