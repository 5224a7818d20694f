/**
 * Chinese text as SVG outlines, for images rendered at build time (share cards). Glyphs come
 * from Noto Sans SC (npm @fontsource/noto-sans-sc, read with fontkit), so the images look the
 * same on any machine: no system font is needed, and none is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

interface Subset {
	file: string;
	ranges: Array<[number, number]>;
}
type Font = {
	unitsPerEm: number;
	glyphForCodePoint: (cp: number) => Glyph;
	hasGlyphForCodePoint: (cp: number) => boolean;
};
type Glyph = { advanceWidth: number; path: { scale: (x: number, y: number) => Path } };
type Path = { translate: (x: number, y: number) => Path; toSVG: () => string };

const subsets = new Map<number, Subset[]>();
const fonts = new Map<string, Font>();

/** The unicode-range subsets Fontsource declares for one weight. */
function subsetsFor(weight: number): Subset[] {
	const cached = subsets.get(weight);
	if (cached) return cached;
	const css = readFileSync(join(fontDir, `${weight}.css`), 'utf8');
	const list: Subset[] = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (!file || !range) continue;
		const ranges = range.split(',').map((r) => {
			const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
		});
		list.push({ file, ranges });
	}
	subsets.set(weight, list);
	return list;
}

/** Which font holds a character, per weight: the subsets have ~100 range lists to search. */
const fontOf = new Map<string, Font | null>();

function fontFor(cp: number, weight: number): Font | undefined {
	const key = `${weight}:${cp}`;
	const known = fontOf.get(key);
	if (known !== undefined) return known ?? undefined;
	const subset = subsetsFor(weight).find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
	let font = subset && fonts.get(subset.file);
	if (subset && !font) {
		font = fontkit.create(readFileSync(join(fontDir, 'files', subset.file))) as unknown as Font;
		fonts.set(subset.file, font);
	}
	fontOf.set(key, font ?? null);
	return font;
}

/** A character's advance as a share of the type size, per weight (measured over and over). */
const advances = new Map<string, number>();

/** Width of `text` at `size` px, in px. */
export function measure(text: string, size: number, weight = 700): number {
	let width = 0;
	for (const ch of text) {
		const key = `${weight}:${ch}`;
		let advance = advances.get(key);
		if (advance === undefined) {
			const cp = ch.codePointAt(0)!;
			const font = fontFor(cp, weight);
			advance = font ? font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm : 0.5;
			advances.set(key, advance);
		}
		width += advance * size;
	}
	return width;
}

const outlines = new Map<string, { d: string; advance: number }>();

/** One glyph's outline at `size`, baseline at the origin; drawn once per character and size. */
function outline(ch: string, size: number, weight: number): { d: string; advance: number } {
	const key = `${weight}:${size}:${ch}`;
	const cached = outlines.get(key);
	if (cached) return cached;
	const cp = ch.codePointAt(0)!;
	const font = fontFor(cp, weight);
	// A missing glyph would print as a blank box: fail the build instead, naming the character.
	if (!font || !font.hasGlyphForCodePoint(cp))
		throw new Error(
			`字体中没有“${ch}”(U+${cp.toString(16).toUpperCase()}) 的字形 (no glyph for this character)`,
		);
	const glyph = font.glyphForCodePoint(cp);
	const s = size / font.unitsPerEm;
	const made = { d: glyph.path.scale(s, -s).toSVG(), advance: glyph.advanceWidth * s };
	outlines.set(key, made);
	return made;
}

/**
 * `text` as SVG outlines with its baseline starting at (x, y): one <path> per glyph, each
 * outline drawn once and placed with a translation.
 */
export function textOutline(
	text: string,
	size: number,
	x: number,
	y: number,
	fill: string,
	weight = 700,
): string {
	let pen = x;
	const parts: string[] = [];
	for (const ch of text) {
		if (/\s/.test(ch)) {
			pen += size * 0.3;
			continue;
		}
		const g = outline(ch, size, weight);
		if (g.d) parts.push(`<path transform="translate(${pen.toFixed(1)} ${y})" d="${g.d}"/>`);
		pen += g.advance;
	}
	return `<g fill="${fill}">${parts.join('')}</g>`;
}

/** Breaks `text` into lines no wider than `max` px (Chinese breaks anywhere; closing marks stay). */
export function wrap(text: string, size: number, max: number, weight = 700): string[] {
	const lines: string[] = [];
	let line = '';
	for (const ch of text) {
		if (measure(line + ch, size, weight) > max && line && !/[，。、；：？！”’）》]/.test(ch)) {
			lines.push(line);
			line = ch;
		} else line += ch;
	}
	if (line) lines.push(line);
	return lines;
}
