/**
 * Brand colours that look alike where readers see them together (the home page's brands, the
 * brands of one procuratorate) are refused with their CIEDE2000 difference and colours to use
 * instead; each suggestion then passes. Brands never shown together may share a hue: a country's
 * thousands of brands cannot all differ.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import {
	colourDistance,
	coloursNear,
	DISTINCT,
	mostDistinct,
} from '../../src/schemas/brand-palette.ts';
import { homeBrandCount } from '../../src/schemas/brands.ts';
import { AA, brandBackgrounds, contrast } from '../../src/schemas/colour.ts';
import { baseFile, contentSite } from '../support/content-site.ts';
import { of } from '../support/content.ts';

/** A brand of the fixture with this colour, order and procuratorate. */
const brand = (accent: string, order: number, procuratorate = 'p') =>
	baseFile('brands/b.md')
		.replace('"#a61b1b"', `"${accent}"`)
		.replace('procuratorate: p', `procuratorate: ${procuratorate}`)
		.replace('sources: [a]', `order: ${order}\nsources: [a]`);

/** `count` colours, each as far from the others as the palette allows. */
const distinctColours = (count: number): string[] => {
	const out: string[] = [];
	for (let i = 0; i < count; i++) out.push(mostDistinct(out));
	return out;
};

const accentProblems = (changes: Record<string, string | null>) =>
	checkContent(contentSite(changes)).filter((p) => p.field === 'accent');

describe('brand colours', () => {
	test('a colour close to another brand’s on the home page is refused, on the newer brand, with colours that pass', () => {
		const [first, second] = distinctColours(2) as [string, string];
		const problems = accentProblems({
			'brands/b.md': brand(first, 10),
			'brands/c.md': brand(first, 100),
			'brands/d.md': brand(second, 20),
		});
		expect(problems.map((p) => [p.file, p.line])).toEqual([['content/brands/c.md', 7]]);
		const [problem] = problems;
		expect(problem?.message).toContain(`与品牌“土乡丹心”（content/brands/b.md）的 ${first} 太接近`);
		expect(problem?.message).toContain('色差 ΔE00 只有 0.0，须至少 10');

		const suggested = [...(problem?.fix.matchAll(/"(#[0-9a-f]{6})"/g) ?? [])].map((m) => m[1]!);
		expect(suggested).toHaveLength(3);
		for (const colour of suggested) {
			expect(
				accentProblems({
					'brands/b.md': brand(first, 10),
					'brands/c.md': brand(colour, 100),
					'brands/d.md': brand(second, 20),
				}),
			).toEqual([]);
		}
	});

	test('9.96 apart is shown as 9.9, never rounded up to the 10 it misses', () => {
		const [a] = distinctColours(1) as [string];
		const close = coloursNear(a, [], 400).find((c) => {
			const d = colourDistance(a, c);
			return d > 9.9 && d < DISTINCT;
		});
		expect(close).toBeDefined();
		const [problem] = accentProblems({
			'brands/b.md': brand(a, 10),
			'brands/c.md': brand(close!, 100),
		});
		expect(problem?.message).toContain('色差 ΔE00 只有 9.9，');
	});

	test('two brands of one procuratorate must differ even far from the home page', () => {
		const colours = distinctColours(homeBrandCount);
		const home = Object.fromEntries(
			colours.map((c, i) => [`brands/h${i}.md`, brand(c, i + 1, 'q')]),
		);
		const owners = {
			'procuratorates/q.yaml': baseFile('procuratorates/p.yaml'),
			'procuratorates/r.yaml': baseFile('procuratorates/p.yaml'),
		};
		const [taken] = colours as [string];
		// Not on the home page (13th and 14th), of another 院 than the home brand it matches: fine.
		expect(accentProblems({ ...home, ...owners, 'brands/b.md': brand(taken, 200, 'r') })).toEqual(
			[],
		);
		// The same two, now of one 院: refused.
		const problems = accentProblems({
			...home,
			...owners,
			'brands/b.md': brand(taken, 200, 'r'),
			'brands/c.md': brand(taken, 300, 'r'),
		});
		expect(problems.map((p) => p.file)).toEqual(['content/brands/c.md']);
	});
});

describe('the palette', () => {
	test('a new brand’s default is legible and clearly apart from every brand on the site', () => {
		const accents = of('brands').map((b) => b.data.accent);
		const chosen = mostDistinct(accents);
		for (const bg of brandBackgrounds) expect(contrast(chosen, bg)).toBeGreaterThanOrEqual(AA);
		for (const a of accents) expect(colourDistance(chosen, a)).toBeGreaterThanOrEqual(DISTINCT);
	});

	test('suggestions keep the editor’s hue where they can: a red asked for, reds offered', () => {
		const others = of('brands').map((b) => b.data.accent);
		const xinqiao = of('brands').find((b) => b.id === 'xinqiao')!.data.accent;
		for (const s of coloursNear(xinqiao, others)) {
			expect(colourDistance(s, xinqiao)).toBeLessThan(25);
			for (const o of others) expect(colourDistance(s, o)).toBeGreaterThanOrEqual(DISTINCT);
		}
	});

	test('the real brands are all at least the threshold apart (the closest pair measured 11.0)', () => {
		const accents = of('brands').map((b) => b.data.accent);
		const gaps = accents.flatMap((a, i) => accents.slice(i + 1).map((b) => colourDistance(a, b)));
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DISTINCT);
	});
});
