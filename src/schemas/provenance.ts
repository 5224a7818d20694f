/**
 * Marks that say how a field's text stands to the articles it cites, read by the provenance
 * check (`src/lib/content-check/provenance/`), so which fields are checked how is written once,
 * beside each field, and never kept as a second list:
 * - `exact(…)`: an official name, title, slogan, person, unit or period that must appear verbatim
 *   in a cited article (after the shared normalisation: simplified characters, punctuation
 *   variants, whitespace), or through the source's `corrections`;
 * - `referenceData(…)`: information that is not from an article (a procuratorate's province or
 *   city, kept for the province filter). It is never checked against the article, and no prose
 *   of an entry may present it as an article fact unless a cited article gives it too;
 * - a figure (`figureSchema`): value, unit, 余/多 and `display` together appear in a cited article;
 * - `maintainerNote(…)`: a note for maintainers that no page shows (a source's `archiveFixes`), so
 *   nothing in it is read against the article: it talks about the archive, including the very
 *   characters the article misprints or a converter got wrong.
 * Every other text is the site's own prose: its quotations must be verbatim, and it must not carry
 * over a long run of the article's sentences.
 */
import { z } from 'astro/zod';

export interface ProvenanceMark {
	provenance: 'exact' | 'reference' | 'figure' | 'note';
	/** Exact only when this boolean field of the same entry is true (e.g. a case's `officialTitle`). */
	onlyIf?: string;
	/** Exact unless this boolean field of the same entry is true (e.g. a brand's `pillarsBySite`). */
	unless?: string;
}

/** The marks, kept off the schemas' own metadata so they never leak into generated JSON schemas. */
export const provenanceMarks = z.registry<ProvenanceMark>();

/** `schema`, with `mark` recorded for it. */
function marked<T extends z.ZodType>(schema: T, mark: ProvenanceMark): T {
	provenanceMarks.add(schema, mark);
	return schema;
}

/** Marks `schema` (a text, or a number such as a year) as verbatim from the article. */
export const exact = <T extends z.ZodType>(
	schema: T,
	condition: Pick<ProvenanceMark, 'onlyIf' | 'unless'> = {},
): T => marked(schema, { provenance: 'exact', ...condition });

/** Marks `schema` as reference data: not from the article, never presented as an article fact. */
export const referenceData = <T extends z.ZodType>(schema: T): T =>
	marked(schema, { provenance: 'reference' });

/** Marks `schema` as a maintainers' note: shown on no page, never read against the article. */
export const maintainerNote = <T extends z.ZodType>(schema: T): T =>
	marked(schema, { provenance: 'note' });

/** Marks `schema` as a figure: checked as one value-and-unit claim. */
export const figureMark = <T extends z.ZodType>(schema: T): T =>
	marked(schema, { provenance: 'figure' });

interface Def {
	type?: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	element?: z.ZodType;
	in?: z.ZodType;
	options?: z.ZodType[];
}

/**
 * Every marked field of a collection's schema by its path pattern, `*` standing for a list index:
 * `{ 'named.*.name': { provenance: 'exact' }, province: { provenance: 'reference' } }`. Read once
 * per collection; the mark on an inner schema holds through `.optional()`, `.default()`, lists
 * and transforms.
 */
export function provenanceFields(schema: z.ZodType): Map<string, ProvenanceMark> {
	const out = new Map<string, ProvenanceMark>();
	const visit = (node: z.ZodType, path: string): void => {
		const mark = provenanceMarks.get(node);
		if (mark && !out.has(path)) out.set(path, mark);
		const def = (node as unknown as { _zod: { def: Def } })._zod.def;
		if (def.shape)
			for (const [key, child] of Object.entries(def.shape))
				visit(child, path ? `${path}.${key}` : key);
		if (def.element) visit(def.element, path ? `${path}.*` : '*');
		if (def.innerType) visit(def.innerType, path);
		if (def.in) visit(def.in, path);
		for (const option of def.options ?? []) visit(option, path);
	};
	visit(schema, '');
	return out;
}
