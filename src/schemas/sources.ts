import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

/** An article the site's facts come from (`content/sources/*.yaml`). */
export const sourceSchema = () =>
	z.object({
		/** The article's headline as published. Leave out only if the copy we hold has none. */
		title: text().optional(),
		/** A second headline line, where the article has one. */
		subtitle: text().optional(),
		/** Who published it, e.g. `上海检察`, `最高人民检察院`. Leave out if the copy does not say. */
		publisher: text().optional(),
		/** Author or byline as printed, e.g. `办公室 房文龙`. */
		author: text().optional(),
		/** Editor, where the article names one. */
		editor: text().optional(),
		/** Publication date as printed, `YYYY-MM-DD`. Leave out if the copy gives none. */
		date: isoDate().optional(),
		/** What the date is, where it is not the original publication date (e.g. a repost). */
		dateNote: text().optional(),
		/** Where the article was published, where the copy gives an address. */
		url: z.url({ error: '网址无效，须以 https:// 开头 (url must be a full https:// address)' }).optional(),
		/** The file in `shared/seeds/` this entry was written from (for maintainers). */
		seedFile: text(),
	});

export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
