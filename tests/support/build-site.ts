/**
 * Builds the site (`npm run build`: Astro, then the search index and .gz files) before the tests
 * that read `dist/`. The build and browser projects both name this setup; the first to run builds
 * and the other reuses its `dist/` (global setups share this process, and so its environment).
 * Set SKIP_BUILD=1 to reuse an existing `dist/` while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
	if ((process.env['SKIP_BUILD'] === '1' || process.env['SITE_BUILT_FOR_TESTS'] === '1') && existsSync('dist/index.html')) return;
	execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
	process.env['SITE_BUILT_FOR_TESTS'] = '1';
}
