/**
 * The search vocabulary and table for this build, made once and shared by the files that serve
 * them (`terms/[file].json.ts`): the site's names and page texts (from the loaded collections)
 * and the editors' search table (content/search.yaml, already checked before the build). The
 * site dictionary alone is shared too: headings keep its terms whole (src/middleware.ts).
 */
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

async function make() {
	const { site, entries, table, moreTitles } = await input();
	return searchData(
		entries,
		table,
		site.topics.map((t) => [t.data.name, paths.topic(t.id), t.data.aliases]),
		moreTitles,
	);
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
