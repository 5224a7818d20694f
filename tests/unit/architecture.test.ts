/**
 * The house rules of src/: which part may import which (see src/lib/README.md). Each folder
 * serves one runtime; an import in a forbidden direction would drag Astro into the plain-Node
 * checker, Node into the browser bundle, or test tooling into what ships.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { root } from '../support/site.ts';

/** Every import specifier of a file (static, re-export and dynamic), resolved against it if relative. */
function importsOf(file: string): string[] {
	// Template literals are text, not code (the benchmark writes a whole Astro project from them).
	const text = readFileSync(join(root, file), 'utf8').replace(/`[^`]*`/g, '``');
	const specs = [
		...text.matchAll(
			/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
		),
	].map((m) => (m[1] ?? m[2] ?? m[3])!);
	return specs.map((s) => (s.startsWith('.') ? relative(root, join(root, dirname(file), s)) : s));
}

const sources = (dir: string) =>
	siteFiles(join(root, dir), (n) => /\.(ts|astro|mjs)$/.test(n)).map((f) => join(dir, f));
const all = [...sources('src'), ...sources('scripts')];

/** [files, what they must not import, why] */
const rules: Array<[RegExp, RegExp, string]> = [
	[/^src\//, /^(tests|scripts)\//, 'src/ holds only what builds or ships the site'],
	[
		/^scripts\//,
		/^(tests\/|src\/lib\/site\/)|^astro:/,
		'scripts run in plain Node: no test code, nothing Astro-bound',
	],
	[
		/^src\/lib\/content-check\//,
		/^astro(:|$)|^src\/lib\/(site|search|search-build|build|share-image)\//,
		'the content checker runs in plain Node before Astro, so it never imports Astro or page code',
	],
	[
		/^src\/schemas\//,
		/^astro:|^src\/(lib|pages|components)\//,
		'schemas serve Astro, the checker and tests alike: zod and the design tokens only',
	],
	[
		/^src\/styles\//,
		/./,
		'the design tokens are plain values every part reads, so they import nothing',
	],
	[
		/^src\/lib\/text\//,
		/^src\/(?!lib\/text\/)/,
		'the Chinese text rules import nothing of the site but each other',
	],
	[
		/^src\/lib\/editor\//,
		/^astro(:|$)|^src\/lib\/(site|search|search-build|build|share-image)\//,
		'editor tools run in plain Node',
	],
	[
		/^src\/lib\/build\//,
		/^astro(:|$)|^src\/lib\/(site|content-check|share-image|editor)\//,
		'the post-build steps run in their own Node process, without Astro',
	],
	[
		/^src\/lib\/share-image\//,
		/^astro(:|$)|^src\/lib\/(site|content-check|build|editor)\//,
		'drawing share images needs only glyphs and the card',
	],
	[
		/^src\/lib\/search\//,
		/^node:|^astro(:|$)|^(opencc-js|pinyin-pro)$|^src\/lib\/(site|text|content-check|build|search-build|share-image|editor)\//,
		'the search page ships this code to the browser',
	],
	[
		/^src\/lib\/search-build\//,
		/^astro(:|$)|^src\/lib\/(site|content-check|build|share-image|editor)\//,
		'the search data is built from text the page hands over: plain Node, callable outside Astro',
	],
	[
		/^src\/scripts\//,
		/^node:|^astro(:|$)|^(opencc-js|pinyin-pro)$|^src\/lib\/(site|text|content-check|build|search-build|share-image|editor)\//,
		'client scripts run in the browser',
	],
	[
		/^(?!src\/lib\/content-check\/provenance\/)/,
		/^src\/lib\/content-check\/provenance\/(?!index\.ts$)/,
		'the provenance check is one folder with one public face: everything else imports its index.ts',
	],
	[
		/^src\/(components|layouts)\/|^src\/lib\/(?!site\/data\.ts$)/,
		/^astro:content$/,
		'only src/lib/site/data.ts loads collections (pages may render bodies); components take data as props',
	],
];

describe('import rules', () => {
	test('there are files to check', () => {
		expect(all.length).toBeGreaterThan(80);
	});

	test.each(rules)('%s must not import %s (%s)', (files, forbidden) => {
		const broken = all
			.filter((f) => files.test(f))
			.flatMap((f) =>
				importsOf(f)
					.filter((i) => forbidden.test(i))
					.map((i) => `${f} → ${i}`),
			);
		expect(broken).toEqual([]);
	});

	test('components, layouts and pages hold no Chinese text of their own: UI strings live in src/i18n/zh-CN.ts', () => {
		const code = (f: string) =>
			readFileSync(join(root, f), 'utf8')
				.replace(/\/\*[\s\S]*?\*\//g, '')
				.replace(/(^|[^:])\/\/.*$/gm, '$1');
		const files = [
			...sources('src/components'),
			...sources('src/layouts'),
			...sources('src/pages'),
		];
		expect(files.filter((f) => /\p{Script=Han}/u.test(code(f)))).toEqual([]);
	});

	test('components never load the whole site themselves', () => {
		const loaders = sources('src/components').filter((f) =>
			/siteData\(|getCollection\(/.test(readFileSync(join(root, f), 'utf8')),
		);
		expect(loaders).toEqual([]);
	});

	test('every part that draws or checks colours may read the design tokens', () => {
		const readers = [
			'src/schemas/colour.ts',
			'src/lib/content-check/x.ts',
			'src/lib/editor/x.ts',
			'src/lib/site/x.ts',
			'src/lib/share-image/x.ts',
			'src/lib/search/x.ts',
			'src/pages/x.astro',
			'scripts/x.ts',
		];
		const refused = readers.filter((f) =>
			rules.some(([files, forbidden]) => files.test(f) && forbidden.test('src/styles/tokens.ts')),
		);
		expect(refused).toEqual([]);
	});

	test('the rules can fail: a forbidden import is found', () => {
		const applying = rules.filter(([files]) => files.test('src/lib/content-check/x.ts'));
		expect(applying.some(([, forbidden]) => forbidden.test('astro:content'))).toBe(true);
		expect(applying.some(([, forbidden]) => forbidden.test('src/lib/site/data.ts'))).toBe(true);
		expect(importsOf('src/lib/content-check/index.ts')).toContain('src/i18n/zh-CN.ts');
		// A page reaching past the provenance check's public face into one of its modules.
		const pages = rules.filter(([files]) => files.test('src/lib/site/corrections.ts'));
		expect(
			pages.some(([, forbidden]) => forbidden.test('src/lib/content-check/provenance/archives.ts')),
		).toBe(true);
		expect(
			pages.some(([, forbidden]) => forbidden.test('src/lib/content-check/provenance/index.ts')),
		).toBe(false);
		// Browser code reaching for the build-time half of search would ship pinyin-pro.
		const browser = rules.filter(([files]) => files.test('src/lib/search/understand.ts'));
		expect(
			browser.some(([, forbidden]) => forbidden.test('src/lib/search-build/vocabulary-build.ts')),
		).toBe(true);
	});
});
