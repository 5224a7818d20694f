/**
 * What an editor reads when something is wrong: YAML mistakes in Chinese with the file's own line
 * and the line shown with a marker, a field left out called missing (a choice too), a line for
 * every problem that is on one, and “是不是 xinqiao？” for an id that does not exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { didYouMean, distance } from '../../src/lib/content-check/suggest.ts';
import { baseFile, contentSite as site } from '../support/content-site.ts';

/** The problems of a fixture site, each as the terminal shows it. */
const shown = (changes: Record<string, string | null>) =>
	checkContent(site(changes)).map(formatProblem);

describe('YAML mistakes', () => {
	test('a full-width colon in frontmatter: the file’s own line, marked, and what to type', () => {
		const practice = baseFile('practices/x.md').replace('summary: ', 'summary：');
		expect(shown({ 'practices/x.md': practice })).toMatchInlineSnapshot(`
			[
			  "✗ content/practices/x.md:7（第 7 行）
			  问题：YAML 格式错误，第 7 行：字段名后面用了中文冒号“：” (Implicit keys need to be on a single line)
			      6 | topics: [t]
			    > 7 | summary：院里帮助困难群众。
			        | ^
			  修改：改为英文冒号加一个空格，如 title: 标题 (use an ASCII colon and a space)",
			]
		`);
	});

	test('a list left open points at its bracket, with the marker under CJK text lined up', () => {
		const procuratorate = baseFile('procuratorates/p.yaml').replace('[a]', '[a');
		expect(shown({ 'procuratorates/p.yaml': procuratorate })).toMatchInlineSnapshot(`
				[
				  "✗ content/procuratorates/p.yaml:6（第 6 行）
				  问题：YAML 格式错误，第 6 行：[ 没有对应的 ] (Flow sequence in block collection must be sufficiently indented and end with a ])
				      5 | county: 互助土族自治县
				    > 6 | sources: [a
				        |          ^
				  修改：在列表末尾补上 ]，列表写在一行里，如 [a, b] (close it with ])",
				]
			`);
	});

	test('the common slips each get their own explanation and line', () => {
		const honour = baseFile('honours/h.yaml');
		const cases: Array<[string, string]> = [
			[honour.replace('level: 省级', 'level:省级'), '冒号后面缺少空格'],
			[honour.replace('level: 省级', '\tlevel: 省级'), '制表符'],
			[honour.replace('level: 省级', 'level: 省级\nlevel: 省级'), '字段“level”写了两次'],
			[
				honour.replace('recipient: 互助县人民检察院', 'recipient: "互助县人民检察院'),
				'引号 " 没有闭合',
			],
			[
				honour.replace('occasion', 'x').replace('level: 省级', 'level: 省级\n  year: 2019'),
				'缩进不对',
			],
			[`${honour}---\nlevel: 省级\n`, '第二个 ---'],
			[honour.replace('recipientKind: 单位', 'recipientKind: `单位`'), '特殊符号'],
		];
		for (const [text, says] of cases) {
			const [problem, ...rest] = checkContent(site({ 'honours/h.yaml': text }));
			expect(rest).toEqual([]);
			expect(problem?.message).toContain(says);
			expect(problem?.line).toBeGreaterThan(0);
			expect(problem?.excerpt).toContain('^');
		}
	});
});

describe('a field left out', () => {
	test('a choice left out is missing, not wrong, and the fix lists the choices', () => {
		const honour = baseFile('honours/h.yaml').replace('recipientKind: 单位\n', '');
		expect(shown({ 'honours/h.yaml': honour })).toMatchInlineSnapshot(`
			[
			  "✗ content/honours/h.yaml:1（第 1 行） 字段 (field) recipientKind
			  问题：缺少必填字段，请在文件头部补上 (required field is missing)
			  修改：在文件头部添加一行“recipientKind: …”，可选：品牌 / 团队 / 单位 / 个人 / 作品 / 项目 / 案例。各字段含义见 content/README.md (see content/README.md for every field)",
			]
		`);
	});

	test('a colour written without quotes is empty, and the fix says why', () => {
		const brand = baseFile('brands/b.md').replace('accent: "#a61b1b"', 'accent: #a61b1b');
		const [problem, ...rest] = checkContent(site({ 'brands/b.md': brand }));
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ field: 'accent', line: 7 });
		expect(problem?.fix).toBe(
			'accent 的冒号后面是空的：填上文字 (fill in text)；值以 # 开头的（如颜色）要加英文双引号，写成 accent: "#……"，否则 # 和它后面的字都被当作注释 (a value starting with # needs double quotes, or YAML reads it as a comment)',
		);
	});

	test('sample text left from a template or the guide is reported with its line; an editor’s sentence holding the same words is not', () => {
		const practice = baseFile('practices/x.md')
			.replace(/^title: .*$/m, 'title: 做法标题（自拟，简短）')
			.replace(
				/\n---\n[^]*$/,
				'\n---\n\n院里一句话说清做了什么。\n\n用自己的话写怎么做的、效果如何。\n',
			);
		const found = checkContent(site({ 'practices/x.md': practice }))
			.filter((p) => p.message.includes('示例文字'))
			.map((p) => [p.field, p.line]);
		const lines = practice.split('\n');
		expect(found).toEqual([
			['title', lines.findIndex((l) => l.startsWith('title:')) + 1],
			['正文 (body)', lines.indexOf('用自己的话写怎么做的、效果如何。') + 1],
		]);
	});

	test('an empty list or number is told to fill in a list or a number, not to quote a colour', () => {
		const practice = baseFile('practices/x.md')
			.replace(/^topics: .*$/m, 'topics:')
			.replace(
				'sources: [a]',
				'figures:\n  - label: 办理案件\n    value:\n    unit: 件\nsources: [a]',
			);
		const fixes = Object.fromEntries(
			checkContent(site({ 'practices/x.md': practice })).map((p) => [p.field, p.fix]),
		);
		expect(fixes['topics']).toBe(
			'topics 的冒号后面是空的：填上列表，如 [a, b] (fill in a list, e.g. [a, b])',
		);
		expect(fixes['figures.0.value']).toBe(
			'figures.0.value 的冒号后面是空的：填上数字，不加引号 (fill in a number, without quotes)',
		);
	});

	test('a field left out of a list item names the item and its line', () => {
		const practice = baseFile('practices/x.md').replace(
			'sources: [a]',
			'figures:\n  - label: 办理司法救助案件\n    unit: 件\nsources: [a]',
		);
		const [problem] = checkContent(site({ 'practices/x.md': practice }));
		expect(problem).toMatchObject({ field: 'figures.0.value', line: 9 });
		expect(problem?.fix).toContain('在 figures.0 下添加一行“value: …”');
	});
});

describe('every problem on a line names it', () => {
	test('schema, reference, body, traditional characters and pinyin: each at its own line', () => {
		const practice = [
			'---',
			'title: 司法救助',
			'brand: b',
			'procuratorate: p',
			'pillar: 党建领航',
			'topics: [t, sifa]',
			'summary: 院里帮助困難群众。',
			'results: [第一条, 3]',
			'sources: [a]',
			'---',
			'',
			'做了什么。',
			'',
			'黨建引領(lǐng)。',
			'',
		].join('\n');
		const dir = site({ 'practices/x.md': practice });
		const problems = checkContent(dir);
		const text = readFileSync(join(dir, 'content/practices/x.md'), 'utf8').split('\n');
		const at = problems.map((p) => `${p.line} ${p.field}: ${text[(p.line ?? 0) - 1]}`);
		expect(at).toEqual([
			'8 results.1: results: [第一条, 3]',
			'6 topics.1: topics: [t, sifa]',
			'7 summary: summary: 院里帮助困難群众。',
			'14 正文 (body): 黨建引領(lǐng)。',
			'14 正文 (body): 黨建引領(lǐng)。',
		]);
	});
});

describe('did you mean', () => {
	const brands = [
		{ id: 'xinqiao', name: '心桥' },
		{ id: 'zhengyi-xianfeng', name: '正义先锋' },
		{ id: 'rongjia', name: '融+' },
		{ id: 'wenhua-dangjian', name: '文化党建' },
		{ id: 'zhihui-dangjian', name: '智慧党建' },
	];

	test.each([
		['xinqaio', 'xinqiao'],
		['zhengyixianfeng', 'zhengyi-xianfeng'],
		['心桥', 'xinqiao'],
		['融+', 'rongjia'],
		['zhihui-dangjain', 'zhihui-dangjian'],
		['wenhua', 'wenhua-dangjian'],
	])('%s → %s', (written, meant) => {
		expect(didYouMean(written, brands)).toBe(meant);
	});

	test.each([
		['dangjian', 'two brands end in it: no guess'],
		['xq', 'too short to guess from'],
		['fazhi-xuanchuan', 'nothing near'],
	])('%s: none (%s)', (written) => {
		expect(didYouMean(written, brands)).toBeUndefined();
	});

	test('a swap of two letters is one edit', () => {
		expect(distance('xinqaio', 'xinqiao')).toBe(1);
		expect(distance('abc', 'abc')).toBe(0);
		expect(distance('', 'abc')).toBe(3);
	});

	test('the checker asks “是不是 …？” and the fix names the id', () => {
		const dir = site({
			'topics/sifa-jiuzhu.yaml': 'name: 司法救助\ndescription: 说明。\n',
			'topics/t.yaml': null,
			'practices/x.md': baseFile('practices/x.md')
				.replace('topics: [t]', 'topics: [sifajiuzhu]')
				.replace('brand: b', 'brand: 土乡丹心'),
		});
		expect(checkContent(dir).map((p) => `${p.field} | ${p.message} | ${p.fix}`)).toEqual([
			"brand | 引用的品牌“土乡丹心”不存在，是不是 b？ (brands '土乡丹心' does not exist; did you mean b?) | 改为 b (write b)",
			"topics.0 | 引用的主题“sifajiuzhu”不存在，是不是 sifa-jiuzhu？ (topics 'sifajiuzhu' does not exist; did you mean sifa-jiuzhu?) | 改为 sifa-jiuzhu (write sifa-jiuzhu)",
		]);
	});
});

describe('a field name misspelt', () => {
	test('is answered with the field meant, and not also called missing', () => {
		const practice = baseFile('practices/x.md').replace('summary:', 'sumary:');
		expect(shown({ 'practices/x.md': practice })).toEqual([
			'✗ content/practices/x.md:7（第 7 行） 字段 (field) sumary\n  问题：没有字段 sumary，是不是 summary？ (no such field; did you mean summary?)\n  修改：把 sumary 改为 summary (rename it)',
		]);
	});

	test('a field the collection does not have is named, with the ones it has', () => {
		const honour = `${baseFile('honours/h.yaml')}remark: 备注\n`;
		expect(checkContent(site({ 'honours/h.yaml': honour })).map((p) => p.fix)).toEqual([
			'删除这个字段，或改为 title / recipient / recipientAs / recipientKind / brand / procuratorate / awardedBy / occasion / level / levelSource / year / note / sources 之一。各字段含义见 content/README.md (see content/README.md for every field)',
		]);
	});
});
