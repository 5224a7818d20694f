import { z } from 'astro/zod';
import { sourceList, text, type ReferenceFn } from './common.ts';
import { exact, referenceData } from './provenance.ts';

/** The levels of people's procuratorates. */
export const procuratorateLevels = ['最高检', '省级', '分院', '地市级', '区县级'] as const;

/** A people's procuratorate that owns a brand (`content/procuratorates/*.yaml`). */
export const procuratorateSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** Full name as the source writes it, e.g. `东营市河口区人民检察院`. Checked verbatim. */
		name: exact(text()),
		/** Short name the source uses, e.g. `河口区检察院`. Leave out if the source uses none. Checked verbatim. */
		shortName: exact(text()).optional(),
		/** Level: one of 最高检 / 省级 / 分院 / 地市级 / 区县级. */
		level: z.enum(procuratorateLevels, {
			error: `级别须为 ${procuratorateLevels.join(' / ')} 之一 (level must be one of these)`,
		}),
		/**
		 * Province-level division, e.g. `山东省`, `上海市`, for the province filter. Reference data,
		 * not from the article: pages label it so, and no prose may state it unless a cited article does.
		 */
		province: referenceData(text()),
		/** City (地级市/直辖市), e.g. `东营市`. Reference data, like `province`. */
		city: referenceData(text()),
		/** County or district, where the procuratorate is below city level, e.g. `河口区`. Reference data, like `province`. */
		county: referenceData(text()).optional(),
		/** The unit inside the procuratorate that runs the brand, where the source names one. Checked verbatim. */
		unit: exact(text()).optional(),
		/**
		 * How the source organises the procuratorate's own work (practices that belong to no
		 * brand): its parts in order, e.g. the four sections of 四化工作法. Practices name one of
		 * `pillars` as their `pillar`, and the procuratorate's page lists its work under them.
		 * Parts are checked verbatim.
		 */
		method: z
			.object({
				/**
				 * The method's name, where the article names it (e.g. `四化工作法`). Leave out where the
				 * article gives the parts no name: the site does not invent one. Checked verbatim.
				 */
				name: exact(text()).optional(),
				/** The parts, in the article's order, each as the article writes it. */
				pillars: z.array(exact(text())).min(1),
				/**
				 * What the article says the method is for and how its parts read, in the site's own
				 * words (the article's phrases in quotation marks, verbatim), shown above the 院's work
				 * on its page. Leave out if the article says nothing beyond the parts' names.
				 */
				summary: text().optional(),
			})
			.optional(),
		/** Articles this entry's facts come from. */
		sources: sourceList(reference),
	});

export type ProcuratorateData = z.output<ReturnType<typeof procuratorateSchema<z.ZodString>>>;
