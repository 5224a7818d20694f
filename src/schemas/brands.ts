import { z } from 'astro/zod';
import { hexColour, sourceList, text, type ReferenceFn } from './common.ts';
import { AA, brandBackgrounds, contrast } from './colour.ts';
import { figureSchema } from './figure.ts';
import { exact } from './provenance.ts';

/** Kinds of brand the sources name. Editors may add a kind here when a source names a new one. */
export const brandKinds = [
	'党建品牌',
	'检察文化品牌',
	'未成年人检察文化品牌',
	'未成年人检察品牌',
] as const;

/**
 * How many brands the home page shows, in `brandOrder`, before pointing to the full list. Their
 * colours must all differ (src/lib/content-check/brand-colours.ts).
 */
export const homeBrandCount = 12;

/**
 * The order brands are listed in everywhere: `order`, then the id, so that which brands reach
 * the home page never depends on the order files happen to be read in.
 */
export const brandOrder = (
	a: { id: string; order: number },
	b: { id: string; order: number },
): number => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A brand (`content/brands/*.md`): frontmatter facts, and its story as the body. */
export const brandSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** The brand's name as the source writes it, in full, e.g. `崇德尚法、正义先锋`. Checked verbatim. */
		name: exact(text()),
		/** A slogan the source gives besides the name (never the name again). Leave out if none. Checked verbatim. */
		slogan: exact(text()).optional(),
		/** What kind of brand the source calls it. */
		kind: z.enum(brandKinds, {
			error: `品牌类型须为 ${brandKinds.join(' / ')} 之一 (kind must be one of these)`,
		}),
		/** The procuratorate that owns the brand (an id from `content/procuratorates/`). */
		procuratorate: reference('procuratorates'),
		/** The unit inside it that runs the brand, where the source names one, e.g. `第七检察部党支部`. Checked verbatim. */
		unit: exact(text()).optional(),
		/** One line for cards and search results. */
		summary: text(),
		/**
		 * The pillars or themes the source organises the brand's practices by, in order,
		 * e.g. `深化思想融合`. Practices name one of these as their `pillar`. Checked verbatim unless
		 * `pillarsBySite`. Default: none.
		 */
		pillars: z.array(exact(text(), { unless: 'pillarsBySite' })).default([]),
		/**
		 * The pillars are the site's own grouping, not the article's (the article does not divide the
		 * brand's work), so they are not checked against it and pages say so. Default: false.
		 */
		pillarsBySite: z.boolean().default(false),
		/**
		 * Colour of the brand's mark, headings and bands, `#rrggbb`: a design choice, not a fact.
		 * It is used as text, so it must reach WCAG AA (4.5:1) on white and on the pale wash, and it
		 * must look different from the colours of the brands shown beside it (ΔE00 ≥ 10, see
		 * brand-palette.ts). Links and focus keep the site's own colour.
		 */
		accent: hexColour().refine(
			(c) => !/^#[0-9a-f]{6}$/i.test(c) || brandBackgrounds.every((bg) => contrast(c, bg) >= AA),
			{
				error: (issue) =>
					`品牌色 ${String(issue.input)} 太浅：在浅色背景上的对比度只有 ${Math.min(...brandBackgrounds.map((bg) => contrast(String(issue.input), bg))).toFixed(1)}:1，须至少 4.5:1，请选更深的颜色 (accent is too light: contrast below 4.5:1; choose a darker colour)`,
			},
		),
		/** Figures about the brand as a whole that belong to no single practice. Default: none. */
		figures: z.array(figureSchema).default([]),
		/** Position on the home page; lower comes first. Default: 100. */
		order: z.number().int().default(100),
		/** Articles this entry's facts come from. */
		sources: sourceList(reference),
	});

export type BrandData = z.output<ReturnType<typeof brandSchema<z.ZodString>>>;
