/**
 * Validates the editors' files against the collection schemas, outside Astro, and returns every
 * problem at once (never only the first). References are checked afterwards by `integrity.ts`.
 */
import type { z } from 'astro/zod';
import { idReference } from '../../schemas/common.ts';
import { bilingualError } from '../../schemas/errors.ts';
import { schemas } from '../../schemas/index.ts';
import type { RawEntry } from './read.ts';
import type { Problem } from './problems.ts';

const schemaFor = schemas(idReference);

export interface ValidEntry extends RawEntry {
	data: Record<string, unknown>;
}

const fieldDoc = '各字段含义见 content/README.md (see content/README.md for every field)';

export function fixFor(issue: z.core.$ZodIssue, field: string): string {
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		return `在文件头部添加一行“${field}: …”。${fieldDoc}`;
	}
	switch (issue.code) {
		case 'invalid_value':
			return `改为以下选项之一：${issue.values.map(String).join(' / ')} (use one of the listed values)`;
		case 'invalid_type':
			if (issue.expected === 'array')
				return `把 ${field} 改为列表，如 [a, b] (make ${field} a list, e.g. [a, b])`;
			if (issue.expected === 'number')
				return `把 ${field} 改为数字，不加引号 (make ${field} a number, without quotes)`;
			return `把 ${field} 改为文字 (make ${field} text)`;
		case 'too_small':
			return `补充 ${field} 的内容 (fill in ${field})`;
		case 'unrecognized_keys':
			return `删除或改正这个字段名。${fieldDoc}`;
		default:
			return `按提示改正 ${field || '该文件'}。${fieldDoc}`;
	}
}

/** Schema problems of every entry, and the entries that passed, with defaults applied. */
export function validateEntries(raw: RawEntry[]): { valid: ValidEntry[]; problems: Problem[] } {
	const valid: ValidEntry[] = [];
	const problems: Problem[] = [];
	for (const entry of raw) {
		if (entry.parseError !== undefined) {
			problems.push({
				file: entry.file,
				entry: entry.id,
				field: '',
				message: `YAML 格式错误：${entry.parseError.split('\n')[0]} (malformed YAML)`,
				fix: '检查冒号后是否有空格、缩进是否对齐、引号是否成对 (check the space after each colon, indentation and quotes)',
			});
			continue;
		}
		const result = schemaFor[entry.collection].safeParse(entry.data, {
			error: bilingualError,
			reportInput: true,
		});
		if (result.success) {
			valid.push({ ...entry, data: result.data as Record<string, unknown> });
			continue;
		}
		for (const issue of result.error.issues) {
			const field = issue.path.map(String).join('.');
			problems.push({
				file: entry.file,
				entry: entry.id,
				field,
				message: issue.message,
				fix: fixFor(issue, field),
			});
		}
	}
	return { valid, problems };
}
