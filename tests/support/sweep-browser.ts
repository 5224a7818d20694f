/**
 * Runs a sweep plan (tests/support/sweep.ts) in Chromium: one test per run, one browser page per
 * run, each visit checked by the caller's `check`, and every failure of the run listed at once.
 * For any check over every page or every template, so that no test grows with the site:
 *
 *   const site = useBuiltSite();
 *   const first = firstPages(builtPages(), builtTemplates());
 *   sweepTests(site, modes.flatMap((m) => runsIn(m, first, 25, 'templates')), 'taps fit', check);
 *
 * where `check(page, visit)` returns what is wrong on the page as it is now (`[]` when nothing).
 * Every page costs about half a second a visit (more with axe): a check that only layout or CSS
 * can break is shown each template in each mode it needs, as above; one that text can break
 * visits every page, once, at phone width (`runsIn(modes[0], builtPages(), 25)`).
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { contextIn } from '../../scripts/lib/browser.ts';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { searchDone, watchPage, type PageWatch } from './browser.ts';
import { pathOf } from './links.ts';
import { root } from './site.ts';
import { templatesOf, type Mode, type SweepRun, type Template } from './sweep.ts';

/** Every page the local build wrote, as site paths (the 404 page, served for misses, left out). */
export function builtPages(): string[] {
	return htmlFiles(join(root, 'dist'))
		.filter((f) => f !== '404.html')
		.map(pathOf);
}

/** The site's page templates, the route files of src/pages. */
export function builtTemplates(): Template[] {
	return templatesOf(join(root, 'src/pages'));
}

/** A visit as the check sees it: where, in which mode, and what the page did while it loaded. */
export interface Visit {
	path: string;
	mode: Mode;
	/** `path (mode)`, to begin each failure with. */
	at: string;
	/** What the page has reported since this visit began (console errors, CSP, other hosts). */
	reported: () => PageWatch;
}

/**
 * A run takes well under a minute on a quiet machine (25 pages with axe); the timeout is for a
 * machine shared with others, and since a run is bounded in size, so is its duration.
 */
const RUN_TIMEOUT = 300_000;

export function sweepTests(
	site: { url: string; browser: Browser },
	runs: SweepRun[],
	title: string,
	check: (page: Page, visit: Visit) => Promise<string[]>,
	/** What every page of the sweep needs before it loads (e.g. `withAxe`). */
	prepare?: (context: BrowserContext) => Promise<void>,
): void {
	const contexts = new Map<string, Promise<BrowserContext>>();
	const contextFor = (mode: Mode) => {
		if (!contexts.has(mode.name))
			contexts.set(
				mode.name,
				contextIn(site.browser, mode, mode.prefs).then(async (context) => {
					await prepare?.(context);
					return context;
				}),
			);
		return contexts.get(mode.name)!;
	};
	afterAll(async () => {
		for (const c of contexts.values()) await (await c).close();
	});

	test.each(runs.map((r) => [r.label, r] as const))(
		`%s: ${title}`,
		async (_label, run) => {
			const failures: string[] = [];
			// One page for the run: opening a page and its watch costs more than a visit.
			const page = await (await contextFor(run.mode)).newPage();
			const watch = await watchPage(page, site.url);
			try {
				for (const { mode, path } of run.visits) {
					const at = `${path} (${mode.name})`;
					const seen = {
						consoleErrors: watch.consoleErrors.length,
						cspViolations: watch.cspViolations.length,
						foreignRequests: watch.foreignRequests.length,
					};
					const reported = () => ({
						consoleErrors: watch.consoleErrors.slice(seen.consoleErrors),
						cspViolations: watch.cspViolations.slice(seen.cspViolations),
						foreignRequests: watch.foreignRequests.slice(seen.foreignRequests),
					});
					const response = await page.goto(site.url + path, { waitUntil: 'load' });
					if (response?.status() !== 200) failures.push(`${at}: HTTP ${response?.status()}`);
					if (path === '/search/') await searchDone(page);
					failures.push(...(await check(page, { path, mode, at, reported })));
				}
			} finally {
				await page.close();
			}
			expect(failures).toEqual([]);
		},
		RUN_TIMEOUT,
	);
}
