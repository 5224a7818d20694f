/**
 * Where a page relies on a corrected misprint of an article (a source's `corrections`), so the
 * page can say so: never a silent correction. Which corrections an entry uses is decided by the
 * provenance check itself (`correctionsUsed`), against the archived article text, read here at
 * build time (the archive is read, never published).
 */
import type { Correction } from '../../schemas/sources.ts';
import {
	correctionsUsed,
	readArchive,
	type ArchivedSource,
} from '../content-check/provenance/index.ts';
import { contentDir } from '../content-check/read.ts';
import type { Brand, Case, Practice, Source } from './data.ts';

export interface CorrectionNote {
	/** The source whose article prints the misprint. */
	source: Source;
	correction: Correction;
}

const archives = new Map<string, ArchivedSource | undefined>();

/** A source with its archived text, read once per build. */
function archived(source: Source): ArchivedSource | undefined {
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
			notes.push({ source, correction: u.correction });
	}
	return notes;
}
