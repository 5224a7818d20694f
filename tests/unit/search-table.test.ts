/**
 * The search table (`content/search.yaml`) is checked like every content file: each mistake
 * names the file, the field, what is wrong and how to fix it, and a broken table is never half-used.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readSearchTable } from '../../src/lib/content-check/search-table.ts';
import { root } from '../support/site.ts';
import { tempTree } from '../support/fixture.ts';

const report = (yaml: string) => {
	const { table, problems } = readSearchTable(tempTree({ 'content/search.yaml': yaml }));
	return {
		table,
		problems: problems.map((p) => `${p.file} | ${p.field} | ${p.message} | ${p.fix}`),
	};
};

describe('the search table', () => {
	test('the real table passes, seeded with the field’s abbreviations and 公益诉讼/公诉 kept apart', () => {
		const { table, problems } = readSearchTable(root);
		expect(problems).toEqual([]);
		const group = (word: string) => table.synonyms.find((g) => g.terms.includes(word))?.terms;
		expect(group('未检')).toContain('未成年人检察');
		expect(group('控申')).toContain('控告申诉');
		expect(group('讨薪')).toEqual(expect.arrayContaining(['追讨欠薪', '被拖欠工资']));
		expect(group('公诉')?.includes('公益诉讼') ?? false).toBe(false);
		expect(table.distinct).toContainEqual(['公益诉讼', '公诉']);
		expect(table.fillers).toEqual(
			expect.arrayContaining(['如何', '怎么', '哪些', '有没有', '开展', '做好', '吗']),
		);
		expect(table.words).toEqual(expect.arrayContaining(['听证', '帮教']));
	});

	test('a missing table is an empty one, not a problem', () => {
		expect(readSearchTable(tempTree({}))).toEqual({
			table: { synonyms: [], distinct: [], fillers: [], words: [] },
			problems: [],
		});
	});

	test('numbers are words: 12309 is taken as text', () => {
		expect(report('synonyms:\n  - terms: [检察服务中心, 12309]\n').table.synonyms).toEqual([
			{ terms: ['检察服务中心', '12309'] },
		]);
	});

	test('schema mistakes name the field and the fix, and leave the table empty', () => {
		const { table, problems } = report(
			'synonyms:\n  - terms: [未检]\n  - terms: [控申, 控告 申诉]\n    notes: x\nfillers: 如何\n',
		);
		expect(table.synonyms).toEqual([]);
		expect(problems).toEqual([
			'content/search.yaml | synonyms.0.terms | 至少要有两个词 (a group needs at least two words) | 补充 synonyms.0.terms 的内容 (fill in synonyms.0.terms)',
			'content/search.yaml | synonyms.1.terms.1 | 不能含空格，每项写一个词 (no spaces: one word per item) | 按提示改正 synonyms.1.terms.1。各字段含义见 content/README.md (see content/README.md for every field)',
			'content/search.yaml | synonyms.1 | 有未定义的字段 notes：请检查拼写或删除 (unknown field notes: check the spelling or remove it) | 删除或改正这个字段名。各字段含义见 content/README.md (see content/README.md for every field)',
			'content/search.yaml | fillers | 无效输入：期望 数组，实际接收 string (Invalid input: expected array, received string) | 把 fillers 改为列表，如 [a, b] (make fillers a list, e.g. [a, b])',
		]);
	});

	test('what only the whole table shows: repeats, a word in two groups, a pair kept apart joined, traditional characters, a filler that is a synonym', () => {
		const { table, problems } = report(
			[
				'synonyms:',
				'  - terms: [讨薪, 欠薪, 讨薪]',
				'  - terms: [公益诉讼, 公诉, 欠薪]',
				'  - terms: [檢察聽證, 如何]',
				'distinct:',
				'  - [公益诉讼, 公诉]',
				'  - [公诉, 公诉]',
				'fillers: [如何]',
			].join('\n'),
		);
		expect(table.synonyms).toEqual([]);
		expect(problems).toEqual([
			'content/search.yaml | synonyms.2.terms.0 | “檢察聽證”含有繁体字 檢→检 聽→听 證→证：搜索前查询已转为简体，这一项永远不会匹配 (traditional characters: queries are simplified first, so this never matches) | 改为简体字 (use simplified characters)',
			'content/search.yaml | synonyms.0.terms.2 | “讨薪”在同一组中重复 (listed twice in the same group) | 删除重复的一项 (remove the repeat)',
			'content/search.yaml | synonyms.1.terms.2 | “欠薪”同时出现在第 1 组和第 2 组 (in two synonym groups) | 把两组合并为一组，或从其中一组删除“欠薪” (merge the groups, or remove it from one)',
			'content/search.yaml | synonyms.1.terms | “公益诉讼”和“公诉”在 distinct 中列为不同的词，却在同一个同义词组里 (a pair kept apart sits in one synonym group) | 从这一组删除其中一个，或从 distinct.0 删除这一对 (remove one from the group, or the pair from distinct)',
			'content/search.yaml | distinct.1 | “公诉”与自己配成一对 (a word paired with itself) | 写两个不同的词，如 [公益诉讼, 公诉] (write two different words)',
			'content/search.yaml | fillers.0 | “如何”既是可省略的虚词，又在第 3 个同义词组里 (both a filler and a synonym) | 从 fillers 或同义词组中删除它 (remove it from one of the two)',
		]);
	});

	test('words to keep whole are Chinese words of two or more characters, in simplified form', () => {
		const { table, problems } = report('words: [听证, 12309, 证, 聽證]\n');
		expect(table.words).toEqual([]);
		expect(problems).toEqual([
			'content/search.yaml | words.3 | “聽證”含有繁体字 聽→听 證→证：搜索前查询已转为简体，这一项永远不会匹配 (traditional characters: queries are simplified first, so this never matches) | 改为简体字 (use simplified characters)',
			'content/search.yaml | words.1 | “12309”不是以汉字开头的两个字以上的词：分词只需要保住中文词 (not a word of two or more characters starting with Chinese) | 删除这一项，或写成完整的中文词，如“听证” (remove it, or write a whole Chinese word)',
			'content/search.yaml | words.2 | “证”不是以汉字开头的两个字以上的词：分词只需要保住中文词 (not a word of two or more characters starting with Chinese) | 删除这一项，或写成完整的中文词，如“听证” (remove it, or write a whole Chinese word)',
		]);
		expect(report('words: [听证, 帮教]\n').problems).toEqual([]);
	});

	test('the content check reports the table’s problems with everything else', () => {
		const dir = tempTree({ 'content/search.yaml': 'synonyms: [x]\n' });
		expect(checkContent(dir).map((p) => p.file)).toContain('content/search.yaml');
	});
});
