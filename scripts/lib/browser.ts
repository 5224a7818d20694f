/**
 * Chromium for the browser tests and the benchmark: finding one ($CHROMIUM_PATH, Debian's
 * packages, or a browser Playwright installed), saying how to get one, and launching it headless.
 * Plain Node; never shipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Debian's headless shell (package `chromium-headless-shell`): the same Blink as `chromium`
 * without the full browser around it. The browser tests drive it first: per page visited with
 * axe it used about a fifth less CPU (748 against 922 ms, measured 2026-12-05), and the tests
 * are bound by CPU on two cores.
 */
const debianShell = '/usr/bin/chromium-headless-shell';

/**
 * A Chromium to drive: `$CHROMIUM_PATH`, else the headless shell (for the tests) or the full
 * browser (`prefer: 'browser'`: the benchmark and screenshots, measured and seen as readers'
 * browsers run), else whichever of the two is here, else a browser Playwright installed.
 */
export function findChromium(prefer: 'shell' | 'browser' = 'shell'): string | undefined {
	const debian = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	const candidates = [
		process.env['CHROMIUM_PATH'],
		...(prefer === 'shell' ? [debianShell, ...debian] : [...debian, debianShell]),
		...playwrightBrowsers(),
	];
	return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

/** Whether Debian's headless shell is installed (ensure-test-tools.ts installs it where it can). */
export const hasHeadlessShell = (): boolean => existsSync(debianShell);

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
	'  Debian/Ubuntu:  apt-get update && apt-get install -y chromium chromium-headless-shell',
	'  其他系统 (elsewhere):  npx playwright-core install chromium',
	'  或者指定已有的浏览器 (or point at one you have):  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

/** Headless Chromium (see findChromium); fails with instructions when there is none. */
export async function launchBrowser(prefer: 'shell' | 'browser' = 'shell'): Promise<Browser> {
	const executablePath = findChromium(prefer);
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

/**
 * A browser context at `viewport` whose pages open with the reader's preferences already set
 * (`pref-size`, `pref-contrast`: what site-prefs.js remembers in localStorage), before any
 * page's own script reads them.
 */
export async function contextIn(
	browser: Browser,
	viewport: { width: number; height: number },
	prefs: Record<string, string> = {},
): Promise<BrowserContext> {
	const { width, height } = viewport;
	const context = await browser.newContext({ viewport: { width, height } });
	await context.addInitScript((p: Record<string, string>) => {
		for (const [k, v] of Object.entries(p)) localStorage.setItem(k, v);
	}, prefs);
	return context;
}
