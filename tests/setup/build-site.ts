/**
 * Builds the site once (`npm run build`: Astro, then the search index and .gz files) before the
 * tests that read `dist/`. Set SKIP_BUILD=1 to reuse an
 * existing `dist/` while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
	if (process.env['SKIP_BUILD'] === '1' && existsSync('dist/index.html')) return;
	execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
