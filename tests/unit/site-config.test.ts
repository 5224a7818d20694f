/**
 * The deploy guard: SITE_URL, when set, must be the site's https origin, or the build stops before
 * a wrong address reaches every page, the feed and every 学习卡. Unset, the site builds for local use.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { siteUrlFromEnv } from '../../src/site.config.ts';
import { root } from '../support/site.ts';

describe('SITE_URL', () => {
	test('unset or empty: a local build, with no address', () => {
		expect(siteUrlFromEnv(undefined)).toBeUndefined();
		expect(siteUrlFromEnv('  ')).toBeUndefined();
	});

	test('an https origin is taken as it is (a trailing slash is fine)', () => {
		expect(siteUrlFromEnv('https://dangjian.example.gov.cn/')).toBe(
			'https://dangjian.example.gov.cn',
		);
		expect(siteUrlFromEnv(' https://dangjian.example.gov.cn ')).toBe(
			'https://dangjian.example.gov.cn',
		);
	});

	test.each([
		'http://dangjian.example.gov.cn',
		'http://localhost:4321',
		'dangjian.example.gov.cn',
		'https://example.gov.cn/dangjian/',
		'https://example.gov.cn/?x=1',
		'ftp://example.gov.cn',
	])('%s is refused, saying what is expected', (value) => {
		expect(() => siteUrlFromEnv(value)).toThrow(
			`SITE_URL 必须是网站的 https 地址，如 https://dangjian.example.gov.cn（不带路径），现在是“${value}”`,
		);
	});

	test('a build with a wrong SITE_URL stops as soon as the configuration loads', () => {
		const r = spawnSync(
			process.execPath,
			['--input-type=module', '-e', "await import('./astro.config.mjs')"],
			{ cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: 'http://localhost:4321' } },
		);
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain('SITE_URL 必须是网站的 https 地址');
	});
});
