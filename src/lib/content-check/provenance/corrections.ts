/**
 * An article's misprints, corrected only through its source's `corrections` list: where the
 * site's exact name, figure or sentence needs a correction to be found in the article, which
 * correction it is, and where in a text it is used, so a page can put a note marker beside that
 * sentence. A quotation is the article's own words, so it is never found through a correction
 * (`quotations.ts` refuses it).
 */
import type { Correction } from '../../../schemas/sources.ts';
import { canonical } from '../../text/canonical.ts';
import { has, occurs, prepare, type Article, type ArchivedSource } from './archives.ts';

/** Whether `form` (canonical) is in the article as printed, or only through one of its corrections. */
export function find(form: string, article: Article): { found: boolean; correction?: Correction } {
	if (has(article, form)) return { found: true };
	for (const c of article.corrected) {
		if (!c.written || !form.includes(c.written)) continue;
		if (occurs(article.canon, form.split(c.written).join(c.printed)))
			return { found: true, correction: c.correction };
	}
	return { found: false };
}

/** A correction an entry relies on: which source's, and in which field. */
export interface UsedCorrection {
	source: string;
	field: string;
	correction: Correction;
}

/** Whether any of `forms` is in any of the articles, and the correction it took, if one did. */
export function verify(
	forms: string[],
	articles: Article[],
): { found: boolean; used?: { source: string; correction: Correction } } {
	let used: { source: string; correction: Correction } | undefined;
	for (const form of forms) {
		for (const article of articles) {
			const result = find(form, article);
			if (result.found && !result.correction) return { found: true };
			if (result.found && !used) used = { source: article.id, correction: result.correction! };
		}
	}
	return used ? { found: true, used } : { found: false };
}

/** How far a corrected form is read into its context either side, to tell the misprinted passage from the word elsewhere. */
const CONTEXT = 4;

/** Where in `text` a correction of one of the articles is used, in the text's own offsets. */
export interface CorrectionUse {
	start: number;
	end: number;
	source: string;
	correction: Correction;
}

/**
 * The places in `text` (the site's own words) that write a correction's form where the article
 * prints the misprint: the written form with its neighbours, read back with the misprint, is in
 * the article, and read as written is not. “溯源治理” alone is the article's own word elsewhere
 * and uses nothing; “安全生产溯源治理” is the misprinted passage, corrected.
 */
export function correctionUses(text: string, sources: ArchivedSource[]): CorrectionUse[] {
	const articles = sources.map(prepare).filter((a) => a.corrected.length > 0);
	if (articles.length === 0) return [];
	const { text: canon, at } = canonical(text);
	const uses: CorrectionUse[] = [];
	for (const article of articles) {
		for (const c of article.corrected) {
			if (!c.written) continue;
			for (let i = canon.indexOf(c.written); i >= 0; i = canon.indexOf(c.written, i + 1)) {
				const end = i + c.written.length;
				let corrected = false;
				for (let left = 0; left <= CONTEXT && !corrected; left++) {
					for (let right = 0; right <= CONTEXT && !corrected; right++) {
						if (i - left < 0 || end + right > canon.length) continue;
						const before = canon.slice(i - left, i);
						const after = canon.slice(end, end + right);
						corrected =
							occurs(article.canon, before + c.printed + after) &&
							!occurs(article.canon, before + c.written + after);
					}
				}
				if (corrected)
					uses.push({
						start: at[i]!,
						end: at[end - 1]! + 1,
						source: article.id,
						correction: c.correction,
					});
			}
		}
	}
	return uses.sort((a, b) => a.start - b.start);
}
