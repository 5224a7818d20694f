/**
 * How the browser sweep (tests/browser/site.test.ts) covers a site of any size in tests of
 * bounded length: every page once, at phone width; and every page template (a route file under
 * src/pages) at phone and desktop width in every reading mode, and at 320 px in 大字, through one
 * of its pages. The reading modes change only CSS, so what they can break is shared by a
 * template's pages; what varies from page to page (text, tables, links) is seen in the full pass.
 * `runsOf` cuts any other whole-site check into tests of bounded length the same way.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Mode {
	name: string;
	width: number;
	height: number;
	/** localStorage entries the site's preference script reads (大字, 高对比). */
	prefs: Record<string, string>;
}

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1440, height: 900 };
/** The width WCAG's reflow criterion names (1280 px at 400 % zoom). */
export const narrowest = { width: 320, height: 640 };

/** Each width in each reading mode. */
export const modes: Mode[] = [
	{ name: 'phone', ...phone, prefs: {} },
	{ name: 'desktop', ...desktop, prefs: {} },
	{ name: 'phone in 大字', ...phone, prefs: { 'pref-size': 'large' } },
	{ name: 'desktop in 大字', ...desktop, prefs: { 'pref-size': 'large' } },
	{ name: 'phone in 高对比', ...phone, prefs: { 'pref-contrast': 'high' } },
	{ name: 'desktop in 高对比', ...desktop, prefs: { 'pref-contrast': 'high' } },
	// WCAG 1.4.10 (reflow) asks for 320 px without sideways scrolling; in 大字 it is the tightest
	// there is. Measured 2026-12-05, 14 pages were wider there (a 学习卡's title beside its emblem,
	// an editors' note's file path, the guide's field tables) and none at 390 px.
	{ name: 'narrowest in 大字', ...narrowest, prefs: { 'pref-size': 'large' } },
];

export interface Template {
	/** The route file, e.g. `brands/[id].astro`. */
	file: string;
	matches: (path: string) => boolean;
	/** Static segments count for more than parameters, and a rest parameter least (Astro's order). */
	rank: number[];
}

/** The page templates of `src/pages` (`.astro` and `.md(x)` routes; `_` files are not routes). */
export function templatesOf(pagesDir: string): Template[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.name.startsWith('_')) continue;
			if (e.isDirectory()) walk(join(dir, e.name));
			else if (/\.(astro|mdx?)$/.test(e.name)) files.push(relative(pagesDir, join(dir, e.name)));
		}
	};
	walk(pagesDir);
	return files.map(templateOf);
}

/** A route file as a matcher of built site paths (`/brands/xinqiao/`). */
export function templateOf(file: string): Template {
	const segments = file
		.replace(/\.(astro|mdx?)$/, '')
		.split('/')
		.filter((s) => s !== 'index');
	const rank: number[] = [];
	const pattern = segments
		.map((s) => {
			if (/^\[\.\.\.[^\]]+\]$/.test(s)) {
				rank.push(0);
				return '(?:/.*)?';
			}
			rank.push(/^\[[^\]]+\]$/.test(s) ? 1 : 2);
			return '/' + s.replace(/[.$^]/g, '\\$&').replace(/\[[^\]]+\]/g, '[^/]+');
		})
		.join('');
	const re = new RegExp(`^${pattern}/?$`);
	return { file, matches: (path) => re.test(path), rank };
}

/** The template a built path comes from: the most specific matching route, as Astro chooses. */
export function templateFor(path: string, templates: Template[]): Template | undefined {
	const better = (a: Template, b: Template) => {
		for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
			const d = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
			if (d !== 0) return d > 0;
		}
		return false;
	};
	let best: Template | undefined;
	for (const t of templates) if (t.matches(path) && (!best || better(t, best))) best = t;
	return best;
}

export interface Run<T> {
	/** Which items the run holds (`12–24 of 302`), for the test's name. */
	label: string;
	items: T[];
}

/**
 * Items in runs of at most `size`, one test each: how a check over everything the site has
 * (pages, cards, dictionary terms) keeps every test's length bounded however large the site grows.
 */
export function runsOf<T>(items: T[], size: number): Run<T>[] {
	const runs: Run<T>[] = [];
	for (let i = 0; i < items.length; i += size)
		runs.push({
			label: `${i + 1}–${Math.min(i + size, items.length)} of ${items.length}`,
			items: items.slice(i, i + size),
		});
	return runs;
}

export interface SweepRun {
	/** What the run covers, for the test's name. */
	label: string;
	/** The run's one mode: a run is one browser page, navigated from visit to visit. */
	mode: Mode;
	visits: Array<{ mode: Mode; path: string }>;
}

/** The first built page of each template: what shows a template in a mode. */
export function firstPages(pages: string[], templates: Template[]): string[] {
	const first = new Map<string, string>();
	for (const path of pages) {
		const t = templateFor(path, templates);
		if (t && !first.has(t.file)) first.set(t.file, path);
	}
	return [...first.values()];
}

/** Runs over `paths` in `mode`, at most `size` a run, named `mode: what i–j of n`. */
export function runsIn(mode: Mode, paths: string[], size: number, what = 'pages'): SweepRun[] {
	return runsOf(paths, size).map((run) => ({
		label: `${mode.name}: ${what} ${run.label}`,
		mode,
		visits: run.items.map((path) => ({ mode, path })),
	}));
}

/**
 * The sweep's runs: every page at phone width, at most `size` pages a run; then each other mode
 * over every template's first page, at most `size` templates a run. The full pass already shows
 * every template at phone width in the default mode. A run stays in one mode, so one browser
 * page serves all its visits (a fresh page per visit costs about twice the visit). Each run's
 * length is bounded by `size`, never by the size of the site.
 */
export function planSweep(pages: string[], templates: Template[], size: number): SweepRun[] {
	const [full, ...others] = modes;
	const first = firstPages(pages, templates);
	return [
		...runsIn(full!, pages, size),
		...others.flatMap((mode) => runsIn(mode, first, size, 'templates')),
	];
}
