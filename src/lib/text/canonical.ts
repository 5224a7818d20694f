/**
 * The one form in which the site's text and an article's are compared: simplified characters,
 * punctuation variants folded (“” 「」 and " alike), full-width letters and digits made ASCII,
 * whitespace and Markdown emphasis dropped. Both sides go through it, so only wording counts.
 * Each character of the result keeps the index it came from, so a message can quote the
 * editor's own text.
 *
 * Runtime: plain Node (the content checker, and pages at build through it). Imports only the
 * other text rules.
 */
import { simplifiedChar } from './chinese.ts';

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

/** Whether `c` (one UTF-16 unit) is a Han character, or the lead half of one beyond the BMP. */
export function isHan(c: string): boolean {
	const code = c.charCodeAt(0);
	return (
		(code >= 0x3400 && code <= 0x9fff) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xd840 && code <= 0xd87f)
	);
}
