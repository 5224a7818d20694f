/**
 * The W3C Nu HTML Checker (what validator.w3.org runs) reports no error on any built page: one
 * run over every page of dist/. It also fails where it should: on a script written after the
 * document's end, the error it once found on the search page.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { tempTree } from '../support/fixture.ts';
import { nuErrors } from '../support/nu-checker.ts';
import { root } from '../support/site.ts';

const dist = join(root, 'dist');
const doc = (body: string, after = '') =>
	`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title></head><body>${body}</body></html>${after}`;

describe('the W3C Nu HTML checker', () => {
	test('finds no error on any built page', { timeout: 180_000 }, () => {
		const pages = htmlFiles(dist).map((f) => join(dist, f));
		expect(pages.length).toBeGreaterThan(100);
		expect(nuErrors(pages, dist)).toEqual([]);
	});

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
