/**
 * The colours live in src/styles/tokens.ts (TypeScript reads them) and in the stylesheets (the
 * browser reads them). These tests read the stylesheets the way a designer edits them and fail,
 * naming the file, the token and both values, until the two agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { colours, highContrastColours, markTileShare } from '../../src/styles/tokens.ts';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { root } from '../support/site.ts';

const styles = join(root, 'src/styles');
const css = (file: string) => readFileSync(join(styles, file), 'utf8');

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** `#fff` and `#FFFFFF` are `#ffffff`; anything else (a `var()`) is kept as written. */
const hex6 = (value: string) => {
	const v = value.trim().toLowerCase();
	return /^#[0-9a-f]{3}$/.test(v) ? `#${[...v.slice(1)].map((c) => c + c).join('')}` : v;
};

/** The `--color-*` declarations of the first block whose prelude (text before `{`) matches. */
function colourBlock(text: string, prelude: RegExp): Map<string, string> {
	const plain = text.replace(/\/\*[\s\S]*?\*\//g, '');
	const blocks = [...plain.matchAll(/([^{};]*)\{([^{}]*)\}/g)];
	const block = blocks.find((b) => prelude.test(b[1]!.trim()));
	if (!block) throw new Error(`no block matching ${prelude}`);
	return new Map(
		[...block[2]!.matchAll(/--color-([a-z-]+)\s*:\s*([^;]+);/g)].map((d) => [d[1]!, hex6(d[2]!)]),
	);
}

/** Where the stylesheet and the tokens disagree, in words a designer can act on. */
function disagreements(
	file: string,
	declared: Map<string, string>,
	expected: Record<string, string>,
	{ complete }: { complete: boolean },
): string[] {
	const problems: string[] = [];
	const names = new Map(Object.entries(expected).map(([k, v]) => [kebab(k), v]));
	for (const [name, value] of declared) {
		if (!value.startsWith('#')) continue;
		const want = names.get(name);
		if (want === undefined)
			problems.push(`${file}: --color-${name} 不在 tokens.ts 中 (not in tokens.ts)`);
		else if (want !== value)
			problems.push(
				`${file}: --color-${name} 是 ${value}，tokens.ts 是 ${want}：两处须一致 (CSS and tokens.ts disagree)`,
			);
	}
	if (complete)
		for (const name of names.keys())
			if (!declared.has(name))
				problems.push(`${file}: 缺少 --color-${name} (missing; tokens.ts has it)`);
	return problems;
}

const theme = () => colourBlock(css('tokens.css'), /^@theme$/);
const highContrast = () => colourBlock(css('reading-modes.css'), /^html\[data-contrast='high'\]$/);
const systemContrast = () => colourBlock(css('reading-modes.css'), /:root$/);

describe('design tokens: one list, read by TypeScript and CSS alike', () => {
	test('tokens.css declares exactly the colours of tokens.ts, with the same values', () => {
		expect(theme().size).toBeGreaterThanOrEqual(Object.keys(colours).length);
		expect(disagreements('tokens.css', theme(), colours, { complete: true })).toEqual([]);
	});

	test('高对比 in reading-modes.css replaces exactly the colours tokens.ts lists for it', () => {
		expect(
			disagreements('reading-modes.css', highContrast(), highContrastColours, {
				complete: true,
			}),
		).toEqual([]);
	});

	test('prefers-contrast: more takes its colours from the same 高对比 list', () => {
		expect(systemContrast().size).toBeGreaterThan(0);
		expect(
			disagreements('reading-modes.css', systemContrast(), highContrastColours, {
				complete: false,
			}),
		).toEqual([]);
	});

	test('a mark’s tile takes the same share of the brand colour on pages and in share images', () => {
		const tile =
			/\.brand-mark-tile\s*\{\s*fill:\s*color-mix\(in srgb, var\(--color-brand\) (\d+)%, white\);/;
		expect(Number(tile.exec(css('brand.css'))?.[1]) / 100).toBe(markTileShare);
	});

	test('no other file types a token’s value: changing tokens.ts changes every use', () => {
		// Pure black and white are not the site's choice, so they may appear anywhere.
		const values = [...Object.values(colours), ...Object.values(highContrastColours)].filter(
			(v) => v !== '#ffffff' && v !== '#000000',
		);
		const files = siteFiles(join(root, 'src'), (n) => /\.(ts|astro|mjs|css)$/.test(n))
			.map((f) => join('src', f))
			.filter((f) => !/^src\/styles\/(tokens\.ts|tokens\.css|reading-modes\.css)$/.test(f));
		expect(files.length).toBeGreaterThan(50);
		const retyped = files.flatMap((f) => {
			const text = readFileSync(join(root, f), 'utf8').toLowerCase();
			return values.filter((v) => text.includes(v)).map((v) => `${f}: ${v}`);
		});
		expect(retyped).toEqual([]);
	});

	test('the check fails when a designer changes the wash in CSS alone', () => {
		const edited = css('tokens.css').replace(
			/--color-wash:\s*#[0-9a-f]+;/i,
			'--color-wash: #f2efe9;',
		);
		expect(edited).not.toBe(css('tokens.css'));
		expect(
			disagreements('tokens.css', colourBlock(edited, /^@theme$/), colours, { complete: true }),
		).toEqual([
			'tokens.css: --color-wash 是 #f2efe9，tokens.ts 是 #f6f4f1：两处须一致 (CSS and tokens.ts disagree)',
		]);
	});

	test('the check fails when a colour is added to CSS alone, or left out of it', () => {
		const added = css('tokens.css').replace('@theme {', '@theme {\n\t--color-gold: #c9a227;');
		expect(
			disagreements('tokens.css', colourBlock(added, /^@theme$/), colours, { complete: true }),
		).toEqual(['tokens.css: --color-gold 不在 tokens.ts 中 (not in tokens.ts)']);
		const dropped = css('reading-modes.css').replace(/--color-line:\s*#000;/, '');
		expect(
			disagreements(
				'reading-modes.css',
				colourBlock(dropped, /^html\[data-contrast='high'\]$/),
				highContrastColours,
				{ complete: true },
			),
		).toEqual(['reading-modes.css: 缺少 --color-line (missing; tokens.ts has it)']);
	});
});
