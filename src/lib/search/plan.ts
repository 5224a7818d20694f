/**
 * What the search page does with a query, decided in plain code: which searches to run and in
 * what order, when to draw the first page early, and what to tell the visitor. The page runs a
 * plan as a conversation: the plan yields a step, the page runs it (a search is answered with
 * how many results it found) and asks for the next, until the plan returns what to show. Every
 * decision is here, so it is unit-tested (tests/unit/search-plan.test.ts); the page
 * (src/scripts/search.ts) only searches and draws. Understanding itself (pinyin, slips,
 * synonyms, fillers, suggestions) is understand.ts.
 *
 * Runtime: the browser (and Node in tests). Pure but for the vocabulary's fetches.
 */
import { markTerms } from './excerpt.ts';
import {
	correctSlips,
	dropFillers,
	expandSynonyms,
	isPinyin,
	pinyinTerms,
	suggest,
	type Suggestions,
} from './understand.ts';
import type { SearchTableData, Vocabulary } from './vocabulary.ts';

/** Results drawn at a time; a search whose own words fill the first page has it drawn early. */
export const PAGE_SIZE = 10;
/** Fewer results than this, and a question is also searched without its filler words. */
export const FEW = 3;

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
	 * `uncorrected`: what was typed, after its correction found nothing; `without-fillers`: the
	 * query and the query without its filler words, after keeping them found little.
	 */
	why: 'typed' | 'understood' | 'uncorrected' | 'without-fillers';
	variants: string[];
}
/** Draw the first page of a search already run, with these words marked; answered with nothing. */
export interface DrawStep {
	kind: 'draw';
	variants: string[];
	terms: string[];
}
export type Step = SearchStep | DrawStep;

/** What a plan ends with: the search whose results are shown, and what to say about it. */
export interface Outcome {
	/** The variants of the search step whose results are shown. */
	variants: string[];
	notes: Notes;
	/** The words to mark in excerpts. */
	terms: string[];
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
	table: SearchTableData,
	{ exact = false }: { exact?: boolean } = {},
): QueryPlan {
	const notes: Notes = {};
	const expand = (queries: string[]) => {
		const out = queries.map((q) => expandSynonyms(q, table.synonyms));
		return {
			variants: [...new Set(out.flatMap((o) => o.variants))],
			added: [...new Set(out.flatMap((o) => o.added))],
		};
	};
	const pinyin = isPinyin(query);
	let main = query;
	let base = [query];
	if (pinyin) {
		const readAs = await pinyinTerms(query, vocabulary);
		base = [query, ...readAs];
		if (readAs.length > 0) notes.pinyin = readAs;
	} else if (!exact) {
		const fixed = await correctSlips(query, vocabulary, table.distinct);
		if (fixed) {
			notes.corrected = { from: query, to: fixed };
			main = fixed;
			base = [fixed];
		}
	}
	let plan = expand(base);

	// Results of the words as typed rank before any synonym's, so when they fill the first page,
	// that page is theirs: it is drawn now, and the synonyms' searches (as costly again at
	// national scale) only add the count and later pages.
	if (main === query && !pinyin) {
		const typed = [query];
		if (((yield { kind: 'search', why: 'typed', variants: typed }) ?? 0) >= PAGE_SIZE)
			yield { kind: 'draw', variants: typed, terms: markTerms(plan.variants) };
	}
	let found = (yield { kind: 'search', why: 'understood', variants: plan.variants }) ?? 0;
	// A correction that finds nothing is no correction: search what was typed instead.
	if (notes.corrected && found === 0) {
		delete notes.corrected;
		main = query;
		plan = expand([query]);
		found = (yield { kind: 'search', why: 'uncorrected', variants: plan.variants }) ?? 0;
	}
	// Question and filler words (如何, 帮助…) are kept where they match, but the query is also
	// searched without them when keeping them finds little: what the whole question finds comes
	// first, then what its content words find.
	const shorter = found < FEW ? dropFillers(main, table.fillers) : undefined;
	if (shorter) {
		const without = expand([shorter.query]);
		const both = [...plan.variants, ...without.variants];
		const more = (yield { kind: 'search', why: 'without-fillers', variants: both }) ?? 0;
		if (more > found) {
			found = more;
			plan = { variants: both, added: [...new Set([...plan.added, ...without.added])] };
			notes.dropped = shorter.dropped;
		}
	}
	if (plan.added.length > 0) notes.expanded = plan.added;
	return {
		variants: plan.variants,
		notes,
		terms: markTerms(plan.variants),
		...(found === 0 ? { suggestions: await suggest(main, vocabulary, table) } : {}),
	};
}
