/**
 * Reads and checks the search table (`content/search.yaml`), the one content file that is not an
 * entry of a collection: schema first, then what only the whole table shows (a word in two
 * groups, a group joining a pair kept apart, traditional characters a query never holds).
 * Plain Node; it reads the file and never writes it. A missing file is an empty table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bilingualError } from '../../schemas/errors.ts';
import { searchTableSchema, type SearchTable } from '../../schemas/search-table.ts';
import { findTraditional } from '../text/chinese.ts';
import type { Problem } from './problems.ts';
import { contentDir } from './read.ts';
import { fixFor } from './validate.ts';
import { readYaml, YamlError } from './yaml.ts';

/** Where the table lives, relative to the content folder. */
export const SEARCH_TABLE_FILE = 'search.yaml';

const ENTRY = 'search';
const empty: SearchTable = { synonyms: [], distinct: [], fillers: [], words: [] };

/** The table under `root` and its problems; with any problem the table is empty (never half-read). */
export function readSearchTable(root: string): { table: SearchTable; problems: Problem[] } {
	const path = join(contentDir(root), SEARCH_TABLE_FILE);
	if (!existsSync(path)) return { table: empty, problems: [] };
	const file = relative(root, path);
	const at = (field: string, message: string, fix: string): Problem => ({
		file,
		entry: ENTRY,
		field,
		message,
		fix,
	});
	let data: unknown;
	try {
		data = readYaml(readFileSync(path, 'utf8')) ?? {};
	} catch (error) {
		if (!(error instanceof YamlError)) throw error;
		return { table: empty, problems: [{ file, entry: ENTRY, field: '', ...error.failure }] };
	}
	const parsed = searchTableSchema().safeParse(data, { error: bilingualError, reportInput: true });
	if (!parsed.success) {
		return {
			table: empty,
			problems: parsed.error.issues.map((issue) => {
				const field = issue.path.map(String).join('.');
				return at(field, issue.message, fixFor(issue, field));
			}),
		};
	}
	const problems = tableProblems(parsed.data, at);
	return { table: problems.length > 0 ? empty : parsed.data, problems };
}

type At = (field: string, message: string, fix: string) => Problem;

function tableProblems(table: SearchTable, at: At): Problem[] {
	const problems: Problem[] = [];
	const words: Array<[string, string]> = [
		...table.synonyms.flatMap((g, i) =>
			g.terms.map((t, j): [string, string] => [`synonyms.${i}.terms.${j}`, t]),
		),
		...table.distinct.flatMap((p, i) =>
			p.map((t, j): [string, string] => [`distinct.${i}.${j}`, t]),
		),
		...table.fillers.map((t, i): [string, string] => [`fillers.${i}`, t]),
		...table.words.map((t, i): [string, string] => [`words.${i}`, t]),
	];
	for (const [field, word] of words) {
		const traditional = findTraditional(word);
		if (traditional.length > 0)
			problems.push(
				at(
					field,
					`“${word}”含有繁体字 ${traditional.map((t) => `${t.char}→${t.simplified}`).join(' ')}：搜索前查询已转为简体，这一项永远不会匹配 (traditional characters: queries are simplified first, so this never matches)`,
					'改为简体字 (use simplified characters)',
				),
			);
	}
	const groupOf = new Map<string, number>();
	table.synonyms.forEach((group, i) =>
		group.terms.forEach((term, j) => {
			const field = `synonyms.${i}.terms.${j}`;
			const other = groupOf.get(term);
			if (other === i)
				problems.push(
					at(
						field,
						`“${term}”在同一组中重复 (listed twice in the same group)`,
						'删除重复的一项 (remove the repeat)',
					),
				);
			else if (other !== undefined)
				problems.push(
					at(
						field,
						`“${term}”同时出现在第 ${other + 1} 组和第 ${i + 1} 组 (in two synonym groups)`,
						`把两组合并为一组，或从其中一组删除“${term}” (merge the groups, or remove it from one)`,
					),
				);
			else groupOf.set(term, i);
		}),
	);
	table.distinct.forEach(([a, b], i) => {
		if (a === b)
			problems.push(
				at(
					`distinct.${i}`,
					`“${a}”与自己配成一对 (a word paired with itself)`,
					'写两个不同的词，如 [公益诉讼, 公诉] (write two different words)',
				),
			);
		else if (a && b && groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b))
			problems.push(
				at(
					`synonyms.${groupOf.get(a)}.terms`,
					`“${a}”和“${b}”在 distinct 中列为不同的词，却在同一个同义词组里 (a pair kept apart sits in one synonym group)`,
					`从这一组删除其中一个，或从 distinct.${i} 删除这一对 (remove one from the group, or the pair from distinct)`,
				),
			);
	});
	table.fillers.forEach((filler, i) => {
		const group = groupOf.get(filler);
		if (group !== undefined)
			problems.push(
				at(
					`fillers.${i}`,
					`“${filler}”既是可省略的虚词，又在第 ${group + 1} 个同义词组里 (both a filler and a synonym)`,
					'从 fillers 或同义词组中删除它 (remove it from one of the two)',
				),
			);
	});
	table.words.forEach((w, i) => {
		if (!/^\p{Script=Han}/u.test(w) || [...w].length < 2)
			problems.push(
				at(
					`words.${i}`,
					`“${w}”不是以汉字开头的两个字以上的词：分词只需要保住中文词 (not a word of two or more characters starting with Chinese)`,
					'删除这一项，或写成完整的中文词，如“听证” (remove it, or write a whole Chinese word)',
				),
			);
	});
	return problems;
}
