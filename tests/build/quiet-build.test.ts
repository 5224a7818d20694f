/**
 * The build on the real content prints nothing an editor could take for their own mistake (issue
 * 23): no warning from Astro, Vite or an integration. Reads what the test build printed
 * (tests/support/build-site.ts keeps it) rather than building again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildLog } from '../support/site.ts';

/** Lines that read as a warning: Astro's [WARN], Rollup's (!), or the word itself. */
const warnings = (log: string) =>
	log.split('\n').filter((line) => /\[WARN\]|\(!\)|\bwarn(ing)?s?\b/i.test(line));

describe('npm run build', () => {
	test('finds the warnings Astro, Rollup and integrations print', () => {
		const sample = [
			'04:47:38 [build] ✓ Completed in 6.84s.',
			'04:47:39 [WARN] [@astrojs/sitemap] The Sitemap integration requires the `site` astro.config option. Skipping.',
			'(!) Some chunks are larger than 500 kB after minification.',
			'Warning: Module level directives cause errors when bundled',
			'04:47:43 [build] Complete!',
		].join('\n');
		expect(warnings(sample)).toHaveLength(3);
	});

	test('prints no warnings on the real content', () => {
		expect(existsSync(buildLog), `${buildLog}: run once without SKIP_BUILD`).toBe(true);
		const log = readFileSync(buildLog, 'utf8');
		expect(log).toContain('Complete!');
		expect(warnings(log)).toEqual([]);
	});
});
