/**
 * `npm run search-latency [-- --dist DIR | --url URL] [--queries 心桥,党建,…] [--rounds N] [--cold N]`
 *
 * How long the search page takes to answer, in Chromium through the real page, so anyone can
 * check the site against the targets in BENCHMARKS.md (warm p95 ≤ 100 ms, cold ≤ 800 ms); the
 * benchmark (scripts/bench.ts) calls it on its synthetic corpus at scale. Two measures:
 * - warm: with the page open and one search done, a query is typed and submitted; from submit
 *   to the frame after the results are drawn. Every query, `rounds` times, in turn. A search
 *   whose first page is drawn before its count and filter counts (the list's state `shown`,
 *   then `done`) is timed to both: results painted (the target) and complete.
 * - cold: a new browser context (empty cache) opens `/search/?q=…`; from navigation start to
 *   the frame after the results are drawn, and the bytes it transferred.
 * Where the time goes comes from the page's own User Timing measures (src/scripts/search.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';

/** Queries that exercise every path on the real site: names, terms, slips, pinyin, questions. */
export const defaultQueries = [
	'心桥',
	'司法救助',
	'检察听证',
	'党建',
	'未成年人',
	'检查听证',
	'sifa jiuzhu',
	'如何帮助农民工追讨欠薪',
	'正义先锋',
	'公益诉讼',
];

export interface LatencyReport {
	warm: { samples: number; median: number; p95: number; max: number };
	/** Warm searches to complete (count and filter counts shown), where that comes later. */
	complete: { median: number; p95: number; max: number };
	/** The slowest warm searches, with their steps: where to look first. */
	slowest: Array<{ query: string; round: number; ms: number; steps: Record<string, number> }>;
	cold: Array<{ query: string; ms: number; bytes: number }>;
	/** Median milliseconds per step of a warm search, from the page's performance.measure(). */
	steps: Record<string, number>;
}

const percentile = (xs: number[], p: number) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/**
 * Resolves on the frame after the results list reaches `done` (or `failed`), or `shown` (results
 * drawn, counts to come) unless `complete`: page-side time.
 */
const untilPainted = (complete = false) =>
	new Promise<number>((done) => {
		const list = document.querySelector<HTMLElement>('#search-results')!;
		const states = complete ? ['done', 'failed'] : ['shown', 'done', 'failed'];
		const finished = () => states.includes(list.dataset['state'] ?? '');
		const painted = () => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
		if (finished()) {
			painted();
			return;
		}
		const watch = new MutationObserver(() => {
			if (!finished()) return;
			watch.disconnect();
			painted();
		});
		watch.observe(list, { attributes: true, attributeFilter: ['data-state'] });
	});

/** One warm search: type `q` into the open page and submit; milliseconds to painted results, and to complete. */
async function warmSearch(page: Page, q: string): Promise<{ painted: number; complete: number }> {
	return page.evaluate(
		async ([q, untilPaintedSource]) => {
			const input = document.querySelector<HTMLInputElement>('#search-q')!;
			const form = document.querySelector<HTMLFormElement>('#search-form')!;
			const list = document.querySelector<HTMLElement>('#search-results')!;
			// Stale first, so the wait sees this search finish rather than the last one.
			list.dataset['state'] = 'stale';
			performance.clearMeasures();
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			const watch = (0, eval)(untilPaintedSource) as (complete: boolean) => Promise<number>;
			const painted = watch(false);
			const complete = watch(true);
			const started = performance.now();
			form.requestSubmit();
			return { painted: (await painted) - started, complete: (await complete) - started };
		},
		[q, `(${untilPainted.toString()})`] as const,
	);
}

/** The page's own measures of the last search (name → ms). */
async function stepTimes(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() =>
		Object.fromEntries(
			performance
				.getEntriesByType('measure')
				.filter((m) => m.name.startsWith('search:'))
				.map((m) => [m.name.slice('search:'.length), m.duration]),
		),
	);
}

/** Measures warm and cold latency of the search page served at `url`. */
export async function measureSearchLatency(
	browser: Browser,
	url: string,
	queries: string[],
	{ rounds = 3, cold = 3 }: { rounds?: number; cold?: number } = {},
): Promise<LatencyReport> {
	const coldRuns: LatencyReport['cold'] = [];
	for (const query of queries.slice(0, cold)) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let bytes = 0;
		page.on('requestfinished', async (r) => {
			const s = await r.sizes();
			bytes += s.responseBodySize + s.responseHeadersSize;
		});
		// Watch from the first script on, so the time is the page's own from navigation start.
		await page.addInitScript(`addEventListener('DOMContentLoaded', () =>
			(${untilPainted.toString()})().then((t) => (globalThis.__searchPainted = t)))`);
		await page.goto(`${url}/search/?${new URLSearchParams({ q: query })}`);
		const ms = await page
			.waitForFunction(() => (globalThis as { __searchPainted?: number }).__searchPainted, null, {
				timeout: 60_000,
			})
			.then((h) => h.jsonValue());
		await page.waitForLoadState('networkidle');
		coldRuns.push({ query, ms: Number(ms), bytes });
		await context.close();
	}

	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${url}/search/`);
	await warmSearch(page, queries[0]!); // the first search loads Pagefind: not a warm one
	const samples: number[] = [];
	const completeSamples: number[] = [];
	const steps: Record<string, number[]> = {};
	const each: LatencyReport['slowest'] = [];
	for (let round = 0; round < rounds; round++)
		for (const query of queries) {
			const { painted: ms, complete } = await warmSearch(page, query);
			const times = await stepTimes(page);
			samples.push(ms);
			completeSamples.push(complete);
			each.push({ query, round, ms, steps: times });
			for (const [name, t] of Object.entries(times)) (steps[name] ??= []).push(t);
		}
	await context.close();
	return {
		warm: {
			samples: samples.length,
			median: percentile(samples, 50),
			p95: percentile(samples, 95),
			max: Math.max(...samples),
		},
		complete: {
			median: percentile(completeSamples, 50),
			p95: percentile(completeSamples, 95),
			max: Math.max(...completeSamples),
		},
		slowest: each.sort((a, b) => b.ms - a.ms).slice(0, 3),
		cold: coldRuns,
		steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, percentile(v, 50)])),
	};
}

/** The report as lines a person reads. */
export function describeLatency(r: LatencyReport): string[] {
	return [
		`warm: median ${r.warm.median.toFixed(0)} ms, p95 ${r.warm.p95.toFixed(0)} ms, max ${r.warm.max.toFixed(0)} ms (${r.warm.samples} searches; results painted)`,
		`warm, complete (with count and filter counts): median ${r.complete.median.toFixed(0)} ms, p95 ${r.complete.p95.toFixed(0)} ms, max ${r.complete.max.toFixed(0)} ms`,
		...r.cold.map(
			(c) =>
				`cold “${c.query}”: ${c.ms.toFixed(0)} ms, ${(c.bytes / 1024).toFixed(1)} KB transferred`,
		),
		...r.slowest.map(
			(s) =>
				`  slow: “${s.query}” (round ${s.round + 1}) ${s.ms.toFixed(0)} ms: ${Object.entries(
					s.steps,
				)
					.map(([k, v]) => `${k} ${v.toFixed(1)}`)
					.join(', ')}`,
		),
		`warm steps (median ms): ${Object.entries(r.steps)
			.map(([k, v]) => `${k} ${v.toFixed(1)}`)
			.join(', ')}`,
	];
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const arg = (name: string) =>
		args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined;
	const queries = arg('queries')?.split(',').filter(Boolean) ?? defaultQueries;
	// A running site (nginx, a deployment) when given; otherwise dist/ on a loopback server.
	const server = arg('url')
		? { url: arg('url')!.replace(/\/$/, ''), close: async () => undefined }
		: await serveDist(resolve(arg('dist') ?? 'dist'));
	const browser = await launchBrowser('browser');
	try {
		const report = await measureSearchLatency(browser, server.url, queries, {
			rounds: Number(arg('rounds') ?? 3),
			cold: Number(arg('cold') ?? 3),
		});
		for (const line of describeLatency(report)) console.log(line);
	} finally {
		await browser.close();
		await server.close();
	}
}
