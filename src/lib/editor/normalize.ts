/**
 * Cleans text pasted from articles: traditional → simplified (OpenCC, phrase-aware), pinyin
 * annotations such as `領(lǐng)` removed, and punctuation and spacing put into Chinese
 * conventions. Pure: takes text, returns text.
 */
import { stripPinyinAnnotations, toSimplified } from '../text/chinese.ts';

const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '，。、；：？！“”‘’（）《》【】…—';

/** Replaces ASCII punctuation next to Chinese text with its full-width form. */
function chinesePunctuation(text: string): string {
	const map: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
	// Brackets and quotes first, so punctuation after them is seen as next to Chinese.
	let out = text.replace(new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)`, 'gu'), '（$1）');
	// Straight double quotes around Chinese become curly ones.
	out = out.replace(new RegExp(`"([^"\\n]*[${HAN}][^"\\n]*)"`, 'gu'), '“$1”');
	// A whole run (`::`, `?!`) at once: one character per pass would take a pass per character.
	out = out.replace(
		new RegExp(`(?<=[${HAN}${CJK_PUNCT}])\\s*([,:;?!][,:;?!\\s]*)`, 'gu'),
		(_m, run: string) => [...run.replace(/\s+/g, '')].map((p) => map[p] ?? p).join(''),
	);
	// A full stop after Chinese text (or its closing quote or bracket) is the Chinese 。
	out = out.replace(new RegExp(`([${HAN}”’）])\\s*\\.(?=\\s|$)`, 'gmu'), '$1。');
	return out;
}

/** Applies `step` until the text no longer changes (each step only ever removes or maps down). */
function untilStable(text: string, step: (t: string) => string): string {
	for (let next = step(text); next !== text; next = step(text)) text = next;
	return text;
}

/** Zero-width and bidi control characters, which text copied from chat apps carries and the checker refuses. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function normalizeText(input: string): string {
	let text = input.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
	// Full-width letters and digits become ASCII first, so full-width pinyin （ｌǐｎｇ） is seen too;
	// Chinese punctuation stays full-width.
	text = text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xfee0),
	);
	// Removing one annotation can join the text around it into another: (l(ǐ)ǐ).
	text = untilStable(text, stripPinyinAnnotations);
	// OpenCC maps a few characters in two steps (薴 → 苧 → 苎).
	text = untilStable(text, toSimplified);
	// Each pass only turns ASCII punctuation into Chinese, so repeating it until nothing changes ends,
	// and a mark converted in one pass (。) can make the next mark Chinese-adjacent.
	text = untilStable(text, chinesePunctuation);
	// No spaces between Chinese characters or around Chinese punctuation (a converter's leftovers).
	text = text.replace(
		new RegExp(`(?<=[${HAN}${CJK_PUNCT}])[ \\t\\u3000]+(?=[${HAN}${CJK_PUNCT}])`, 'gu'),
		'',
	);
	text = text.replace(/[ \t\u3000]+$/gm, '').replace(/\n{3,}/g, '\n\n');
	return text.trimEnd() + '\n';
}
