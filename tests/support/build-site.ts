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
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildLog, deployDist, deployEnv } from './site.ts';

export default function setup(): void {
	const built = existsSync('dist/index.html') && existsSync(`${deployDist}/index.html`);
	if ((process.env['SKIP_BUILD'] === '1' || process.env['SITE_BUILT_FOR_TESTS'] === '1') && built)
		return;
	const { SITE_URL: _url, SITE_EDIT_URL: _edit, ...local } = process.env;
	// Captured, not inherited: tests/build/quiet-build.test.ts reads what an editor would see.
	const localBuild = spawnSync('npm', ['run', '--silent', 'build'], {
		env: local,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const printed = `${localBuild.stdout}${localBuild.stderr}`;
	mkdirSync(dirname(buildLog), { recursive: true });
	writeFileSync(buildLog, printed);
	process.stdout.write(printed);
	if (localBuild.status !== 0) throw new Error(`npm run build failed (exit ${localBuild.status})`);
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
		stdio: 'inherit',
		env: { ...local, ...deployEnv },
	});
	process.env['SITE_BUILT_FOR_TESTS'] = '1';
}
