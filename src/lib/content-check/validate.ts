/**
 * Validates the editors' files against the collection schemas, outside Astro, and returns every
 * problem at once (never only the first). References are checked afterwards by `integrity.ts`.
 */
import type { z } from 'astro/zod';
import { idReference } from '../../schemas/common.ts';
import { bilingualError, isMissing, MISSING_FIELD } from '../../schemas/errors.ts';
import { schemas } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import type { RawEntry } from './read.ts';
import { didYouMean } from './suggest.ts';
import type { Problem } from './problems.ts';

const schemaFor = schemas(idReference);

/** The top-level field names a collection's files take. */
const topFields = (collection: CollectionName): string[] =>
	Object.keys((schemaFor[collection] as { shape?: object }).shape ?? {});

export interface ValidEntry extends RawEntry {
	data: Record<string, unknown>;
}

const fieldDoc = '各字段含义见 content/README.md (see content/README.md for every field)';

/** What a field of each type holds, as an empty value's fix and a wrong one's both say it. */
const valueKinds: Record<string, { zh: string; en: string }> = {
	array: { zh: '列表，如 [a, b]', en: 'a list, e.g. [a, b]' },
	number: { zh: '数字，不加引号', en: 'a number, without quotes' },
	string: { zh: '文字', en: 'text' },
};

export function fixFor(issue: z.core.$ZodIssue, field: string): string {
	if (isMissing(issue)) {
		const parts = field.split('.');
		const key = parts.pop() ?? field;
		const where = parts.length > 0 ? `在 ${parts.join('.')} 下` : '在文件头部';
		const choices =
			issue.code === 'invalid_value' ? `，可选：${issue.values.map(String).join(' / ')}` : '';
		return `${where}添加一行“${key}: …”${choices}。${fieldDoc}`;
	}
	switch (issue.code) {
		case 'invalid_value':
			return `改为以下选项之一：${issue.values.map(String).join(' / ')} (use one of the listed values)`;
		case 'invalid_type': {
			const kind = valueKinds[issue.expected] ?? valueKinds['string']!;
			// YAML reads `accent: #rrggbb` as an empty value and a comment: the editor sees the
			// colour in the file and “expected string, received null”, and cannot tell why.
			if (issue.input === null) {
				const key = field.split('.').pop() ?? field;
				const quoted = /^\d+$/.test(key) ? '- "#……"' : `${key}: "#……"`;
				const hash =
					issue.expected === 'string'
						? `；值以 # 开头的（如颜色）要加英文双引号，写成 ${quoted}，否则 # 和它后面的字都被当作注释 (a value starting with # needs double quotes, or YAML reads it as a comment)`
						: '';
				return `${field} 的冒号后面是空的：填上${kind.zh} (fill in ${kind.en})${hash}`;
			}
			return `把 ${field} 改为${kind.zh} (make ${field} ${kind.en})`;
		}
		case 'too_small':
			return `补充 ${field} 的内容 (fill in ${field})`;
		case 'unrecognized_keys':
			return `删除或改正这个字段名。${fieldDoc}`;
		default:
			return `按提示改正 ${field || '该文件'}。${fieldDoc}`;
	}
}

/**
 * Top-level fields the collection does not have. The schemas let them pass (Astro drops them),
 * so a misspelt optional field (`awardBy` for `awardedBy`) would vanish without a word.
 */
function unknownFields(entry: RawEntry): Array<{ problem: Problem; meant?: string }> {
	const data = entry.data;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
	const known = topFields(entry.collection);
	return Object.keys(data)
		.filter((key) => !known.includes(key))
		.map((key) => {
			const meant = didYouMean(
				key,
				known.map((id) => ({ id })),
			);
			const problem: Problem = {
				file: entry.file,
				entry: entry.id,
				field: key,
				// The English half leaves the name out: a damaged name can hold brackets, which
				// would make the message read as if it had no English; the location names it anyway.
				message: meant
					? `没有字段 ${key}，是不是 ${meant}？ (no such field; did you mean ${meant}?)`
					: `没有字段 ${key} (no such field)`,
				fix: meant
					? `把 ${key} 改为 ${meant} (rename it)`
					: `删除这个字段，或改为 ${known.join(' / ')} 之一。${fieldDoc}`,
			};
			return meant ? { problem, meant } : { problem };
		});
}

/** Schema problems of every entry, and the entries that passed, with defaults applied. */
export function validateEntries(raw: RawEntry[]): { valid: ValidEntry[]; problems: Problem[] } {
	const valid: ValidEntry[] = [];
	const problems: Problem[] = [];
	for (const entry of raw) {
		if (entry.parseError !== undefined) {
			problems.push({ file: entry.file, entry: entry.id, field: '', ...entry.parseError });
			continue;
		}
		const misspelt = unknownFields(entry);
		problems.push(...misspelt.map((m) => m.problem));
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
			// `sumary` already said “是不是 summary？”; that summary is then missing goes without saying.
			if (isMissing(issue) && misspelt.some((m) => m.meant === field)) continue;
			problems.push({
				file: entry.file,
				entry: entry.id,
				field,
				// A schema's own message for a choice (“级别须为 … 之一”) reads as a wrong value; a
				// field left out is missing, whatever the schema says about wrong ones.
				message: isMissing(issue) ? MISSING_FIELD : issue.message,
				fix: fixFor(issue, field),
			});
		}
	}
	return { valid, problems };
}
