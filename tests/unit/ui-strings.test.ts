/**
 * Every UI string in `src/i18n/zh-CN.ts` is read somewhere in `src/` or `scripts/`. A key no code
 * reads is a string no reader sees, which an editor would still keep correct and a translator
 * would translate for nothing; six such keys had piled up before this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { ui } from '../../src/i18n/zh-CN.ts';
import { root } from '../support/site.ts';

/** Every string or function of `strings`, as its path of keys. */
function leafKeys(strings: object, prefix: string[] = []): string[][] {
	return Object.entries(strings).flatMap(([key, value]) =>
		value !== null && typeof value === 'object'
			? leafKeys(value as object, [...prefix, key])
			: [[...prefix, key]],
	);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The keys of `strings` (read as `ui`) that none of `files` reads. Code reads a key as
 * `ui.a.b`, through an alias of a group (`const c = ui.a;` … `c.b`), or by indexing its group
 * (`ui.collections[entry.collection]`), which may read any key of that group.
 */
function unusedKeys(strings: object, files: string[]): string[] {
	const code = files
		.map((text) => {
			let resolved = text;
			for (const [, alias, group] of text.matchAll(/\bconst (\w+) = (ui(?:\.\w+)+);/g))
				resolved = resolved.replace(new RegExp(`(?<![\\w$.])${alias}\\.`, 'g'), `${group}.`);
			return resolved;
		})
		.join('\n');
	return leafKeys(strings)
		.filter((path) => {
			const read = new RegExp(`\\bui\\.${path.map(escape).join('\\.')}(?![\\w$])`);
			const indexed = path
				.slice(0, -1)
				.some((_, i) => code.includes(`ui.${path.slice(0, i + 1).join('.')}[`));
			return !read.test(code) && !indexed;
		})
		.map((path) => path.join('.'));
}

describe('UI strings', () => {
	test('the check finds a key no code reads, however its neighbours are read', () => {
		const strings = {
			nav: { home: '首页', homeLink: '首页链接' },
			topic: { columns: { owner: '检察院', brand: '品牌' } },
			collections: { brands: '品牌', cases: '案例' },
		};
		const files = [
			'<a>{ui.nav.home}</a>',
			'const c = ui.topic.columns;\n<th>{c.owner}</th>',
			'ui.collections[entry.collection]',
		];
		expect(unusedKeys(strings, files)).toEqual(['nav.homeLink', 'topic.columns.brand']);
		expect(unusedKeys(strings, [...files, 'ui.nav.homeLink(1)', 'c.brand'])).toEqual([
			'topic.columns.brand',
		]);
	});

	test('every key in src/i18n/zh-CN.ts is used in src/ or scripts/', () => {
		const files = ['src', 'scripts'].flatMap((dir) =>
			siteFiles(join(root, dir), (name) => /\.(ts|astro|mjs|mdx)$/.test(name))
				.filter((file) => !file.endsWith('i18n/zh-CN.ts'))
				.map((file) => readFileSync(join(root, dir, file), 'utf8')),
		);
		expect(files.length).toBeGreaterThan(80);
		expect(unusedKeys(ui, files)).toEqual([]);
	});
});
