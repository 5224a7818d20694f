import { z } from 'astro/zod';
import { hexColour, sourceList, text, type ReferenceFn } from './common.ts';
import { figureSchema } from './figure.ts';
import { exact } from './provenance.ts';

/** Kinds of brand the sources name. Editors may add a kind here when a source names a new one. */
export const brandKinds = [
	'党建品牌',
	'检察文化品牌',
	'未成年人检察文化品牌',
	'未成年人检察品牌',
] as const;

/** A brand (`content/brands/*.md`): frontmatter facts, and its story as the body. */
export const brandSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** The brand's name as the source writes it, e.g. `正义先锋`. Checked verbatim. */
		name: exact(text()),
		/** Its full form or slogan as the source writes it, e.g. `崇德尚法、正义先锋`. Leave out if none. Checked verbatim. */
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
		/** Accent colour for the brand's pages and emblem, `#rrggbb`. A design choice, not a fact. */
		accent: hexColour(),
		/** Figures about the brand as a whole that belong to no single practice. Default: none. */
		figures: z.array(figureSchema).default([]),
		/** Position on the home page; lower comes first. Default: 100. */
		order: z.number().int().default(100),
		/** Articles this entry's facts come from. */
		sources: sourceList(reference),
	});

export type BrandData = z.output<ReturnType<typeof brandSchema<z.ZodString>>>;
