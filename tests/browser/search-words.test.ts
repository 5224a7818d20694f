/**
 * Words, not characters: for every term of the site dictionary (topic names and other names,
 * brand names, named mechanisms, the search table's words, the words of titles), the count the
 * search page shows equals the number of pages that hold the term, or a synonym it is searched
 * with, and every result of the first page holds it. Pages are read from the built site itself
 * (tests/support/search-text.ts), not from the index, and the terms are typed into the search
 * page as a visitor would.
 */
import { describe, expect, test } from 'vitest';
import { builtTable, searchFor, searchSite } from '../support/search-text.ts';

const site = searchSite();
const table = builtTable();

describe('every term of the site dictionary', () => {
	test(
		'is a word: the count is the pages holding it, and every result shown holds it',
		{ timeout: 600_000 },
		async () => {
			const terms = table.dictionary.words;
			expect(terms.length).toBeGreaterThan(300);
			const wrong: string[] = [];
			for (const term of terms) {
				// A term that is only a question or filler word is searched as typed, like any other.
				const expected = site.holding(term);
				const shown = await searchFor(site.page, term);
				const stray = shown.urls.filter((u) => !expected.includes(u));
				if (shown.count !== expected.length || stray.length > 0)
					wrong.push(
						`${term}: shows ${shown.count}, held by ${expected.length}; not holding it: ${stray.join(' ')}`,
					);
			}
			expect(wrong).toEqual([]);
		},
	);

	test('the check can fail: a word cut into characters is counted apart', async () => {
		// 党 and 建 stand apart on far more pages than 党建 stands on: counted by characters,
		// the count would be theirs.
		const apart = [...site.texts.values()].filter(
			(t) => t.includes('党') && t.includes('建'),
		).length;
		expect(site.holding('党建').length).toBeLessThan(apart);
		expect((await searchFor(site.page, '党建')).count).toBe(site.holding('党建').length);
	});
});
