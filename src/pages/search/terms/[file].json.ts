/**
 * The search vocabulary as static files the search page fetches only when a query needs them
 * (src/lib/search-build/vocabulary-files.ts makes them; src/lib/search/vocabulary.ts reads them).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { vocabularyFiles } from '../../../lib/search-build/vocabulary-files.ts';
import { searchVocabulary } from '../_vocabulary.ts';

let made: Promise<Map<string, unknown>> | undefined;
const files = () =>
	(made ??= searchVocabulary().then(({ vocabulary, searchTable }) =>
		vocabularyFiles(vocabulary, searchTable),
	));

export const getStaticPaths = (async () =>
	[...(await files()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify((await files()).get(params['file'] ?? '') ?? []), {
		headers: { 'Content-Type': 'application/json' },
	});
