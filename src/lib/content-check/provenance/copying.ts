/**
 * Copied prose: the site's own sentences share no run of more than `COPIED_RUN` characters with
 * an article. Both sides are compared after dropping punctuation, spaces and the particles
 * 的/地/得/了, so a copied sentence does not hide behind a 、 every few characters or a stray 的.
 * Quotations and exact names (names, titles, figures as the article writes them) may repeat the
 * article: inside a run they neither count nor break it, so a clause copied around a name is
 * still one run, measured by what was copied besides the name. The same holds for the items of
 * a list the article gives (公开听证、上门听证、远程听证): short terms that stand beside a 、 in the
 * article too are names in a list, while a sentence cut up with 、 the article does not have is
 * still the article's sentence. A figure's label that the article itself gives that figure is the
 * article's name for what is counted, not copying.
 */
import { canonical, isHan, type Canonical } from '../../text/canonical.ts';
import { quantities } from '../../text/numbers.ts';
import type { Piece } from './claims.ts';

/**
 * The longest run the site's own text may share with an article, in characters (Han, digits,
 * letters). 14 leaves room for the articles' terms of art, which run to 7–10 characters
 * (党建与业务互融互促, 检察听证全覆盖), with a word or two around them; a shared run of 15 or
 * more is a copied clause. Longer official names are quoted or marked `exact`, and exempt.
 */
export const COPIED_RUN = 14;

const PARTICLES = new Set(['的', '地', '得', '了']);

/** The characters a comparison reads, and where each stands in the canonical text. */
function skeleton(canon: string): { chars: string; pos: number[] } {
	let chars = '';
	const pos: number[] = [];
	for (let i = 0; i < canon.length; i++) {
		const c = canon[i]!;
		if (isWordChar(c) && !PARTICLES.has(c)) {
			chars += c;
			pos.push(i);
		}
	}
	return { chars, pos };
}

/** What a comparison reads: Han characters and digits (letters are addresses and codes). */
const isWordChar = (c: string) => isHan(c) || (c >= '0' && c <= '9');

/**
 * The stretch compared at a time, in characters without particles: a copied passage is a chain
 * of overlapping stretches the article has, then measured with its particles. Shorter than
 * `COPIED_RUN`, so a run of 15 that holds a 的 or 地 is still found.
 */
const WINDOW = 10;

/** Every stretch of `WINDOW` characters of an article's text, as a comparison reads it. */
export function gramsOf(canon: string): Set<string> {
	const { chars } = skeleton(canon);
	const grams = new Set<string>();
	for (let i = 0; i + WINDOW <= chars.length; i++) grams.add(chars.slice(i, i + WINDOW));
	return grams;
}

/** An article made ready for the comparison: its stretches, and the names that may repeat it. */
export interface CopySource {
	/** The article's canonical text. */
	canon: string;
	grams: Set<string>;
	/** Exact names of the entries citing it, as a comparison reads them (`skeleton`). */
	names: string[];
}

/** `canon` (an article) ready to compare, with `exempt` (canonical names) that may repeat it. */
export function copySource(canon: string, exempt: Iterable<string>): CopySource {
	const names = [...new Set([...exempt].map((n) => skeleton(n).chars))].filter((n) => n.length > 1);
	return { canon, grams: gramsOf(canon), names };
}

/**
 * Passages of `piece` that repeat more than `COPIED_RUN` characters of an article, with how many
 * characters each has besides what may repeat the article: its quotations (`quoted`), the exact
 * names of the entries citing the article, its numbers, and the items of the article's lists.
 */
export function copiedSpans(
	piece: Piece,
	canon: Canonical,
	quoted: Uint8Array,
	source: CopySource,
): Array<{ text: string; length: number }> {
	const found: Array<{ text: string; length: number }> = [];
	const { chars, pos } = skeleton(canon.text);
	if (chars.length < WINDOW) return found;
	let masked: Uint8Array | undefined;
	let i = 0;
	while (i + WINDOW <= chars.length) {
		if (!source.grams.has(chars.slice(i, i + WINDOW))) {
			i++;
			continue;
		}
		let end = i + WINDOW;
		while (end < chars.length && source.grams.has(chars.slice(end + 1 - WINDOW, end + 1))) end++;
		masked ??= exempted(canon.text, chars, pos, quoted, source);
		// The passage's own characters count, particles too: they were dropped only to compare.
		let copied = 0;
		for (let k = pos[i]!; k <= pos[end - 1]!; k++)
			if (!masked[k] && isWordChar(canon.text[k]!)) copied++;
		if (copied > COPIED_RUN) {
			const from = canon.at[pos[i]!]!;
			const to = canon.at[pos[end - 1]!]! + 1;
			found.push({ text: piece.text.slice(from, to), length: copied });
		}
		i = end;
	}
	return found;
}

/** The canonical positions that may repeat the article: quotations, names, numbers, list items. */
function exempted(
	canon: string,
	chars: string,
	pos: number[],
	quoted: Uint8Array,
	source: CopySource,
): Uint8Array {
	const masked = Uint8Array.from(quoted);
	for (const name of source.names)
		for (let k = chars.indexOf(name); k >= 0; k = chars.indexOf(name, k + 1))
			masked.fill(1, pos[k]!, pos[k + name.length - 1]! + 1);
	for (const q of quantities(canon)) masked.fill(1, q.start, q.end);
	if (canon.includes('、')) maskListItems(canon, source.canon, masked);
	return masked;
}

/**
 * Whether `text` (from a figure's label) is the article's own wording for what is counted: it
 * stands, as a comparison reads it, in one of `sentences` (those that state the figure).
 */
export function labelIsArticles(text: string, sentences: string[]): boolean {
	const form = skeleton(canonical(text).text).chars;
	return form.length > 0 && sentences.some((s) => skeleton(s).chars.includes(form));
}

/** The longest list item, in characters, read as a name rather than as prose: 检察官助理, not 参加组织活动. */
const LIST_ITEM = 5;

/**
 * Marks in `masked` the items of the lists in `canon` (a piece's canonical text) that are items of
 * a list in the article too: up to `LIST_ITEM` characters beside a 、, where the article has the
 * same characters beside a 、 on the same side.
 */
function maskListItems(canon: string, article: string, masked: Uint8Array): void {
	for (let p = canon.indexOf('、'); p >= 0; p = canon.indexOf('、', p + 1)) {
		for (let n = LIST_ITEM; n > 0; n--) {
			const item = canon.slice(p - n, p);
			if (p - n >= 0 && [...item].every(isWordChar) && article.includes(`${item}、`)) {
				masked.fill(1, p - n, p);
				break;
			}
		}
		for (let n = LIST_ITEM; n > 0; n--) {
			const item = canon.slice(p + 1, p + 1 + n);
			if (item.length === n && [...item].every(isWordChar) && article.includes(`、${item}`)) {
				masked.fill(1, p + 1, p + 1 + n);
				break;
			}
		}
	}
}
