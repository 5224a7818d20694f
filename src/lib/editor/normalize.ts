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
	let out = text.replace(
		new RegExp(`(?<=[${HAN}${CJK_PUNCT}])\\s*([,:;?!])\\s*`, 'gu'),
		(_m, p: string) => map[p] ?? p,
	);
	out = out.replace(new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)`, 'gu'), '（$1）');
	// Straight double quotes around Chinese become curly ones.
	out = out.replace(new RegExp(`"([^"\\n]*[${HAN}][^"\\n]*)"`, 'gu'), '“$1”');
	// A full stop after Chinese text (or its closing quote or bracket) is the Chinese 。
	out = out.replace(new RegExp(`([${HAN}”’）])\\s*\\.(?=\\s|$)`, 'gmu'), '$1。');
	return out;
}

export function normalizeText(input: string): string {
	let text = input.replace(/\r\n?/g, '\n');
	text = stripPinyinAnnotations(text);
	text = toSimplified(text);
	// Full-width letters and digits become ASCII; Chinese punctuation stays full-width.
	text = text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xfee0),
	);
	text = chinesePunctuation(text);
	// No spaces between Chinese characters or around Chinese punctuation (a converter's leftovers).
	text = text.replace(
		new RegExp(`(?<=[${HAN}${CJK_PUNCT}])[ \\t\\u3000]+(?=[${HAN}${CJK_PUNCT}])`, 'gu'),
		'',
	);
	text = text.replace(/[ \t\u3000]+$/gm, '').replace(/\n{3,}/g, '\n\n');
	return text.trimEnd() + '\n';
}
