import { z } from 'astro/zod';
import { sourceList, text, year, type ReferenceFn } from './common.ts';
import { exact } from './provenance.ts';

/** Levels of an honour. `未注明` where the source does not make the level clear. */
export const honourLevels = ['国家级', '省级', '市级', '区县级', '未注明'] as const;
/** Who received an honour. */
export const recipientKinds = ['品牌', '团队', '单位', '个人', '作品', '项目', '案例'] as const;

/** An honour (荣誉, `content/honours/*.yaml`), with its official title exactly as the source writes it. */
export const honourSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** The official title, character for character as the source writes it, without outer quotes. Checked verbatim. */
		title: exact(text()),
		/** Who or what received it, as the source names them, e.g. `“船营未检”团队`. Checked verbatim. */
		recipient: exact(text()),
		/** What kind of recipient that is. */
		recipientKind: z.enum(recipientKinds, {
			error: `获得者类别须为 ${recipientKinds.join(' / ')} 之一 (recipientKind must be one of these)`,
		}),
		/** The brand it belongs to, where there is one. */
		brand: reference('brands').optional(),
		/** The procuratorate it belongs to. */
		procuratorate: reference('procuratorates'),
		/** Who awarded it, as the source writes it, e.g. `最高人民检察院`. Checked verbatim. */
		awardedBy: exact(text()).optional(),
		/** The contest, exhibition or selection it was given at, e.g. `全国检察机关首届微电影展播`. Checked verbatim. */
		occasion: exact(text()).optional(),
		/** Level of the honour. */
		level: z.enum(honourLevels, {
			error: `级别须为 ${honourLevels.join(' / ')} 之一 (level must be one of these)`,
		}),
		/** The year, only where the source gives one. Never inferred. Checked: the source has it. */
		year: exact(year()).optional(),
		/** A short note in our own words, e.g. what the honour was for. */
		note: text().optional(),
		/** Articles this entry's facts come from. */
		sources: sourceList(reference),
	});

export type HonourData = z.output<ReturnType<typeof honourSchema<z.ZodString>>>;
