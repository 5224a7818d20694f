import { z } from 'astro/zod';
import { sourceList, text, type ReferenceFn } from './common.ts';

/** The levels of people's procuratorates. */
export const procuratorateLevels = ['最高检', '省级', '分院', '地市级', '区县级'] as const;

/** A people's procuratorate that owns a brand (`content/procuratorates/*.yaml`). */
export const procuratorateSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** Official full name, e.g. `东营市河口区人民检察院`. */
		name: text(),
		/** Short name the source uses, e.g. `河口区检察院`. Leave out if the source uses none. */
		shortName: text().optional(),
		/** Level: one of 最高检 / 省级 / 分院 / 地市级 / 区县级. */
		level: z.enum(procuratorateLevels, {
			error: `级别须为 ${procuratorateLevels.join(' / ')} 之一 (level must be one of these)`,
		}),
		/** Province-level division, e.g. `山东省`, `上海市`. */
		province: text(),
		/** City (地级市/直辖市), e.g. `东营市`. */
		city: text(),
		/** County or district, where the procuratorate is below city level, e.g. `河口区`. */
		county: text().optional(),
		/** The unit inside the procuratorate that runs the brand, where the source names one. */
		unit: text().optional(),
		/**
		 * A named working method the source organises the procuratorate's practices by (e.g.
		 * 四化工作法), with its parts, for practices that belong to no single brand.
		 */
		method: z
			.object({
				name: text(),
				pillars: z.array(text()).min(1),
			})
			.optional(),
		/** Articles this entry's facts come from. */
		sources: sourceList(reference),
	});

export type ProcuratorateData = z.output<ReturnType<typeof procuratorateSchema<z.ZodString>>>;
