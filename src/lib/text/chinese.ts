/**
 * Checks that text is simplified Chinese with no leftovers of the traditional-character source:
 * traditional characters (found with OpenCC's maintained tables, not a hand-made list) and
 * pinyin annotations such as `領(lǐng)` that the converter inserted.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** A parenthesised pinyin syllable with a tone mark, as the converter inserted: `(lǐng)`, `(yè)`. */
const PINYIN_ANNOTATION = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

/** The pinyin annotations in `text`, e.g. `['(lǐng)']`. */
export function findPinyinAnnotations(text: string): string[] {
	return text.match(PINYIN_ANNOTATION) ?? [];
}

const seen = new Map<string, string>();
/** One character's simplified form; remembered, as the same few thousand characters recur in every file. */
function simplifiedChar(char: string): string {
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
