/**
 * The search table editors keep in `content/search.yaml`: words that mean the same to a searcher
 * (abbreviations, synonyms), pairs that must never be taken for each other, the question and
 * filler words a query drops, and words search must keep whole. One schema for the checker, the
 * build and the tests.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * A word or phrase as a visitor types it: no spaces, since queries are matched as written.
 * Numbers (`12309`) are taken as text.
 */
const word = () =>
	z.coerce.string().trim().min(1, { error: '不能为空 (must not be empty)' }).regex(/^\S+$/u, {
		error: '不能含空格，每项写一个词 (no spaces: one word per item)',
	});

export const searchTableSchema = () =>
	z
		.object({
			/**
			 * Groups of words a searcher uses for the same thing, e.g. `[未检, 未成年人检察]`. A query
			 * holding one of them is also searched with each of the others (it is expanded, never
			 * replaced). Default: none.
			 */
			synonyms: z
				.array(
					z
						.object({
							/** The words, at least two; the first is the site's own usual name. */
							terms: z.array(word()).min(2, {
								error: '至少要有两个词 (a group needs at least two words)',
							}),
							/** Why these belong together, for the next editor. Default: none. */
							note: text().optional(),
						})
						.strict(),
				)
				.default([]),
			/**
			 * Pairs that look alike but mean different things, e.g. `[公益诉讼, 公诉]`: no synonym group
			 * may hold both, and search never suggests one for the other. Default: none.
			 */
			distinct: z
				.array(z.array(word()).length(2, { error: '每项写两个词 (each item is a pair)' }))
				.default([]),
			/**
			 * Question and filler words (`如何`, `怎么`, `开展`, `吗`): dropped from a query before it
			 * is searched (a query of nothing else is searched as typed). Default: none.
			 */
			fillers: z.array(word()).default([]),
			/**
			 * Words of the site that search must keep whole although the word splitter cuts them
			 * (`听证` → 听|证), so a search for one finds only the pages holding it, and its pinyin
			 * finds it. Names the content gives (topics, brands, named mechanisms, titles) are kept
			 * whole already. Default: none.
			 */
			words: z.array(word()).default([]),
		})
		.strict();

export type SearchTable = z.output<ReturnType<typeof searchTableSchema>>;
