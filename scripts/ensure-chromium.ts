/**
 * Runs before `npm test`: makes sure a Chromium exists for the browser tests. Where none is
 * found it installs one (Debian's package where apt is available and we are root, Playwright's
 * installer elsewhere); if that fails too, it stops and says exactly how to get one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, howToGetChromium } from '../src/lib/chromium.ts';

function run(cmd: string, args: string[]): boolean {
	console.log(`> ${cmd} ${args.join(' ')}`);
	return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

let found = findChromium();
if (!found) {
	console.log('没有找到 Chromium，正在安装 (no Chromium found; installing one)…');
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (existsSync('/usr/bin/apt-get') && isRoot) {
		run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']);
	}
	found = findChromium();
	if (!found) {
		run('npx', ['--no-install', 'playwright-core', 'install', 'chromium']);
		found = findChromium();
	}
}
if (!found) {
	console.error(howToGetChromium);
	process.exit(1);
}
console.log(`Chromium: ${found}`);
