import { z } from 'astro/zod';
import { sourceList, text, topicList, type ReferenceFn } from './common.ts';
import { figureSchema } from './figure.ts';
import { namedSchema } from './named.ts';

/** A practice (做法, `content/practices/*.md`): what a procuratorate did, with results. */
export const practiceSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** A short title in our own words, e.g. `“1+1”双导师制培养青年干部`. */
		title: text(),
		/** The brand it belongs to. Leave out where the source ties it to no brand. */
		brand: reference('brands').optional(),
		/** The procuratorate that did it. */
		procuratorate: reference('procuratorates'),
		/**
		 * The pillar it sits under: one of the brand's `pillars`, or of the procuratorate's
		 * `method.pillars` for practices without a brand. Leave out if the source has none.
		 */
		pillar: text().optional(),
		/** Business lines and themes it belongs to (ids from `content/topics/`). */
		topics: topicList(reference),
		/** One line for cards and search results. */
		summary: text(),
		/** Results the source reports, one per item, in our own words. Default: none. */
		results: z.array(text()).default([]),
		/** Figures the source gives for this practice. Default: none. */
		figures: z.array(figureSchema).default([]),
		/** Mechanisms, teams, bases and documents it names. Default: none. */
		named: z.array(namedSchema).default([]),
		/** Position within its pillar, following the source's order; lower comes first. Default: 100. */
		order: z.number().int().default(100),
		/** Articles this entry's facts come from. */
		sources: sourceList(reference),
	});

export type PracticeData = z.output<ReturnType<typeof practiceSchema<z.ZodString>>>;
