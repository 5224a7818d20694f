/**
 * Builds the site before the tests that read it, twice:
 * - `dist/`: `npm run build` as a local build is made (no SITE_URL): what `npm start` serves and
 *   what most tests and every browser test read;
 * - `.cache/dist-deploy/`: `astro build` as a deployment makes it (SITE_URL, SITE_EDIT_URL set),
 *   for the tests of absolute addresses, the feed, the sitemap and robots.txt.
 * The build and browser projects both name this setup; the first to run builds and the other
 * reuses its output (global setups share this process, and so its environment).
 * Set SKIP_BUILD=1 to reuse existing output while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { deployDist, deployEnv } from './site.ts';

export default function setup(): void {
	const built = existsSync('dist/index.html') && existsSync(`${deployDist}/index.html`);
	if ((process.env['SKIP_BUILD'] === '1' || process.env['SITE_BUILT_FOR_TESTS'] === '1') && built)
		return;
	const { SITE_URL: _url, SITE_EDIT_URL: _edit, ...local } = process.env;
	execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: local });
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
		stdio: 'inherit',
		env: { ...local, ...deployEnv },
	});
	process.env['SITE_BUILT_FOR_TESTS'] = '1';
}
