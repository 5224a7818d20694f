/**
 * The W3C Nu HTML Checker (what validator.w3.org runs) reports no error on any built page: one
 * Java run per 500 pages of dist/ (one run on today's site). It also fails where it should: on a script written after the
 * document's end, the error it once found on the search page.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { tempTree } from '../support/fixture.ts';
import { nuErrors } from '../support/nu-checker.ts';
import { root } from '../support/site.ts';
import { runsOf } from '../support/sweep.ts';

const dist = join(root, 'dist');
const pages = htmlFiles(dist).map((f) => join(dist, f));
/**
 * Pages per Java run: starting the checker costs about as much as checking a few hundred pages,
 * and each test's length stays bounded however many pages the site gets.
 */
const RUN_SIZE = 500;
const doc = (body: string, after = '') =>
	`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title></head><body>${body}</body></html>${after}`;

describe('the W3C Nu HTML checker', () => {
	test('has every built page to check', () => {
		expect(pages.length).toBeGreaterThan(100);
	});

	test.each(runsOf(pages, RUN_SIZE).map((r) => [r.label, r.items] as const))(
		'finds no error on built pages %s',
		(_label, run) => {
			expect(nuErrors(run, dist)).toEqual([]);
		},
		180_000,
	);

	test('fails on a broken page, naming the file and line', { timeout: 60_000 }, () => {
		const dir = tempTree({
			'good/index.html': doc('<p>好</p>'),
			'bad/index.html': doc('<p>坏</p>', '\n<script type="module" src="/x.js"></script>'),
		});
		const errors = nuErrors(
			['good/index.html', 'bad/index.html'].map((f) => join(dir, f)),
			dir,
		);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.every((e) => e.file === 'bad/index.html' && e.line === 2)).toBe(true);
	});
});
