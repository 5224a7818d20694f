/**
 * Builds the site once before the tests that read `dist/`. Set SKIP_BUILD=1 to reuse an
 * existing `dist/` while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
	if (process.env['SKIP_BUILD'] === '1' && existsSync('dist/index.html')) return;
	execFileSync('npx', ['astro', 'build', '--silent'], { stdio: 'inherit' });
}
