/**
 * A brand's emblem, drawn from nothing but its name and colour (the sources carry no pictures):
 * a double-ringed seal with the name set in its centre. The same drawing serves the web page
 * (text drawn by the browser's fonts) and the share images (text as glyph outlines).
 */

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

/** How the name sits in the seal: one line, or two (split at ·, or halved). */
export function emblemLines(name: string): string[] {
	const chars = [...name];
	if (name.includes('·'))
		return name
			.split('·')
			.map((s) => s.trim())
			.filter(Boolean);
	if (chars.length <= 3) return [name];
	const half = Math.ceil(chars.length / 2);
	return [chars.slice(0, half).join(''), chars.slice(half).join('')];
}

/** The emblem as SVG content (no outer <svg>), centred at (cx, cy) with radius r. */
export function emblem(
	name: string,
	colour: string,
	cx: number,
	cy: number,
	r: number,
	draw: DrawText,
): string {
	const lines = emblemLines(name);
	const longest = Math.max(...lines.map((l) => [...l].length));
	const size = Math.min((r * 1.15) / longest, (r * 1.1) / lines.length);
	const lineHeight = size * 1.1;
	const top = cy - (lineHeight * lines.length) / 2 + size * 0.88;
	return [
		`<circle cx="${cx}" cy="${cy}" r="${r}" fill="#fff" stroke="${colour}" stroke-width="${r * 0.08}"/>`,
		`<circle cx="${cx}" cy="${cy}" r="${r * 0.84}" fill="none" stroke="${colour}" stroke-width="${r * 0.02}"/>`,
		...lines.map((line, i) => draw(line, size, cx, top + i * lineHeight, colour)),
	].join('');
}
