import { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';

/**
 * How a schema points at another collection. Inside Astro this is `reference()` from
 * `astro:content`; in unit tests and the fast content checker it is a plain id string, and the
 * integrity pass (`src/lib/content-check/integrity.ts`) resolves the ids instead.
 */
export type ReferenceFn<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A reference stand-in for code that runs outside Astro: the id as written in the file. */
export const idReference = (_collection: CollectionName) => z.string().min(1);

/** Text an editor must fill in: trimmed, never empty. */
export const text = () => z.string().trim().min(1, { error: '不能为空 (must not be empty)' });

/** An entry id and file name such as `sifa-jiuzhu`: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ASCII id such as `sifa-jiuzhu`: lower-case letters, digits and hyphens. */
export const asciiId = () =>
	z.string().regex(ID_PATTERN, {
		error:
			'只能用小写字母、数字和连字符，如 sifa-jiuzhu (lower-case ASCII, digits and hyphens only)',
	});

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns an unquoted date into a Date object; both
 * forms are accepted and normalised to the string, so pages never see a time zone shift.
 */
export const isoDate = () =>
	z.union([z.date(), z.string()]).transform((value, ctx) => {
		const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
		const valid =
			match !== null &&
			(() => {
				const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
				return d.toISOString().slice(0, 10) === iso;
			})();
		if (!valid) {
			ctx.addIssue({
				code: 'custom',
				message: `日期“${String(value)}”无效，请写成 YYYY-MM-DD，如 2021-08-30 (invalid date, use YYYY-MM-DD)`,
			});
			return z.NEVER;
		}
		return iso;
	});

/** A year such as 2019, only where the source states one. */
export const year = () =>
	z
		.number()
		.int({ error: '年份须为整数，如 2019 (year must be a whole number)' })
		.min(1949, { error: '年份须在 1949 年之后 (year must be 1949 or later)' })
		.max(2100, { error: '年份不合理 (year is out of range)' });

/** A colour written `#rrggbb`. */
export const hexColour = () =>
	z.string().regex(/^#[0-9a-fA-F]{6}$/, {
		error: '颜色须写成 #rrggbb，如 #b22222 (colour must be #rrggbb)',
	});

/** One or more source references: every entry says which article it comes from. */
export const sourceList = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z
		.array(reference('sources'))
		.min(1, { error: '至少注明一个来源 (at least one source is required)' });

/** One or more topic references from the controlled vocabulary in `content/topics/`. */
export const topicList = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z
		.array(reference('topics'))
		.min(1, { error: '至少选择一个主题 (at least one topic is required)' });
