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
import { runsOf } from '../support/sweep.ts';

const site = searchSite();
const table = builtTable();
const terms = table.dictionary.words;
/** Terms per test: the dictionary grows with the site, a test's length does not. */
const RUN_SIZE = 60;

describe('every term of the site dictionary', () => {
	test('has the site’s terms to check', () => {
		expect(terms.length).toBeGreaterThan(300);
	});

	test.each(runsOf(terms, RUN_SIZE).map((r) => [r.label, r.items] as const))(
		'terms %s are words: the count is the pages holding each, and every result shown holds it',
		async (_label, run) => {
			const wrong: string[] = [];
			for (const term of run) {
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
		300_000,
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
