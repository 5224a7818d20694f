/**
 * The search page's behaviour: reads the query and filters from the form (and the URL), asks
 * Pagefind, and renders results that link to the best-matching section of each page.
 */
import { ui } from '../i18n/zh-CN.ts';
import { browseOrder, filterKeys, searchRanking } from '../lib/search/facets.ts';
import { normalizeQuery, type T2S } from '../lib/search/query.ts';
import { joinWords, segmentQuery } from '../lib/search/segment.ts';

interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations?: Array<{ weight: number }>;
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: SubResult[];
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	search: (
		q: string | null,
		o?: { filters?: Record<string, { any: string[] }> },
	) => Promise<{ results: Array<{ data: () => Promise<ResultData> }>; filters: Record<string, Record<string, number>> } | null>;
}

const PAGE_SIZE = 10;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	// A variable URL keeps the bundler from trying to resolve Pagefind at build time.
	const url = '/pagefind/pagefind.js';
	pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
		await pf.options({ excerptLength: 40, ranking: searchRanking });
		return pf;
	});
	return pagefindPromise;
}

/** The section of the page that matched best: most weight among sub-results, else the page. */
function bestTarget(r: ResultData): { url: string; excerpt: string; section?: string } {
	const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);
	const best = [...r.sub_results].sort((a, b) => score(b) - score(a))[0];
	if (!best || !best.url.includes('#')) return { url: r.url, excerpt: joinWords(r.excerpt) };
	return { url: best.url, excerpt: joinWords(best.excerpt), section: joinWords(best.title) };
}

function renderResult(r: ResultData): HTMLLIElement {
	const target = bestTarget(r);
	const li = document.createElement('li');
	li.className = 'card';
	const kind = document.createElement('p');
	kind.className = 'text-sm text-muted';
	const tag = document.createElement('span');
	tag.className = 'tag';
	tag.textContent = r.meta['type'] ?? '';
	kind.append(tag, ' ', [r.meta['brand'], r.meta['owner']].filter(Boolean).join(' · '));
	const h = document.createElement('h3');
	h.className = 'font-bold text-lg';
	const a = document.createElement('a');
	a.href = target.url;
	const title = joinWords(r.meta['title'] ?? r.url);
	a.textContent = title;
	h.append(a);
	li.append(kind, h);
	if (target.section && target.section !== title) {
		const s = document.createElement('p');
		s.className = 'text-sm';
		s.textContent = `§ ${target.section}`;
		li.append(s);
	}
	const p = document.createElement('p');
	// Pagefind's excerpts are escaped text with <mark> around the matches, nothing else.
	p.innerHTML = target.excerpt;
	li.append(p);
	return li;
}

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#search-q');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	const details = document.querySelector<HTMLDetailsElement>('#search-filters');
	const tableEl = document.querySelector('#t2s-table');
	if (!form || !input || !status || !list || !more || !details) return;
	const t2s = JSON.parse(tableEl?.textContent ?? '{}') as T2S;

	// Restore the form from the URL, so a shared link shows the same search.
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
		box.checked = params.getAll(box.name).includes(box.value);
		if (box.checked) details.open = true;
	}

	let run = 0;
	let pending: Array<{ data: () => Promise<ResultData> }> = [];

	async function showMore(): Promise<void> {
		const batch = pending.splice(0, PAGE_SIZE);
		const data = await Promise.all(batch.map((r) => r.data()));
		for (const d of data) list!.append(renderResult(d));
		more!.hidden = pending.length === 0;
	}

	async function search(pushUrl: boolean): Promise<void> {
		const id = ++run;
		const formData = new FormData(form!);
		const filters: Record<string, { any: string[] }> = {};
		for (const key of filterKeys) {
			const values = formData.getAll(key).map(String);
			if (values.length > 0) filters[key] = { any: values };
		}
		const raw = input!.value;
		const query = normalizeQuery(raw, t2s);
		const url = new URL(location.href);
		url.search = new URLSearchParams([...formData].filter(([, v]) => String(v) !== '') as string[][]).toString();
		if (pushUrl) history.replaceState(null, '', url);

		list!.replaceChildren();
		list!.dataset['state'] = 'searching';
		more!.hidden = true;
		if (!query && Object.keys(filters).length === 0) {
			status!.textContent = ui.search.prompt;
			list!.dataset['state'] = 'done';
			return;
		}
		status!.textContent = ui.search.searching;
		try {
			const pagefind = await loadPagefind();
			// With no query there is no relevance to rank by: list brands first, topics last.
			const found = await pagefind.search(query ? segmentQuery(query) : null, { filters });
			if (id !== run || !found) return; // a newer search has started
			pending = [...found.results];
			if (!query) {
				// With no query there is no relevance to rank by: list brands first, topics last.
				const types = browseOrder.filter((t) => !filters['type'] || filters['type'].any.includes(t));
				const byType = await Promise.all(types.map((t) => pagefind.search(null, { filters: { ...filters, type: { any: [t] } } })));
				if (id !== run) return;
				pending = byType.flatMap((r) => r?.results ?? []);
			}
			const total = pending.length;
			for (const el of form!.querySelectorAll<HTMLElement>('[data-count]')) {
				const [key, value] = (el.dataset['count'] ?? '').split(/:(.*)/s);
				const n = key && value !== undefined ? found.filters[key]?.[value] : undefined;
				el.textContent = n === undefined ? '' : `（${n}）`;
			}
			await showMore();
			if (id !== run) return;
			// Announce only once the results are on the page, so a screen reader can go to them.
			status!.textContent = total > 0 ? ui.search.found(total) : ui.search.none;
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
		clearTimeout(timer);
		timer = setTimeout(() => void search(true), 250);
	});
	form.addEventListener('change', () => void search(true));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search(true);
	});
	more.addEventListener('click', () => void showMore());
	void search(false);
}
