/**
 * The search vocabulary and table for this build, made once and shared by the files that serve
 * them (`terms/[file].json.ts`): the site's names and page texts (from the loaded collections)
 * and the editors' search table (content/search.yaml, already checked before the build). The
 * site dictionary alone is shared too: headings keep its terms whole (src/middleware.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { codeKey, Memo } from '../../lib/build/memo.ts';
import { readSearchTable } from '../../lib/content-check/search-table.ts';
import { searchData, siteDictionary } from '../../lib/search-build/search-data.ts';
import { paths } from '../../lib/site/paths.ts';
import { siteData } from '../../lib/site/data.ts';

async function input() {
	const site = await siteData();
	const { table } = readSearchTable(process.cwd());
	const collections = {
		topics: site.topics,
		brands: site.brands,
		procuratorates: site.procuratorates,
		practices: site.practices,
		honours: site.honours,
		cases: site.cases,
	};
	const entries = Object.entries(collections).flatMap(([collection, list]) =>
		list.map((e) => ({
			collection,
			data: e.data as Record<string, unknown>,
			body: 'body' in e ? (e.body ?? '') : '',
		})),
	);
	return {
		site,
		entries,
		table,
		// The articles' titles stand on every page that cites them; their text is not published.
		moreTitles: site.sources.flatMap((s) => s.data.title ?? []),
	};
}

/** Each text's words as the last build cut them, under the dictionary and code that cut them. */
const lastCut = new Memo('search-vocabulary-words');

async function make() {
	const { site, entries, table, moreTitles } = await input();
	// Cutting every entry's text into words took about 6 s at 10,000 entries; an edit changes
	// one text, so the others' words are read from the last build. A new dictionary (a new
	// title, a search table change) or new code cuts everything again.
	const words = await siteWords();
	const key = createHash('sha256')
		.update(JSON.stringify(words))
		// This module runs bundled, so the code it hashes is found from the project folder.
		.update(codeKey([join(process.cwd(), 'src/lib/search-build/search-data.ts')], process.cwd()))
		.digest('hex');
	const known = new Map(lastCut.get<Array<[string, string[]]>>(key) ?? []);
	const used = new Map<string, string[]>();
	const result = searchData(
		entries,
		table,
		site.topics.map((t) => [t.data.name, paths.topic(t.id), t.data.aliases]),
		moreTitles,
		(text, cut) => {
			const id = createHash('sha256').update(text).digest('base64url');
			const found = known.get(id) ?? cut(text);
			used.set(id, found);
			return found;
		},
		// Made once per build: headings (src/middleware.ts) need it before the vocabulary.
		words,
	);
	lastCut.set(key, [...used]);
	return result;
}

let made: ReturnType<typeof make> | undefined;
/** This build's vocabulary shards, character readings and search table. */
export const searchVocabulary = () => (made ??= make());

let words: Promise<string[]> | undefined;
/** This build's site dictionary (the words of `searchVocabulary`'s table, without the rest). */
export const siteWords = () =>
	(words ??= input().then(({ entries, table, moreTitles }) =>
		siteDictionary(entries, table, moreTitles),
	));
