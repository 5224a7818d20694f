/**
 * The search vocabulary as static files the search page fetches only when a query needs them:
 * one shard per first letter of the terms' pinyin, the characters' readings, and the search
 * table with the topics. See src/lib/search/vocabulary.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchVocabulary } from '../_vocabulary.ts';

export const getStaticPaths = (async () => {
	const { vocabulary } = await searchVocabulary();
	return [...Object.keys(vocabulary.shards), 'chars', 'table'].map((file) => ({
		params: { file },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { vocabulary, searchTable } = await searchVocabulary();
	const file = params['file'] ?? '';
	const body =
		file === 'chars' ? vocabulary.chars : file === 'table' ? searchTable : vocabulary.shards[file];
	return new Response(JSON.stringify(body ?? []), {
		headers: { 'Content-Type': 'application/json' },
	});
};
