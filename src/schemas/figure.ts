import { z } from 'astro/zod';
import { asciiId, text } from './common.ts';
import { exact, figureMark } from './provenance.ts';

/**
 * A figure (数说) the source states: typed, so pages can chart it and search can find it.
 * The source of a figure is the source of the entry that holds it, and the provenance check
 * finds value, 余/多 and unit (or `display`) there together.
 */
export const figureSchema = figureMark(
	z.object({
		/**
		 * A name for the figure, unique among its brand's figures, so a brand's story can show it
		 * (`<StatTiles ids="…">`), e.g. `jiuzhu-jin`. Leave out if no story uses it.
		 */
		id: asciiId().optional(),
		/** What is counted, in plain words, e.g. `为农民工追讨欠薪等`. */
		label: text(),
		/** The number as the source gives it, e.g. `41` for “41万余元”. */
		value: z.number({ error: '数值须为数字，如 41 或 58.44 (value must be a number)' }),
		/** The unit as the source gives it, e.g. `万元`, `件`, `人次`, `%`. */
		unit: text(),
		/** The source says “余/多” (more than): shown as `80余份`. Default: false. */
		approx: z.boolean().default(false),
		/**
		 * How the source writes the figure where the plain `value + 余 + unit` form would read
		 * differently, e.g. `41万余元`. Leave out otherwise.
		 */
		display: text().optional(),
		/** The period the source names, in its own words: `2019年`, `近三年来`, `截至目前`. Leave out if none. Checked verbatim. */
		period: exact(text()).optional(),
		/**
		 * Figures of one brand that share a `series` are truly comparable (the same measure over the
		 * same period, e.g. `人均办案量`) and are charted together. Leave out otherwise: unrelated
		 * numbers are never drawn side by side.
		 */
		series: text().optional(),
		/** Show this figure among the key figures of the home page and the brand hero. Default: false. */
		featured: z.boolean().default(false),
		/**
		 * On a practice or case with several topics, the topics this figure is about (ids from the
		 * entry's own `topics`), e.g. `[sifa-jiuzhu]` for 发放司法救助金. A topic's comparison table
		 * shows a practice's figures tagged to that topic, or its untagged ones where none is;
		 * figures tagged only to other topics wait behind “另有 N 项”. Leave out when the figure is
		 * about the whole entry. Default: none.
		 */
		topics: z.array(asciiId()).default([]),
	}),
);

export type Figure = z.output<typeof figureSchema>;
