/**
 * Everything the search page fetches about the site's words, made from the entries and the
 * editors' search table in one place, for the build (src/pages/search/_vocabulary.ts) and the
 * tests alike: the site dictionary, the vocabulary with its pinyin, and the search table.
 */
import type { SearchTable } from '../../schemas/search-table.ts';
import { Dictionary } from '../search/dictionary.ts';
import type { SearchTableData } from '../search/vocabulary.ts';
import { buildDictionary } from './dictionary-build.ts';
import {
	buildVocabulary,
	entryText,
	namesOf,
	type Vocabulary,
	type WordsOf,
} from './vocabulary-build.ts';

/** An entry as the search data reads it. */
export interface SearchEntry {
	collection: string;
	data: Record<string, unknown>;
	body: string;
}

/** What titles an entry: its `title`, or its `name`. */
const titleOf = (data: Record<string, unknown>): string[] =>
	[data['title'], data['name']].filter((t): t is string => typeof t === 'string');

/** The names the entries give and the search table's groups, with what they name. */
const namesIn = (entries: SearchEntry[], table: SearchTable) => [
	...entries.flatMap((e) => namesOf(e.collection, e.data)),
	...[...table.synonyms.flatMap((g) => g.terms), ...table.distinct.flat()].map((term) => ({
		term,
		kind: 'synonym' as const,
	})),
];

/**
 * The site dictionary alone: what search cuts words with, and what headings keep whole when
 * they break a line (src/lib/text/line-breaks.ts).
 */
export function siteDictionary(
	entries: SearchEntry[],
	table: SearchTable,
	moreTitles: string[] = [],
	names = namesIn(entries, table),
): string[] {
	return buildDictionary({
		names: [...names.map((n) => n.term), ...table.fillers, ...table.words],
		titles: [...entries.flatMap((e) => titleOf(e.data)), ...moreTitles],
	});
}

export function searchData(
	entries: SearchEntry[],
	table: SearchTable,
	/** Each topic's name, page and other names. */
	topics: SearchTableData['topics'],
	/** Titles of what the pages name but do not index as entries (the articles cited). */
	moreTitles: string[] = [],
	/** Each text's words, where a build keeps them (see `buildVocabulary`). */
	wordsOf?: WordsOf,
	/** `siteDictionary` of the same input, where the caller has it already (a build does). */
	dictionary?: string[],
): { vocabulary: Vocabulary; searchTable: SearchTableData } {
	const names = namesIn(entries, table);
	const words = dictionary ?? siteDictionary(entries, table, moreTitles, names);
	const named = new Set(names.map((n) => n.term));
	const vocabulary = buildVocabulary({
		names: [
			...names,
			...words.filter((w) => !named.has(w)).map((term) => ({ term, kind: 'term' as const })),
		],
		texts: entries.map((e) => entryText(e.data, e.body)),
		dictionary: new Dictionary({ words }),
		...(wordsOf && { wordsOf }),
	});
	const brands = new Set(
		entries.filter((e) => e.collection === 'brands').map((e) => String(e.data['name'])),
	);
	const searchTable: SearchTableData = {
		synonyms: table.synonyms.map((g) => g.terms),
		distinct: table.distinct.map(([a, b]) => [a!, b!]),
		fillers: table.fillers,
		topics,
		brandNamed: topics.flatMap(([name, , aliases]) =>
			[name, ...aliases].filter((n) => brands.has(n)),
		),
		dictionary: { words },
	};
	return { vocabulary, searchTable };
}
