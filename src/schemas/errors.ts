import { z } from 'astro/zod';

const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

type Issue = Parameters<typeof zh>[0];

const messageOf = (result: ReturnType<typeof zh>): string =>
	typeof result === 'string' ? result : (result?.message ?? '');

/** What a field left out reads as, whatever its kind. */
export const MISSING_FIELD = '缺少必填字段，请在文件头部补上 (required field is missing)';

/**
 * Whether an issue is a field left out rather than filled in wrongly. A choice (`kind`, `level`)
 * or a union left out fails as a wrong value in zod; to an editor it is missing all the same.
 */
export function isMissing(issue: { code: string; input?: unknown }): boolean {
	return (
		issue.input === undefined &&
		(issue.code === 'invalid_type' ||
			issue.code === 'invalid_value' ||
			issue.code === 'invalid_union')
	);
}

/**
 * Every validation message an editor sees, Chinese first with the English after it. Messages
 * that a schema sets itself (already bilingual) win over this map.
 */
export function bilingualError(issue: Issue): string {
	if (isMissing(issue)) return MISSING_FIELD;
	if (issue.code === 'unrecognized_keys') {
		return `有未定义的字段 ${issue.keys.join('、')}：请检查拼写或删除 (unknown field ${issue.keys.join(', ')}: check the spelling or remove it)`;
	}
	return `${messageOf(zh(issue))} (${messageOf(en(issue))})`;
}

/** Makes every zod schema in this process report errors in Chinese first. */
export function useBilingualErrors(): void {
	z.config({ customError: bilingualError });
}
