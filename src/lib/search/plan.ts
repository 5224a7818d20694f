/**
 * What the search page does with a query, decided in plain code: which searches to run and in
 * what order, when to draw the first page early, and what to tell the visitor. The page runs a
 * plan as a conversation: the plan yields a step, the page runs it (a search is answered with
 * how many results it found) and asks for the next, until the plan returns what to show. Every
 * decision is here, so it is unit-tested (tests/unit/search-plan.test.ts); the page
 * (src/scripts/search.ts) only searches and draws. Understanding itself (pinyin, slips,
 * synonyms, fillers, the topic a query names, suggestions) is understand.ts.
 *
 * Runtime: the browser (and Node in tests). Pure but for the vocabulary's fetches.
 */
import { markTerms } from './excerpt.ts';
import {
	correctSlips,
	dropFillers,
	expandSynonyms,
	isPinyin,
	namedTopic,
	pinyinTerms,
	suggest,
	type Suggestions,
} from './understand.ts';
import type { QueryTable, Vocabulary } from './vocabulary.ts';

/** Results drawn at a time; a search whose own words fill the first page has it drawn early. */
export const PAGE_SIZE = 10;

/** What understanding did to the query, each said on the page (a correction, undoably). */
export interface Notes {
	corrected?: { from: string; to: string };
	pinyin?: string[];
	expanded?: string[];
	dropped?: string[];
}

/** Search these variants together, results merged (the first variant's own rank first). */
export interface SearchStep {
	kind: 'search';
	/**
	 * `typed`: the words as typed, to draw early; `understood`: the query as understood;
	 * `uncorrected`: what was typed (less its filler words), after its correction found nothing.
	 */
	why: 'typed' | 'understood' | 'uncorrected';
	variants: string[];
}
/** Draw the first page of a search already run, with these words marked; answered with nothing. */
export interface DrawStep {
	kind: 'draw';
	variants: string[];
	terms: string[];
	/** What to say about the query beside the page drawn (no later search changes it). */
	notes: Notes;
}
export type Step = SearchStep | DrawStep;

/** What a plan ends with: the search whose results are shown, and what to say about it. */
export interface Outcome {
	/** The variants of the search step whose results are shown. */
	variants: string[];
	notes: Notes;
	/** The words to mark in excerpts. */
	terms: string[];
	/**
	 * The topic the query names (by its name or another name): its page is shown first, then its
	 * practices, then the other results.
	 */
	lead?: { topic: string; path: string };
	/** When nothing was found: the site terms and topics closest to the query. */
	suggestions?: Suggestions;
}

/** A plan: yields steps, takes each search's result count, returns the outcome. */
export type QueryPlan = AsyncGenerator<Step, Outcome, number | undefined>;

/**
 * The plan for a query (already normalized: simplified, pinyin joined; see query.ts). `exact`:
 * the visitor asked for what they typed, without corrections (仍搜索…).
 */
export async function* planQuery(
	query: string,
	vocabulary: Vocabulary,
	table: QueryTable,
	{ exact = false }: { exact?: boolean } = {},
): QueryPlan {
	const notes: Notes = {};
	const dict = await vocabulary.dictionaryFor(query);
	const expand = (queries: string[]) => {
		const out = queries.map((q) => expandSynonyms(q, table.synonyms));
		return {
			variants: [...new Set(out.flatMap((o) => o.variants))],
			added: [...new Set(out.flatMap((o) => o.added))],
		};
	};
	const pinyin = isPinyin(query);
	// Question and filler words (怎么, 开展…) go before anything is searched: a page need not say
	// 怎么 to answer 怎么开展司法救助, and keeping them would find only the pages that do.
	const shorter = pinyin ? undefined : dropFillers(query, table.fillers, dict);
	if (shorter) notes.dropped = shorter.dropped;
	const asked = shorter?.query ?? query;
	let main = asked;
	let base = [asked];
	if (pinyin) {
		const readAs = await pinyinTerms(query, vocabulary);
		base = [query, ...readAs];
		if (readAs.length > 0) notes.pinyin = readAs;
	} else if (!exact) {
		const fixed = await correctSlips(asked, vocabulary, table.distinct);
		if (fixed) {
			notes.corrected = { from: asked, to: fixed };
			main = fixed;
			base = [fixed];
		}
	}
	let plan = expand(base);
	// Corrections, pinyin's terms and synonyms bring characters the query had not: the dictionary's
	// parts for them too, before any variant is cut.
	await vocabulary.dictionaryFor(...plan.variants);
	const lead = pinyin ? undefined : namedTopic(main, table, dict);
	const noted = () => ({ ...notes, ...(plan.added.length > 0 ? { expanded: plan.added } : {}) });

	// Results of the words as typed rank before any synonym's, so when they fill the first page,
	// that page is theirs: it is drawn now, and the synonyms' searches (as costly again at
	// national scale) only add the count and later pages. Not when a topic leads: its page and
	// practices come first, whatever the words' own ranking.
	if (main === asked && !pinyin && !lead) {
		const typed = [asked];
		if (((yield { kind: 'search', why: 'typed', variants: typed }) ?? 0) >= PAGE_SIZE)
			yield {
				kind: 'draw',
				variants: typed,
				terms: markTerms(plan.variants, dict),
				notes: noted(),
			};
	}
	let found = (yield { kind: 'search', why: 'understood', variants: plan.variants }) ?? 0;
	// A correction that finds nothing is no correction: search what was typed instead.
	if (notes.corrected && found === 0) {
		delete notes.corrected;
		main = asked;
		plan = expand([asked]);
		await vocabulary.dictionaryFor(...plan.variants);
		found = (yield { kind: 'search', why: 'uncorrected', variants: plan.variants }) ?? 0;
	}
	const leading = found > 0 ? namedTopic(main, table, dict) : undefined;
	return {
		variants: plan.variants,
		notes: noted(),
		terms: markTerms(plan.variants, dict),
		...(leading ? { lead: { topic: leading.name, path: leading.path } } : {}),
		...(found === 0 ? { suggestions: await suggest(main, vocabulary, table) } : {}),
	};
}

/**
 * The results ordered so each group's come first, the first group's before the second's, then
 * the rest; within each, as ranked. For a topic the query names: the topic's page, then its
 * practices (the page finds which results they are).
 */
export function leadFirst<T extends { id: string }>(results: T[], groups: string[][]): T[] {
	const rank = new Map<string, number>();
	groups.forEach((ids, g) => ids.forEach((id) => rank.has(id) || rank.set(id, g)));
	const at = (r: T) => rank.get(r.id) ?? groups.length;
	return results
		.map((r, i) => ({ r, i }))
		.sort((a, b) => at(a.r) - at(b.r) || a.i - b.i)
		.map(({ r }) => r);
}
