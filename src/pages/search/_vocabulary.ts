/**
 * The search vocabulary and table for this build, made once and shared by the files that serve
 * them (`terms/[file].json.ts`): the site's names and page texts (from the loaded collections)
 * and the editors' search table (content/search.yaml, already checked before the build).
 */
import { readSearchTable } from '../../lib/content-check/search-table.ts';
import { buildVocabulary, entryText, namesOf } from '../../lib/search-build/vocabulary-build.ts';
import type { SearchTableData } from '../../lib/search/vocabulary.ts';
import { paths } from '../../lib/site/paths.ts';
import { siteData } from '../../lib/site/data.ts';

async function make() {
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
	const vocabulary = buildVocabulary({
		names: [
			...entries.flatMap((e) => namesOf(e.collection, e.data)),
			...[...table.synonyms.flatMap((g) => g.terms), ...table.distinct.flat()].map((term) => ({
				term,
				kind: 'synonym' as const,
			})),
		],
		texts: entries.map((e) => entryText(e.data, e.body)),
	});
	const searchTable: SearchTableData = {
		synonyms: table.synonyms.map((g) => g.terms),
		distinct: table.distinct.map(([a, b]) => [a!, b!]),
		fillers: table.fillers,
		topics: site.topics.map((t) => [t.data.name, paths.topic(t.id), t.data.aliases]),
	};
	return { vocabulary, searchTable };
}

let made: ReturnType<typeof make> | undefined;
/** This build's vocabulary shards, character readings and search table. */
export const searchVocabulary = () => (made ??= make());
