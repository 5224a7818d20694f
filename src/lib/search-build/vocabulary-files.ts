/**
 * The files the search vocabulary is served as under /search/terms/ (src/lib/search/vocabulary.ts
 * says which a query fetches), made from the built vocabulary and search table, for the build
 * (src/pages/search/terms/[file].json.ts), the indexer (which writes the dictionary's parts again
 * with the terms no page holds) and the tests alike.
 */
import type { DictionaryData } from '../search/dictionary.ts';
import {
	dictionaryFile,
	partOf,
	soundFile,
	type SearchRules,
	type SearchTableData,
	type TermRow,
} from '../search/vocabulary.ts';
import type { Vocabulary } from './vocabulary-build.ts';

/**
 * Terms in a part of the dictionary: about 1 KB compressed, so a four-character query fetches a
 * few kilobytes of it (its whole was 40 KB at 10,000 entries, fetched by every query).
 */
const WORDS_PER_PART = 128;

/** The dictionary in parts by the first character of its terms (partOf). */
export function dictionaryParts({ words, absent }: DictionaryData): DictionaryData[] {
	const n = Math.max(1, Math.ceil(words.length / WORDS_PER_PART));
	const parts = Array.from({ length: n }, (): DictionaryData => ({ words: [] }));
	const partOfWord = (w: string) => parts[partOf(String.fromCodePoint(w.codePointAt(0) ?? 0), n)]!;
	for (const w of words) partOfWord(w).words.push(w);
	if (absent) {
		for (const part of parts) part.absent = [];
		for (const w of absent) partOfWord(w).absent!.push(w);
	}
	return parts;
}

/** Every file of the vocabulary, by name (termsPath gives its address). */
export function vocabularyFiles(
	vocabulary: Vocabulary,
	table: SearchTableData,
): Map<string, unknown> {
	const { dictionary, ...rest } = table;
	const bySound: Record<string, TermRow[]> = {};
	for (const rows of Object.values(vocabulary.shards))
		for (const row of rows) (bySound[row[1].split(' ')[0]!] ??= []).push(row);
	const parts = dictionaryParts(dictionary);
	const rules: SearchRules = {
		...rest,
		dictionaryParts: parts.length,
		sounds: Object.keys(bySound).sort(),
	};
	return new Map<string, unknown>([
		['table', table],
		['rules', rules],
		['chars', vocabulary.chars],
		...Object.entries(vocabulary.shards),
		...Object.entries(bySound).map(([s, rows]): [string, unknown] => [soundFile(s), rows]),
		...parts.map((part, i): [string, unknown] => [dictionaryFile(i), part]),
	]);
}
