/**
 * The site's Chinese text rules, in one place: simplified characters only (OpenCC's maintained
 * tables, not a hand-made list), and no pinyin annotations such as `領(lǐng)` or `(yè wù)` that
 * the traditional-character source's converter inserted. The content checker reports what these
 * find, `npm run normalize` removes it, and the search page's 繁→简 table is built from them.
 *
 * Runtime: plain Node at build or check time (opencc-js's tables are too large for the browser).
 * Imports nothing of the site's.
 */
import * as OpenCC from 'opencc-js';

/** Traditional → simplified, phrase-aware (OpenCC `t` → `cn`): the one converter the site uses. */
export const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Simplified → each traditional standard a visitor may type in (OpenCC `t`, Taiwan, Hong Kong). */
export const toTraditionalForms = [
	OpenCC.Converter({ from: 'cn', to: 't' }),
	OpenCC.Converter({ from: 'cn', to: 'tw' }),
	OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

/** A parenthesised run of pinyin syllables with at least one tone mark: `(lǐng)`, `(yè wù)`, `（dǎo）`. */
export const PINYIN_ANNOTATION =
	/[(（]\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]*[)）]/g;

/** The pinyin annotations in `text`, e.g. `['(lǐng)', '(yè wù)']`. */
export function findPinyinAnnotations(text: string): string[] {
	return text.match(PINYIN_ANNOTATION) ?? [];
}

/** `text` without its pinyin annotations. */
export function stripPinyinAnnotations(text: string): string {
	return text.replace(PINYIN_ANNOTATION, '');
}

const seen = new Map<string, string>();
/** One character's simplified form; remembered, as the same few thousand characters recur in every file. */
export function simplifiedChar(char: string): string {
	let simplified = seen.get(char);
	if (simplified === undefined) seen.set(char, (simplified = toSimplified(char)));
	return simplified;
}

/** Traditional characters in `text`, each once, with the simplified form OpenCC gives. */
export function findTraditional(text: string): Array<{ char: string; simplified: string }> {
	const found = new Map<string, string>();
	for (const char of text) {
		if (char.charCodeAt(0) < 0x2e80 || found.has(char)) continue; // below the CJK blocks: nothing to convert
		const simplified = simplifiedChar(char);
		if (simplified !== char) found.set(char, simplified);
	}
	return [...found].map(([char, simplified]) => ({ char, simplified }));
}
