/**
 * Builds the traditional → simplified table the search page needs, with opencc-js (a maintained
 * converter, not a hand-made list), limited to the simplified characters the site contains: a
 * traditional character whose simplified form is not on the site could not match anything anyway.
 */
import { toSimplified, toTraditionalForms } from '../text/chinese.ts';
import type { T2S } from '../search/query.ts';

export function buildT2S(siteText: string): T2S {
	const table: T2S = {};
	for (const char of new Set(siteText)) {
		if (!/\p{Script=Han}/u.test(char)) continue;
		for (const convert of toTraditionalForms) {
			const trad = convert(char);
			if (trad !== char && [...trad].length === 1 && toSimplified(trad) === char)
				table[trad] = char;
		}
	}
	return table;
}
