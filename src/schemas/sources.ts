import { z } from 'astro/zod';
import { isoDate, text, type ReferenceFn } from './common.ts';
import { exact, maintainerNote } from './provenance.ts';

/**
 * A misprint in the article and the form the site writes instead. The provenance check accepts
 * the corrected form in quotations, exact names and figures only through this list, and pages
 * show the note where it is used and list every correction on the source's page.
 */
export const correctionSchema = z.object({
	/** The text exactly as the article prints it, with enough context to be found, e.g. `湖源治理`. */
	printed: exact(text()),
	/** What the site writes instead, e.g. `溯源治理`. */
	written: text(),
	/** Why, in a sentence a reader can check, e.g. `同文另处作‘溯源治理’`. */
	why: text(),
});

/**
 * A hand fix to the simplified copy of an archive (`<id>-simplified.txt`) after
 * `npm run normalize`, where OpenCC chose the wrong simplified form (著眼 for 着眼). Recorded so
 * the copy is always `normalize` of the published text plus exactly these fixes.
 */
export const archiveFixSchema = z.object({
	/** What `npm run normalize` wrote, e.g. `著眼`. */
	converted: text(),
	/** What the simplified copy has instead, e.g. `着眼`. */
	fixed: text(),
	/** Why the converter's choice was wrong. */
	why: text(),
});

export type Correction = z.output<typeof correctionSchema>;

/**
 * An article the site's facts come from (`content/sources/*.yaml`). Its full text is archived
 * beside it as `<id>.txt`, exactly as published, and checked against (see content/README.md
 * “原文存档”); where the published text is not plain simplified Chinese, a normalised copy
 * `<id>-simplified.txt` is checked against instead. Its headline, byline and date are checked
 * against its own archive.
 */
export const sourceSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z.object({
		/** The article's headline as published. Leave out only if the copy we hold has none. */
		title: exact(text()).optional(),
		/** A second headline line, where the article has one. */
		subtitle: exact(text()).optional(),
		/** Who published it, e.g. `上海检察`, `最高人民检察院`. Leave out if the copy does not say. */
		publisher: exact(text()).optional(),
		/** Author or byline as printed, e.g. `办公室 房文龙`. */
		author: exact(text()).optional(),
		/** Editor, where the article names one. */
		editor: exact(text()).optional(),
		/** Publication date as printed, `YYYY-MM-DD`. Leave out if the copy gives none. */
		date: exact(isoDate()).optional(),
		/** What the date is, where it is not the original publication date (e.g. a repost). */
		dateNote: text().optional(),
		/**
		 * Where the article was published, where the copy gives an address: an https address on a
		 * named host. (zod's plain url() also takes javascript:, data: and http:, and pages render
		 * this as a link.)
		 */
		url: z
			.url({
				protocol: /^https$/,
				hostname: z.regexes.domain,
				error:
					'网址无效，须以 https:// 开头，并写出网站的域名 (url must be a full https:// address on a named host)',
			})
			.optional(),
		/**
		 * Whom the article is about: the procuratorates whose work it reports (ids from
		 * `content/procuratorates/`) and the brands it names (ids from `content/brands/`). An entry
		 * may cite the article only for these: a practice, case or honour of another procuratorate,
		 * or under a brand the article does not name, is refused, so an entry moved to another 院
		 * cannot keep citing the article it came from.
		 */
		about: z.object({
			/** The procuratorates the article reports on, at least one. */
			procuratorates: z
				.array(reference('procuratorates'))
				.min(1, { error: '至少写一个检察院 (name at least one procuratorate)' }),
			/** The brands the article names, each by its id. Default: none. */
			brands: z.array(reference('brands')).default([]),
		}),
		/** The file in `shared/seeds/` this entry was written from (for maintainers). */
		seedFile: text(),
		/** Misprints of the article and what the site writes instead. Default: none. */
		corrections: z.array(correctionSchema).default([]),
		/** Hand fixes to the simplified copy of the archive, after `npm run normalize`. Default: none. */
		archiveFixes: maintainerNote(z.array(archiveFixSchema).default([])),
	});

/**
 * A source as pages read it. `about` is left out: only the content check reads it, and its
 * references take a different shape inside Astro than in plain Node.
 */
export type SourceData = Omit<z.output<ReturnType<typeof sourceSchema<z.ZodString>>>, 'about'>;
