/**
 * The search page's behaviour: reads the query and filters from the form (and the URL), lets the
 * query's plan (src/lib/search/plan.ts, over query understanding) decide what to search, asks
 * Pagefind for each, merges the results, and draws them (search-results.ts) with facet counts
 * for the query as it stands. The vocabulary behind understanding is fetched in pieces, only as
 * queries need.
 */
import { ui } from '../i18n/zh-CN.ts';
import type { PageText } from '../lib/search/excerpt.ts';
import { browseOrder, filterKeys, SEARCH_LANGUAGE, searchRanking } from '../lib/search/facets.ts';
import { normalizeQuery, type T2S } from '../lib/search/query.ts';
import type { Dictionary } from '../lib/search/dictionary.ts';
import { pagefindQueries } from '../lib/search/segment.ts';
import { leadFirst, PAGE_SIZE, planQuery, type Notes, type Outcome } from '../lib/search/plan.ts';
import { isPinyin, type Suggestions } from '../lib/search/understand.ts';
import { Vocabulary } from '../lib/search/vocabulary.ts';
import { renderChips, renderHelp, renderNotes, renderResult } from './search-results.ts';

interface ResultData extends PageText {
	sub_results: unknown[];
	/** The page's filter values (topic, type…), as Pagefind keeps them with its text. */
	filters?: Record<string, string[]>;
}
type Filters = Record<string, { any: string[] }>;
interface Found {
	results: Array<{ id: string; score: number; data: () => Promise<ResultData> }>;
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
	filters: () => Promise<unknown>;
	search: (q: string | null, o?: { filters?: Filters }) => Promise<Found | null>;
	preload: (
		q: string | null,
		o?: { filters?: Filters | Record<string, { none: string[] }> },
	) => Promise<void>;
}
/** Pagefind's module: its functions are one instance; `createInstance` makes another. */
interface PagefindModule extends Pagefind {
	createInstance: (o: Record<string, unknown>) => Pagefind;
}
/** Pagefind's search, each (query, filters) asked once per visitor search: see `asker`. */
type Ask = (q: string | null, filters: Filters) => Promise<Found | null>;
/** Several searches' results merged by page: see `searchAll`. */
type Merged = { results: Found['results'] };
/** What a search shows once complete. */
interface Shown {
	found: Merged;
	notes: Notes;
	suggestions?: Suggestions | undefined;
	/** The words marked in excerpts. */
	terms: string[];
	/** What the filter counts are counted over: the searched variants, or everything (null). */
	counted: Array<string | null>;
	/** The topic the query names, to lead the results (see plan.ts). */
	lead?: Outcome['lead'];
	/** The searched variants (for the lead's searches). */
	variants?: string[];
	/** The first page's results, when it was drawn before the search was complete. */
	shown?: string[] | undefined;
}

/**
 * Where a search's time goes, as User Timing measures (`search:<step>`) that the browser's
 * performance panel and scripts/search-latency.ts read; each costs microseconds.
 */
function step(name: string, since: number): number {
	const now = performance.now();
	performance.measure(`search:${name}`, { start: since, end: now });
	return now;
}
/** Results only an added search finds (a synonym, a pinyin reading) rank below the query's own. */
const ADDED_WEIGHT = 0.9;

/** What every index (the first and each merged shard) is searched with: Pagefind sets them per index. */
const INDEX_OPTIONS = { excerptLength: 40, ranking: searchRanking };

/** Resolves after the browser has drawn a frame: what is on the page is then seen. */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Two Pagefinds over the same index. Pagefind counts every loaded filter's values for every
 * search, and at scale counting costs more than finding: measured at 10,000 entries, 150–200 ms
 * for a common word without filter indexes loaded, 450–550 ms with them. So results come from
 * one that loads a filter's index only when a box is ticked, and the counts beside the filters
 * from a second, which runs after the results are drawn: an instance of its own made from the
 * same module (Pagefind's createInstance: its own state, and in Pagefind's worker its own
 * WebAssembly instance), so pagefind.js is fetched once and the other files come from the HTTP
 * cache.
 */
const pagefinds = new Map<'results' | 'counts', Promise<Pagefind>>();
/** The counting Pagefind's filter indexes, loading beside its first search's index chunks. */
let filtersLoaded: Promise<unknown> = Promise.resolve();
let pagefindModule: Promise<PagefindModule> | undefined;
function loadPagefind(role: 'results' | 'counts' = 'results'): Promise<Pagefind> {
	const loaded = pagefinds.get(role);
	if (loaded) return loaded;
	// A variable URL keeps the bundler from trying to resolve Pagefind at build time.
	const url = '/pagefind/pagefind.js';
	pagefindModule ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
	const loading = pagefindModule.then(async (pagefind) => {
		// Results on the main thread: Pagefind's web worker adds a message round trip to every
		// search and every result's data(), measured at 20–40 ms a search here, where finding is
		// quick. Counting is the long part at scale and needs no data(): it runs in the worker,
		// beside the main thread, so the page stays responsive while the counts come.
		const options = { ...INDEX_OPTIONS, noWorker: role === 'results' };
		if (role === 'results') await pagefind.options(options);
		// Pagefind takes the language it searches in from the page's lang (zh-CN), whatever the
		// index's, and for Chinese cuts the query again with the browser's word splitter: the
		// site terms the query arrives cut into (联建) would be split apart again (联 建) and match
		// every page holding both characters. It reads lang synchronously as an instance is made,
		// so the page says `und` (the index's language) only within this one task, never to a
		// screen reader.
		const html = document.documentElement;
		const lang = html.lang;
		html.lang = SEARCH_LANGUAGE;
		const pf = role === 'results' ? pagefind : pagefind.createInstance(options);
		const started = pf.init();
		html.lang = lang;
		await started;
		// A national site's index is built in shards (src/lib/build/search-index.ts): each is
		// merged with the same options, which Pagefind applies per index, not to the merge.
		const shards = document.querySelector<HTMLElement>('[data-search-shards]');
		await Promise.all(
			(shards?.dataset['searchShards'] ?? '')
				.split(' ')
				.filter(Boolean)
				.map((path) => pf.mergeIndex(path, INDEX_OPTIONS)),
		);
		if (role === 'counts') {
			// Filter counts come only for the filters whose index is loaded: every counting
			// search waits for it (asker), but its chunks load in parallel with the query's own.
			// Only the filters the page shows counts for: at 10,000 entries there are no brand
			// boxes, and the brand filter's index is 34 KB and a tenth of each count's time. A
			// filter with nothing excluded (`none: []`) loads a filter's index without narrowing.
			const shown = filterKeys.filter((k) => document.querySelector(`[data-count^="${k}:"]`));
			filtersLoaded = pf.preload(null, {
				filters: Object.fromEntries(shown.map((k) => [k, { none: [] }])),
			});
		}
		return pf;
	});
	pagefinds.set(role, loading);
	return loading;
}

const vocabulary = new Vocabulary(async (path) => {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${response.status} ${path}`);
	return response.json();
});

/** What Pagefind is asked for one query alone (see pagefindQueries). */
const asked = (variant: string, dict: Dictionary): string | null =>
	pagefindQueries([variant], dict)[0]!;

/**
 * Every variant searched, results merged by page (best relative score wins).
 */
async function searchAll(
	ask: Ask,
	variants: string[],
	filters: Filters,
	dict: Dictionary,
): Promise<Merged> {
	const merged = new Map<string, Found['results'][number]>();
	const queries = pagefindQueries(variants, dict);
	await Promise.all(
		queries.map(async (words, i) => {
			const found = words === null ? null : await ask(words, filters);
			// Scores of different queries are not on one scale (a three-word query outscores a
			// one-word one), so each variant's scores are taken relative to its own best; and what
			// the visitor's own words find comes before what only an added word finds.
			const best = Math.max(...(found?.results ?? []).map((r) => r.score), Number.MIN_VALUE);
			for (const r of found?.results ?? []) {
				const relative = r.score / best;
				const score = i === 0 ? 1 + relative : relative * ADDED_WEIGHT;
				const had = merged.get(r.id);
				if (!had || had.score < score) merged.set(r.id, { ...r, score });
			}
		}),
	);
	return { results: [...merged.values()].sort((a, b) => b.score - a.score) };
}

/** With no query there is no relevance to rank by: brands first, topics last (browseOrder). */
async function browse(ask: Ask, filters: Filters): Promise<Shown> {
	const types = browseOrder.filter((t) => !filters['type'] || filters['type'].any.includes(t));
	const byType = await Promise.all(types.map((t) => ask(null, { ...filters, type: { any: [t] } })));
	return {
		found: { results: byType.flatMap((r) => r?.results ?? []) },
		notes: {},
		terms: [],
		counted: [null],
	};
}

/**
 * The facet counts for each filter, with the other filters applied but not its own, so ticking
 * one box never zeroes its neighbours. With several queries (variants) a count is the largest
 * any of them gives: never a false zero, if short of the union. `null` counts everything.
 */
async function countAll(count: Ask, queries: Array<string | null>, filters: Filters) {
	const counts: Record<string, Record<string, number>> = {};
	const take = (key: string, values: Record<string, number> | undefined) => {
		for (const [v, n] of Object.entries(values ?? {}))
			(counts[key] ??= {})[v] = Math.max(counts[key]?.[v] ?? 0, n);
	};
	await Promise.all(
		queries.map(async (q) => {
			for (const key of filterKeys) {
				const { [key]: _own, ...others } = filters;
				take(key, (await count(q, filters[key] ? others : filters))?.filters[key]);
			}
		}),
	);
	return counts;
}

/**
 * Pagefind's search with each (query, filters) asked at most once: a search started early (the
 * query as typed, while understanding fetches its vocabulary) is reused, not repeated.
 */
function asker(pf: Pagefind, counts = false): Ask {
	const asked = new Map<string, Promise<Found | null>>();
	return (q, filters) => {
		const key = JSON.stringify([q, filters]);
		let found = asked.get(key);
		if (!found) {
			// The query's index chunks (and, for counts, the filter indexes) load together, then
			// the search runs.
			const chunks = q === null ? undefined : pf.preload(q, { filters });
			const ready = counts ? Promise.all([filtersLoaded, chunks]) : chunks;
			found = Promise.resolve(ready).then(() => pf.search(q, { filters }));
			asked.set(key, found);
		}
		return found;
	};
}

/**
 * What a query will need, fetched while the visitor is still typing it: Pagefind, the search
 * rules, the dictionary's parts and the vocabulary's terms for its characters, and Pagefind's
 * index chunks for its words.
 * Nothing is searched or shown; each file is fetched once however often this runs.
 */
function prepare(query: string): void {
	if (!query) return;
	const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
	quiet(isPinyin(query) ? vocabulary.shard(query[0]!) : vocabulary.soundsFor(query));
	quiet(
		Promise.all([loadPagefind(), vocabulary.dictionaryFor(query)]).then(([pf, dict]) => {
			const words = asked(query, dict);
			return words === null ? undefined : pf.preload(words);
		}),
	);
}

/**
 * Up to this many results, when the counts are not shown (a phone), the lead's pages are picked
 * out by the results' own filter values (their text, which the first page fetches anyway, 1–3 KB
 * a page): searching within the topic instead loads the topic and type filters' indexes, 61 KB at
 * 10,000 entries, which only the counts would share.
 */
const LEAD_FROM_DATA = 2 * PAGE_SIZE;

/**
 * The results with the topic the query names first, then its practices, then the rest (each in
 * rank order): the topic's page and practices are the results with the topic (and type) among
 * their filter values, read from the results themselves when they are few and no counts need
 * the filters' indexes, else found by searching the same words with the topic (and type) as
 * filters. Not when the visitor ticked a
 * type or topic: the page shows what they chose, ranked.
 */
async function withLead(
	ask: Ask,
	shown: Shown,
	filters: Filters,
	dict: Dictionary,
	counting: boolean,
): Promise<Merged> {
	const { lead, variants = [], found } = shown;
	if (!lead || filters['type'] || filters['topic'] || found.results.length === 0) return found;
	const types = [ui.collections.topics, ui.collections.practices];
	if (!counting && found.results.length <= LEAD_FROM_DATA) {
		const data = await Promise.all(found.results.map((r) => r.data()));
		const within = (type: string) =>
			found.results
				.filter((_, i) => {
					const values = data[i]!.filters ?? {};
					return values['topic']?.includes(lead.topic) && values['type']?.includes(type);
				})
				.map((r) => r.id);
		return { results: leadFirst(found.results, types.map(within)) };
	}
	const within = (type: string) =>
		searchAll(
			ask,
			variants,
			{ ...filters, topic: { any: [lead.topic] }, type: { any: [type] } },
			dict,
		).then((r) => r.results.map((x) => x.id));
	return { results: leadFirst(found.results, await Promise.all(types.map(within))) };
}

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#search-q');
	const heading = document.querySelector<HTMLElement>('#results-heading');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	const notesBox = document.querySelector<HTMLElement>('#search-notes');
	const chipsBox = document.querySelector<HTMLElement>('#search-chips');
	const helpBox = document.querySelector<HTMLElement>('#search-help');
	const tableEl = document.querySelector('#t2s-table');
	const start = document.querySelector<HTMLElement>('#search-start');
	if (
		!form ||
		!input ||
		!heading ||
		!status ||
		!list ||
		!more ||
		!notesBox ||
		!chipsBox ||
		!helpBox
	)
		return;
	// `npm run dev` has no index to search (it is built after `astro build`); the page says so.
	if (form.dataset['searchIndex'] === 'none') return;
	const t2s = JSON.parse(tableEl?.textContent ?? '{}') as T2S;
	const boxes = [
		...document.querySelectorAll<HTMLInputElement>('input[type=checkbox][form=search-form]'),
	];

	// Restore the form from the URL, so a shared link shows the same search. Whether the filters
	// are open is the stylesheet's to say (beside the results on a wide screen, folded above them
	// on a phone): set here, it would move the page after it was drawn.
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	/** `exact=1`: the visitor asked for what they typed, without corrections (仍搜索…). */
	let exact = params.get('exact') === '1';
	for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);

	let run = 0;
	/** The counts of the search shown, when they were left until the filters are seen. */
	let uncounted: (() => Promise<void>) | undefined;
	const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filters');
	const firstCount = document.querySelector<HTMLElement>('[data-count]');
	/** Whether the counts would be seen: the filters open (or beside the results), with boxes. */
	const countsSeen = () =>
		!!firstCount &&
		(typeof firstCount.checkVisibility !== 'function' || firstCount.checkVisibility());
	const countWhenSeen = () => {
		if (!uncounted || !countsSeen()) return;
		void uncounted();
		uncounted = undefined;
	};
	filterPanel?.addEventListener('toggle', countWhenSeen);
	// A phone turned or a window widened can put the filters beside the results, open.
	addEventListener('resize', countWhenSeen);

	/** Fills in the counts beside the filters for search `id`, from the counting Pagefind. */
	async function fillCounts(id: number, counted: Array<string | null>, filters: Filters) {
		const t = performance.now();
		// Counts only add to what is shown: if they fail, the results stand without them.
		const counts = await loadPagefind('counts')
			.then((pf) => countAll(asker(pf, true), counted, filters))
			.catch(() => undefined);
		if (id !== run) return;
		for (const el of counts ? document.querySelectorAll<HTMLElement>('[data-count]') : []) {
			const [key, value] = (el.dataset['count'] ?? '').split(/:(.*)/s);
			const n = key && value !== undefined ? (counts?.[key]?.[value] ?? 0) : 0;
			el.textContent = `（${n}）`;
		}
		step('counts', t);
	}
	let pending: Found['results'] = [];
	let terms: string[] = [];

	/** Draws the next page of results, unless a newer search (`run`) has started meanwhile. */
	async function showMore(forRun = run): Promise<void> {
		const batch = pending.splice(0, PAGE_SIZE);
		let t = performance.now();
		const data = await Promise.all(batch.map((r) => r.data()));
		if (forRun !== run) return;
		t = step('data', t);
		for (const d of data) list!.append(renderResult(d, terms));
		step('render', t);
		more!.hidden = pending.length === 0;
	}

	/**
	 * Runs a query's plan (src/lib/search/plan.ts), which decides: here its searches run, and the
	 * first page it draws early is drawn. Undefined once a newer search (`run`) has started.
	 */
	async function runPlan(
		id: number,
		query: string,
		ask: Ask,
		filters: Filters,
		dict: Dictionary,
		filterParams: URLSearchParams,
		t: number,
	): Promise<Shown | undefined> {
		// The query as typed is searched (and its first results' text fetched) while understanding
		// loads the vocabulary: most queries are searched as typed.
		const typed = asked(query, dict);
		if (typed !== null)
			void ask(typed, filters).then(
				(early) => {
					for (const r of early?.results.slice(0, PAGE_SIZE) ?? []) void r.data().catch(() => {});
				},
				() => undefined,
			);
		const table = await vocabulary.rules();
		t = step('vocabulary', t);
		const plan = planQuery(query, vocabulary, table, { exact });
		const searched = new Map<string, Merged>();
		const key = (variants: string[]) => JSON.stringify(variants);
		let shown: string[] | undefined;
		let next = await plan.next();
		t = step('understand', t);
		while (!next.done) {
			const s = next.value;
			if (s.kind === 'search') {
				const merged = await searchAll(ask, s.variants, filters, dict);
				if (id !== run) return undefined;
				searched.set(key(s.variants), merged);
				if (s.why === 'understood') t = step('pagefind', t);
				next = await plan.next(merged.results.length);
			} else {
				const early = searched.get(key(s.variants))!.results;
				terms = s.terms;
				pending = [...early];
				// What the query was taken as goes above the results with them, not after them.
				renderNotes(notesBox!, s.notes, filterParams);
				await showMore(id);
				if (id !== run) return undefined;
				shown = early.slice(0, PAGE_SIZE).map((r) => r.id);
				more!.hidden = true;
				list!.dataset['state'] = 'shown';
				// Let the page be drawn before the synonyms' searches hold the main thread.
				await painted();
				if (id !== run) return undefined;
				t = step('shown', t);
				next = await plan.next();
			}
		}
		const { variants, notes, suggestions, terms: marked, lead } = next.value;
		const found = searched.get(key(variants))!;
		return {
			found,
			notes,
			suggestions,
			terms: marked,
			counted: pagefindQueries(variants, dict).filter((v) => v !== null),
			shown,
			lead,
			variants,
		};
	}

	/**
	 * Searches what the form holds. `writeUrl`: put the search in the address bar (replacing the
	 * entry, so Back leaves the page rather than undoing keystrokes); not when the page has just
	 * read it from there. `focus`: the visitor asked for this search (submitted it, or opened a
	 * search's address), so once its results are on the page, focus goes to their heading:
	 * a keyboard is then one Tab from the first result, past the filters.
	 */
	async function search(writeUrl: boolean, focus = false): Promise<void> {
		const id = ++run;
		uncounted = undefined;
		const formData = new FormData(form!);
		const filters: Filters = {};
		for (const key of filterKeys) {
			const values = formData.getAll(key).map(String);
			if (values.length > 0) filters[key] = { any: values };
		}
		const query = normalizeQuery(input!.value, t2s);
		// One reading of the form for the address and for the links the notes and help draw.
		const filled = [...formData].filter(([, v]) => String(v) !== '') as string[][];
		const filterParams = new URLSearchParams(filled.filter(([k]) => k !== 'q'));
		if (writeUrl) {
			const url = new URL(location.href);
			url.search = new URLSearchParams(filled).toString();
			if (exact && query) url.searchParams.set('exact', '1');
			history.replaceState(null, '', url);
		}

		list!.replaceChildren();
		list!.dataset['state'] = 'searching';
		more!.hidden = true;
		helpBox!.hidden = true;
		renderNotes(notesBox!, {}, filterParams);
		renderChips(chipsBox!, boxes, () => void search(true));
		// The last search's counts would be wrong for this one: blank until it counts its own.
		for (const el of document.querySelectorAll<HTMLElement>('[data-count]')) el.textContent = '';
		const empty = !query && Object.keys(filters).length === 0;
		if (start) start.hidden = !empty;
		if (empty) {
			status!.textContent = ui.search.prompt;
			list!.dataset['state'] = 'done';
			return;
		}
		status!.textContent = ui.search.searching;
		// Everything the query needs starts loading at once (opening /search/?q=… cold).
		prepare(query);
		try {
			let t = performance.now();
			const [pf, dict] = await Promise.all([loadPagefind(), vocabulary.dictionaryFor(query)]);
			const ask = asker(pf);
			t = step('load', t);
			const what = query
				? await runPlan(id, query, ask, filters, dict, filterParams, t)
				: await browse(ask, filters);
			if (!what || id !== run) return; // a newer search has started
			const { notes, suggestions, counted, shown } = what;
			const found = await withLead(ask, what, filters, dict, countsSeen());
			if (id !== run) return;
			terms = what.terms;
			pending = [...found.results];
			const total = pending.length;
			renderNotes(notesBox!, notes, filterParams);
			const first = pending.slice(0, PAGE_SIZE).map((r) => r.id);
			if (shown && first.length === shown.length && first.every((r, i) => r === shown[i])) {
				// The page already drawn is the complete search's first page (as it should be).
				pending.splice(0, PAGE_SIZE);
				more!.hidden = pending.length === 0;
			} else {
				list!.replaceChildren();
				await showMore(id);
			}
			if (id !== run) return;
			if (total === 0)
				renderHelp(helpBox!, suggestions, filterParams, Object.keys(filters).length > 0);
			// Announce once the results are on the page, so a screen reader can go to them.
			status!.textContent = total > 0 ? ui.search.found(total) : ui.search.none;
			list!.dataset['state'] = 'shown';
			if (focus) heading!.focus();
			// Then the counts beside the filters, from the counting Pagefind (see loadPagefind),
			// started only now: the files it shares with the first come from the HTTP cache.
			await painted();
			if (id !== run) return;
			// Folded filters (a phone) show no counts: they are counted when opened, and a search
			// that is never filtered never loads the filters' indexes (81 KB at 10,000 entries).
			if (countsSeen()) await fillCounts(id, counted, filters);
			else uncounted = () => fillCounts(id, counted, filters);
			if (id !== run) return;
			list!.dataset['state'] = 'done';
		} catch {
			if (id === run) {
				status!.textContent = ui.search.failed;
				list!.dataset['state'] = 'failed';
			}
		}
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		exact = false;
		prepare(normalizeQuery(input.value, t2s));
		clearTimeout(timer);
		timer = setTimeout(() => void search(true), 250);
	});
	for (const box of boxes) box.addEventListener('change', () => void search(true));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer); // the search typing scheduled is this one
		void search(true, true);
	});
	more.addEventListener('click', () => void showMore());
	// A topic offered before any search is searched here, as if typed (its link, to the topic's
	// page, is followed only when opened elsewhere: a new tab, or without this script).
	start?.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search-for]');
		const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
		if (!link || event.button !== 0 || modified) return;
		event.preventDefault();
		input.value = link.dataset['searchFor'] ?? '';
		exact = false;
		// The chip is hidden as the search starts: focus waits on the results' heading, not lost.
		heading.focus();
		void search(true, true);
	});
	void search(false, params.has('q') || boxes.some((b) => b.checked));
}
