import { z } from 'astro/zod';
import { sourceList, text, year, type ReferenceFn } from './common.ts';
import { exact } from './provenance.ts';

/** Levels of an honour. `未注明` where the source does not make the level clear. */
export const honourLevels = ['国家级', '省级', '市级', '区县级', '未注明'] as const;
/**
 * Where an honour's level comes from: the article states it (`原文`: the level's own words, such
 * as 省级, stand in the sentence that gives the honour, the title included), or the site reads it
 * from the title or the awarding body (`本站推断`: 全国…, 全省…, 最高检), and pages say so.
 */
export const levelSources = ['原文', '本站推断'] as const;
/** Whether a page must say the honour's level is the site's inference, not the article's statement. */
export const levelIsInferred = (h: { level: string; levelSource?: string }): boolean =>
	h.levelSource === '本站推断' && h.level !== '未注明';
/** Who received an honour. */
export const recipientKinds = ['品牌', '团队', '单位', '个人', '作品', '项目', '案例'] as const;

/**
 * An honour (荣誉, `content/honours/*.yaml`), with its official title exactly as the source writes
 * it. The article gives an honour in one sentence (or one list item): its title, recipient,
 * occasion, awarding body and year are checked to stand in that sentence together. Its level is
 * either stated there or marked as the site's inference (`levelSource: 本站推断`), never shown as
 * the article's when it is not.
 */
export const honourSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** The official title, character for character as the source writes it, without outer quotes. Checked verbatim. */
		title: exact(text()),
		/**
		 * Who or what received it, as the source names them, e.g. `“船营未检”团队`. Checked verbatim,
		 * and it stands in one sentence (or one list item) of the article with the title.
		 */
		recipient: exact(text()),
		/**
		 * How the sentence that gives the honour names the recipient, where it is shorter than
		 * `recipient` (`支部`, `该片`): checked verbatim, and in that sentence with the title. The
		 * procuratorate's own name needs none: the article's 该院/我院/本院 is read as it.
		 */
		recipientAs: exact(text()).optional(),
		/** What kind of recipient that is. */
		recipientKind: z.enum(recipientKinds, {
			error: `获得者类别须为 ${recipientKinds.join(' / ')} 之一 (recipientKind must be one of these)`,
		}),
		/** The brand it belongs to, where there is one. */
		brand: reference('brands').optional(),
		/** The procuratorate it belongs to. */
		procuratorate: reference('procuratorates'),
		/**
		 * Who awarded it, as the source writes it, e.g. `最高人民检察院`. Checked: it stands in the
		 * honour's sentence, outside the title (最高检 inside a contest's name awarded nothing).
		 */
		awardedBy: exact(text()).optional(),
		/** The contest, exhibition or selection it was given at, e.g. `全国检察机关首届微电影展播`. Checked verbatim. */
		occasion: exact(text()).optional(),
		/** Level of the honour; `未注明` where it is neither stated nor read from the title. */
		level: z.enum(honourLevels, {
			error: `级别须为 ${honourLevels.join(' / ')} 之一 (level must be one of these)`,
		}),
		/**
		 * Whether the article states the level (`原文`, checked: the level's words stand in the
		 * honour's sentence) or the site infers it (`本站推断`, printed as 级别（本站推断）). Default:
		 * `原文`.
		 */
		levelSource: z
			.enum(levelSources, {
				error: `级别来源须为 ${levelSources.join(' / ')} 之一 (levelSource must be one of these)`,
			})
			.default('原文'),
		/** The year, only where the source gives one. Never inferred. Checked: in the honour's sentence. */
		year: exact(year()).optional(),
		/** A short note in our own words, e.g. what the honour was for. */
		note: text().optional(),
		/** Articles this entry's facts come from. */
		sources: sourceList(reference),
	});

export type HonourData = z.output<ReturnType<typeof honourSchema<z.ZodString>>>;
