/**
 * The site's colours, the one list TypeScript reads: the share images, the brand-colour contrast
 * check (which backgrounds a brand colour must stay legible on), the entry templates. The
 * stylesheets say the same in tokens.css (`@theme`) and reading-modes.css (高对比);
 * tests/unit/design-tokens.test.ts reads those and fails until they agree, so a designer who
 * changes the wash there changes the contrast check with it.
 *
 * Plain values that import nothing: schemas, the content checker, the editor tools, pages and
 * the share images all read this file.
 */

/** In CSS each is `--color-` and its key in kebab case: `accentDark` is `--color-accent-dark`. */
export const colours = {
	/** The restrained 党建 red: buttons, the header's rule, the site's own share images. */
	accent: '#a61b1b',
	/** Links and text in the accent. */
	accentDark: '#7d1212',
	/** Text. */
	ink: '#1f2328',
	/** Secondary text: labels, dates, periods. */
	muted: '#555d66',
	/** Rules and borders. */
	line: '#d8dce1',
	/** The page. */
	paper: '#ffffff',
	/** The warm wash behind heroes, scenes, table heads and the footer. */
	wash: '#f6f4f1',
} as const;

export type ColourName = keyof typeof colours;

/**
 * What 高对比 puts in their place (`html[data-contrast='high']`): black on white, and a deeper
 * accent. The system's `prefers-contrast: more` takes some of these.
 */
export const highContrastColours = {
	ink: '#000000',
	muted: '#1f1f1f',
	line: '#000000',
	wash: '#ffffff',
	accent: '#7a0000',
	accentDark: '#5c0000',
} as const satisfies Partial<Record<ColourName, string>>;

/**
 * How much of the brand's colour a mark's tile takes, the rest white: `.brand-mark-tile` on
 * pages (brand.css) and the mark in share images.
 */
export const markTileShare = 0.1;
