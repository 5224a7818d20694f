/**
 * Builds the traditional → simplified table the search page needs, with opencc-js (a maintained
 * converter, not a hand-made list), limited to the simplified characters the site contains: a
 * traditional character whose simplified form is not on the site could not match anything anyway.
 */
import * as OpenCC from 'opencc-js';
import type { T2S } from './query.ts';

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 't' }), OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function buildT2S(siteText: string): T2S {
	const table: T2S = {};
	for (const char of new Set(siteText)) {
		if (!/\p{Script=Han}/u.test(char)) continue;
		for (const convert of toTraditional) {
			const trad = convert(char);
			if (trad !== char && [...trad].length === 1 && toSimplified(trad) === char) table[trad] = char;
		}
	}
	return table;
}
