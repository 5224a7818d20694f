import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each kind of test runs only what it needs (as GOV.UK Frontend does):
 * - unit: pure logic and the content checker, no built site (`vitest --project unit`: seconds);
 * - build: reads the built `dist/` (pages, links, HTML validity, CSP);
 * - browser: drives Chromium (and nginx) over the built site.
 * The build and browser projects build the site once per run (tests/support/build-site.ts).
 *
 * At least two test files run at a time. Vitest's default on a 2-core machine is one (cores − 1),
 * and a browser test file spends much of its time waiting (on Chromium, on child processes), so
 * the suite used less than one core of two (CI, 2026-12-05: 12 min of CPU in 20 min); two files
 * at a time keep both busy. A test's length is bounded (tests/support/sweep.ts), and its timeout is
 * many times that, so sharing the cores slows a test without failing it.
 */
const buildSite = ['tests/support/build-site.ts'];

export default defineConfig({
	test: {
		maxWorkers: Math.max(2, availableParallelism() - 1),
		// A test that starts child processes (npm run new, the content check) takes up to 8 s on a
		// quiet machine and took 51 s with another helper's benchmark running: 30 s failed it
		// for nothing wrong. A test is bounded in length, so a long timeout costs nothing.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: buildSite },
			},
			{
				extends: true,
				test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: buildSite },
			},
		],
	},
});
