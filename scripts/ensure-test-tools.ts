/**
 * Runs before `npm test`: makes sure the programs the tests drive are here — Chromium for the
 * browser tests, nginx for the serving test, Java for the W3C Nu HTML checker. Where one is
 * missing it installs it (Debian's package where apt is available and we are root; Playwright's
 * installer for Chromium elsewhere); if that fails too, it stops and says exactly how to get it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, hasHeadlessShell, howToGetChromium } from './lib/browser.ts';
import { findJava, howToGetJava } from './lib/java.ts';
import { findNginx, howToGetNginx } from './lib/nginx.ts';

function run(cmd: string, args: string[]): boolean {
	console.log(`> ${cmd} ${args.join(' ')}`);
	return (
		spawnSync(cmd, args, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		}).status === 0
	);
}

const canApt =
	existsSync('/usr/bin/apt-get') && typeof process.getuid === 'function' && process.getuid() === 0;
const missing = [
	!findChromium() && 'chromium',
	!findNginx() && 'nginx',
	!findJava() && 'default-jre-headless',
].filter((p): p is string => Boolean(p));
if (missing.length > 0 && canApt) {
	console.log(`正在安装 (installing): ${missing.join(', ')}`);
	if (run('apt-get', ['update', '-qq'])) {
		run('apt-get', ['install', '-y', '-qq', ...missing]);
		// The headless shell only makes the browser tests cheaper (scripts/lib/browser.ts): where
		// the distribution has no such package, Chromium alone runs them.
		if (missing.includes('chromium') && !hasHeadlessShell())
			run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell']);
	}
}
if (!findChromium()) run('npx', ['--no-install', 'playwright-core', 'install', 'chromium']);

const problems = [
	!findChromium() && howToGetChromium,
	!findNginx() && howToGetNginx,
	!findJava() && howToGetJava,
].filter(Boolean);
if (problems.length > 0) {
	console.error(problems.join('\n\n'));
	process.exit(1);
}
console.log(`Chromium: ${findChromium()}\nnginx: ${findNginx()}\nJava: ${findJava()}`);
