import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each kind of test runs only what it needs (as GOV.UK Frontend does):
 * - unit: pure logic and the content checker, no built site (`vitest --project unit`: seconds);
 * - build: reads the built `dist/` (pages, links, HTML validity, CSP);
 * - browser: drives Chromium (and nginx) over the built site.
 * The build and browser projects build the site once per run (tests/support/build-site.ts).
 */
const buildSite = ['tests/support/build-site.ts'];

export default defineConfig({
	test: {
		testTimeout: 30_000,
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
