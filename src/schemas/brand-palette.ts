/**
 * How far apart two brand colours look, and which colours a brand can take instead: CIEDE2000,
 * the CIE's measure of perceived colour difference (through culori), over the colours that reach
 * AA contrast on the site's backgrounds. The content check holds brands apart with it
 * (src/lib/content-check/brand-colours.ts) and `npm run new` gives a new brand a colour with it.
 */
import { clampChroma, differenceCiede2000, formatHex } from 'culori';
import { AA, brandBackgrounds, contrast } from './colour.ts';

const ciede2000 = differenceCiede2000();

/** CIEDE2000 difference (ΔE00) of two `#rrggbb` colours: 0 identical, about 1 just noticeable. */
export const colourDistance = (a: string, b: string): number => ciede2000(a, b);

/**
 * How far apart two brands' colours must be: ΔE00 10. About 1 is the smallest difference seen
 * with two patches side by side; brand colours are compared across a page (two cards, a mark and
 * a heading) and from memory, where differences of a few units pass unnoticed and about 10 reads
 * as another colour at a glance. The eight brands of 2025 are at least 11.0 apart (服务党建's
 * #a8440a and 心桥's #b3261e, a burnt orange and a red); 心桥 and the site's own red, 3.4 apart,
 * read as the same red. A higher bar would not scale: only about 80 colours dark enough for AA
 * text stay 10 apart from each other (a greedy packing over sRGB), 54 at 12, 31 at 15.
 */
export const DISTINCT = 10;

const legible = (hex: string) => brandBackgrounds.every((bg) => contrast(hex, bg) >= AA);

/**
 * The colours offered to brands: hues every 10° at three lightnesses and three chromas (LCh),
 * brought into sRGB and kept only where they reach AA as text; a few hundred, computed once.
 * Lightness 34–46 leaves out the near-blacks, which read as text colour rather than a brand's.
 */
const palette: Array<{ hex: string; vivid: boolean }> = (() => {
	const out = new Map<string, boolean>();
	for (const l of [34, 40, 46])
		for (const c of [30, 45, 60])
			for (let h = 0; h < 360; h += 10) {
				const hex = formatHex(clampChroma({ mode: 'lch', l, c, h }, 'lch'));
				if (hex && legible(hex) && !out.has(hex)) out.set(hex, c >= 45);
			}
	return [...out].map(([hex, vivid]) => ({ hex, vivid }));
})();

/** The nearest distance from `hex` to any of `others` (Infinity when there are none). */
const nearest = (hex: string, others: string[]) =>
	Math.min(...others.map((o) => colourDistance(hex, o)));

/**
 * Up to `count` legible colours at least DISTINCT from every one of `others`, the closest to
 * `wanted` first: what to suggest when an editor's colour is too near another brand's, so the
 * suggestion keeps as much of their choice as it can.
 */
export function coloursNear(wanted: string, others: string[], count = 3): string[] {
	return palette
		.filter(({ hex }) => nearest(hex, others) >= DISTINCT)
		.map(({ hex }) => ({ hex, d: colourDistance(hex, wanted) }))
		.sort((a, b) => a.d - b.d)
		.slice(0, count)
		.map(({ hex }) => hex);
}

/**
 * The vivid legible colour farthest from every one of `others`: a new brand's default, so that
 * it starts clearly apart from every existing brand (and from the site's own red, when given).
 */
export function mostDistinct(others: string[]): string {
	let best = '';
	let bestDistance = -1;
	for (const { hex, vivid } of palette) {
		if (!vivid) continue;
		const d = others.length === 0 ? 0 : nearest(hex, others);
		if (d > bestDistance) [best, bestDistance] = [hex, d];
	}
	return best;
}
