/**
 * Quality gates over every built page that need no browser: internal links and anchors resolve,
 * every page is valid HTML, nothing loads from another host, and every page carries the CSP.
 * Each gate is also shown failing on a small broken site.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { metaPolicy } from '../../src/lib/site/csp.ts';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { readHtml } from '../support/html.ts';
import { checkLinks, thirdPartyResources } from '../support/links.ts';
import { validateHtml } from '../support/validate-html.ts';
import { tempTree } from '../support/fixture.ts';
import { root } from '../support/site.ts';

const dist = join(root, 'dist');
// The local build has no address of its own; its links resolve against any origin.
const origin = 'http://localhost';

/** A tiny built site in a temporary folder. */
const site = (files: Record<string, string>): string => tempTree(files);
const doc = (body: string, head = '') =>
	`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title>${head}</head><body>${body}</body></html>`;

describe('links', () => {
	test('every internal link and #anchor in dist/ resolves', () => {
		const { broken } = checkLinks(dist, origin);
		expect(broken).toEqual([]);
	});

	test('the only links to other hosts are the cited articles and the 12309 service', () => {
		expect(checkLinks(dist, origin).external).toEqual([
			'https://www.12309.gov.cn/',
			'https://www.spp.gov.cn/dj/llyj/202312/t20231201_635733.shtml',
		]);
	});

	test('fails on a missing page and on a missing anchor', () => {
		const dir = site({
			'index.html': doc(
				'<a href="/a/">a</a> <a href="/nowhere/">x</a> <a href="/a/#here">ok</a> <a href="/a/#gone">y</a>',
			),
			'a/index.html': doc('<h1 id="here">A</h1>'),
		});
		expect(checkLinks(dir, 'http://localhost').broken).toEqual([
			{
				page: 'index.html',
				href: '/nowhere/',
				reason: '没有这个页面或文件 (no such page or file): /nowhere/',
			},
			{
				page: 'index.html',
				href: '/a/#gone',
				reason: '页面中没有 id 为“gone”的位置 (no element with that id)',
			},
		]);
	});
});

describe('HTML validity', () => {
	test('every built page validates with zero errors', async () => {
		const files = htmlFiles(dist).map((file) => ({ file, html: readHtml(dist, file) }));
		expect(files.length).toBeGreaterThan(100);
		expect(await validateHtml(files)).toEqual([]);
	});

	test('fails on invalid HTML', async () => {
		const errors = await validateHtml([
			{ file: 'bad.html', html: doc('<p><div>块</div></p><img src="a.png">') },
		]);
		expect(errors.map((e) => e.rule)).toEqual(
			expect.arrayContaining(['no-implicit-close', 'close-order', 'wcag/h37']),
		);
	});
});

describe('no third-party resources', () => {
	test('no page loads a script, style, font, image or frame from another host', () => {
		expect(thirdPartyResources(dist, origin)).toEqual([]);
	});

	test('fails on a CDN script, a web font and a remote image', () => {
		const dir = site({
			'index.html': doc(
				'<img src="https://cdn.example.com/a.png" alt="a"><script src="https://cdn.example.com/x.js"></script>',
				'<link rel="stylesheet" href="https://fonts.example.com/css">',
			),
		});
		expect(thirdPartyResources(dir, 'http://localhost').map((r) => r.url)).toEqual([
			'https://fonts.example.com/css',
			'https://cdn.example.com/a.png',
			'https://cdn.example.com/x.js',
		]);
	});
});

describe('Content Security Policy', () => {
	test('every page carries the policy, and no inline script or style that it would block', () => {
		for (const file of htmlFiles(dist)) {
			const html = readHtml(dist, file);
			expect(html, file).toContain(
				`<meta http-equiv="Content-Security-Policy" content="${metaPolicy}">`,
			);
			expect(html, file).not.toMatch(
				/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/,
			);
			expect(html, file).not.toMatch(/<style[\s>]|\sstyle="/);
		}
	});

	test('the policy allows no inline script, no eval and no other host', () => {
		expect(metaPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(metaPolicy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
	});
});
