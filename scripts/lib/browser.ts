/**
 * Chromium for the browser tests and the benchmark: finding one ($CHROMIUM_PATH, Debian's
 * package, or a browser Playwright installed), saying how to get one, and launching it headless.
 * Plain Node; never shipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export function findChromium(): string | undefined {
	const candidates = [
		process.env['CHROMIUM_PATH'],
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		...playwrightBrowsers(),
	];
	return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

function playwrightBrowsers(): string[] {
	const cache =
		process.env['PLAYWRIGHT_BROWSERS_PATH'] ?? join(homedir(), '.cache', 'ms-playwright');
	if (!existsSync(cache)) return [];
	return readdirSync(cache)
		.filter((d) => d.startsWith('chromium'))
		.flatMap((d) => [
			join(cache, d, 'chrome-linux', 'chrome'),
			join(cache, d, 'chrome-linux64', 'chrome'),
			join(cache, d, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
		]);
}

export const howToGetChromium = [
	'找不到 Chromium，浏览器测试无法运行 (no Chromium found; the browser tests cannot run).',
	'安装方法 (how to get one):',
	'  Debian/Ubuntu:  apt-get update && apt-get install -y chromium',
	'  其他系统 (elsewhere):  npx playwright-core install chromium',
	'  或者指定已有的浏览器 (or point at one you have):  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

/** Headless Chromium; fails with instructions when there is none. */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(howToGetChromium);
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}
