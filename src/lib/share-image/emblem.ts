/**
 * A brand's mark, drawn from nothing but its name and colour (the sources carry no pictures): the
 * name's first character set large in the brand's colour on a pale tile, underlined with a bar of
 * that colour. Typography, not a seal: a round red ring around a name looks like an official 公章,
 * which this site must never imitate. The same drawing serves the web page (text drawn by the
 * browser's fonts) and the share images (text as glyph outlines).
 */
import { tint } from '../../schemas/colour.ts';
import { markTileShare } from '../../styles/tokens.ts';

/** Draws one line of text centred on (cx, baseline); returns an SVG element. */
export type DrawText = (
	text: string,
	size: number,
	cx: number,
	baseline: number,
	colour: string,
) => string;

/** Browser-drawn text, for inline SVG on pages. */
export const svgText: DrawText = (text, size, cx, baseline, colour) =>
	`<text x="${cx}" y="${baseline}" font-size="${size}" font-weight="700" text-anchor="middle" fill="${colour}">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`;

/** The character a mark shows: the name's first letter, skipping quotation marks and punctuation. */
export function markLetter(name: string): string {
	return [...name].find((c) => /[\p{L}\p{N}]/u.test(c)) ?? [...name][0] ?? '';
}

/**
 * The mark as SVG content (no outer <svg>): a `size`-square tile with its top-left corner at
 * (x, y). With `colour` `currentColor` (pages), the tile takes its wash from CSS
 * (`.brand-mark-tile`), so 高对比 can deepen the brand's colour everywhere it is drawn.
 */
export function brandMark(
	name: string,
	colour: string,
	x: number,
	y: number,
	size: number,
	draw: DrawText,
): string {
	const u = size / 100;
	return [
		colour.startsWith('#')
			? `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${14 * u}" fill="${tint(colour, 1 - markTileShare)}"/>`
			: `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${14 * u}" class="brand-mark-tile"/>`,
		draw(markLetter(name), 58 * u, x + 50 * u, y + 66 * u, colour),
		`<rect x="${x + 22 * u}" y="${y + 78 * u}" width="${56 * u}" height="${7 * u}" fill="${colour}"/>`,
	].join('');
}
