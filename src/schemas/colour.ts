/**
 * Colour arithmetic for brand colours (WCAG 2.2 relative luminance and contrast), in one place:
 * the brand schema holds each accent to AA contrast, and the generated `/brand-colours.css` darkens
 * accents for 高对比. Pure functions over the design tokens.
 */
import { colours } from '../styles/tokens.ts';

const channel = (hex: string, i: number) =>
	Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
	const [r, g, b] = [0, 1, 2].map((i) => linear(channel(hex, i))) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** `#rrggbb` mixed toward black (`amount` 0–1), keeping its hue. */
export function darken(hex: string, amount: number): string {
	return `#${[0, 1, 2]
		.map((i) =>
			Math.round(channel(hex, i) * (1 - amount) * 255)
				.toString(16)
				.padStart(2, '0'),
		)
		.join('')}`;
}

/** `#rrggbb` mixed toward white (`amount` 0–1): the pale wash behind a brand's mark. */
export function tint(hex: string, amount: number): string {
	return `#${[0, 1, 2]
		.map((i) =>
			Math.round((channel(hex, i) + (1 - channel(hex, i)) * amount) * 255)
				.toString(16)
				.padStart(2, '0'),
		)
		.join('')}`;
}

/** The lightest darker version of a colour (same hue) that reaches `ratio` against the page. */
export function strengthen(hex: string, ratio: number): string {
	let amount = 0;
	while (contrast(darken(hex, amount), colours.paper) < ratio && amount < 1) amount += 0.02;
	return darken(hex, Math.min(amount, 1));
}

/** The page backgrounds a brand colour is used on as text: white, and the warm wash of heroes and tables. */
export const brandBackgrounds = [colours.paper, colours.wash] as const;
/** WCAG AA for normal text. */
export const AA = 4.5;
/**
 * What 高对比 deepens brand colours to against white: beyond AAA (7:1), so that even brands
 * already at 7:1 get darker, as the reader asked for more contrast.
 */
export const HIGH_CONTRAST = 9;

/**
 * The class that gives an element a brand's colour (`brand-c-a61b1b`), one per distinct colour:
 * /brand-colours.css then grows with the colours brands use, not with the number of brands
 * (800 brands with a rule each made it 7 KB gzip on every page).
 */
export const accentClass = (hex: string): string => `brand-c-${hex.slice(1).toLowerCase()}`;
