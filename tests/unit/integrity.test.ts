/**
 * Cross-file checks on small fixture sites written to a temporary folder: each kind of mistake
 * is caught, with the file, the field and a message that says how to fix it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { baseFile, contentSite as site, report } from '../support/content-site.ts';

describe('content integrity', () => {
	test('a consistent site has no problems', () => {
		expect(report(site({}))).toEqual([]);
	});

	test('a reference to a brand that does not exist names the file, field and the ids that do', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace('brand: b', 'brand: bb'),
		});
		expect(report(dir)).toEqual([
			"content/practices/x.md | brand | 引用的品牌“bb”不存在 (brands 'bb' does not exist) | 改为 content/brands/ 下已有的文件名之一：b；要新建的，运行 npm run new -- brands bb 建 content/brands/bb.mdx (use an existing id, or create content/brands/bb.mdx with npm run new)",
		]);
	});

	test('a reference to an unknown topic or source is caught in list fields', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace('topics: [t]', 'topics: [t, tt]'),
		});
		expect(report(dir)).toEqual([
			"content/practices/x.md | topics.1 | 引用的主题“tt”不存在 (topics 'tt' does not exist) | 改为 content/topics/ 下已有的文件名之一：t；要新建的，运行 npm run new -- topics tt 建 content/topics/tt.yaml (use an existing id, or create content/topics/tt.yaml with npm run new)",
		]);
	});

	test('a pillar the brand does not have is caught', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace('pillar: 党建领航', 'pillar: 服务大局'),
		});
		expect(report(dir)).toEqual([
			"content/practices/x.md | pillar | 板块“服务大局”不在所属品牌或工作法的板块中 (pillar is not one of the brand's pillars) | 改为以下之一：党建领航 / 党员示范 (use one of these)",
		]);
	});

	describe('a source is cited only for the procuratorates and brands it is about', () => {
		/** Another 院 with its own article, so an entry can move there. */
		const other = {
			'sources/c.yaml': 'title: 别县检察院\nabout: { procuratorates: [q] }\nseedFile: c.txt\n',
			'sources/c.txt': '别县检察院\n别县人民检察院办理司法救助案件。\n',
			'procuratorates/q.yaml':
				'name: 别县人民检察院\nlevel: 区县级\nprovince: 某省\ncity: 某市\nsources: [c]\n',
		};

		test('a practice moved to another 院 while still citing its own article is refused', () => {
			const dir = site({
				...other,
				'practices/x.md': baseFile('practices/x.md')
					.replace('brand: b\n', '')
					.replace('procuratorate: p', 'procuratorate: q')
					.replace('pillar: 党建领航\n', ''),
			});
			expect(report(dir)).toEqual([
				"content/practices/x.md | sources.0 | 来源“a”写的检察院是 互助县人民检察院（p），没有写到检察院“别县人民检察院（q）”：这篇文章不能作为它的出处 (source 'a' is not about procuratorate 'q') | 把 procuratorate 改回文章所写的检察院，或改引写到“q”的文章；文章确实写到它时，在 content/sources/a.yaml 的 about.procuratorates 中加上 q (restore procuratorate, cite another article, or list it in the source's about.procuratorates)",
			]);
		});

		test('a procuratorate citing an article about another 院 is refused', () => {
			const dir = site({
				...other,
				'procuratorates/q.yaml': other['procuratorates/q.yaml'].replace('[c]', '[c, a]'),
			});
			expect(report(dir)).toEqual([
				"content/procuratorates/q.yaml | sources.1 | 来源“a”写的检察院是 互助县人民检察院（p），没有写到检察院“别县人民检察院（q）”：这篇文章不能作为它的出处 (source 'a' is not about procuratorate 'q') | 改引写到这个检察院的文章；文章确实写到它时，在 content/sources/a.yaml 的 about.procuratorates 中加上 q (cite an article about it, or list it in the source's about.procuratorates)",
			]);
		});

		test('a brand the article does not name is refused on the brand and on its practice', () => {
			const dir = site({
				'sources/a.yaml': baseFile('sources/a.yaml').replace(', brands: [b]', ''),
			});
			expect(report(dir)).toEqual([
				"content/brands/b.md | sources.0 | 来源“a”写的品牌是 （无），没有写到品牌“土乡丹心（b）”：这篇文章不能作为它的出处 (source 'a' is not about brand 'b') | 改引写到这个品牌的文章；文章确实写到它时，在 content/sources/a.yaml 的 about.brands 中加上 b (cite an article about it, or list it in the source's about.brands)",
				"content/practices/x.md | sources.0 | 来源“a”写的品牌是 （无），没有写到品牌“土乡丹心（b）”：这篇文章不能作为它的出处 (source 'a' is not about brand 'b') | 把 brand 改回文章所写的品牌，或改引写到“b”的文章；文章确实写到它时，在 content/sources/a.yaml 的 about.brands 中加上 b (restore brand, cite another article, or list it in the source's about.brands)",
			]);
		});

		test('an entry of no brand needs only its 院 in the article', () => {
			const dir = site({
				'practices/x.md': baseFile('practices/x.md')
					.replace('brand: b\n', '')
					.replace('pillar: 党建领航\n', ''),
			});
			expect(report(dir)).toEqual([]);
		});

		test('what a source is about must exist, and must be written', () => {
			expect(
				report(site({ 'sources/a.yaml': baseFile('sources/a.yaml').replace('[p]', '[pp]') })),
			).toEqual([
				"content/sources/a.yaml | about.procuratorates.0 | 引用的检察院“pp”不存在 (procuratorates 'pp' does not exist) | 改为 content/procuratorates/ 下已有的文件名之一：p；要新建的，运行 npm run new -- procuratorates pp 建 content/procuratorates/pp.yaml (use an existing id, or create content/procuratorates/pp.yaml with npm run new)",
			]);
			expect(
				report(
					site({
						'sources/a.yaml': baseFile('sources/a.yaml').replace(
							'about: { procuratorates: [p], brands: [b] }\n',
							'',
						),
					}),
				),
			).toEqual([
				'content/sources/a.yaml | about | 缺少必填字段，请在文件头部补上 (required field is missing) | 在文件头部添加一行“about: …”。各字段含义见 content/README.md (see content/README.md for every field)',
			]);
		});
	});

	test('two files with the same id in one collection are a duplicate', () => {
		const dir = site({ 'topics/t.yml': 'name: 重复\ndescription: 说明。\n' });
		expect(report(dir)).toContain(
			'content/topics/t.yml |  | 主题“t”重复：另有同名文件 (duplicate id: another file has the same name) | 给其中一个文件改名，或删除重复的文件 (rename or remove one of them)',
		);
	});

	test('an empty body where one is required is caught', () => {
		const dir = site({ 'practices/x.md': baseFile('practices/x.md').replace('做了什么。\n', '') });
		expect(report(dir)).toEqual([
			'content/practices/x.md | 正文 (body) | 正文为空 (the body is empty) | 在第二个 --- 之后写正文 (write the text after the closing ---)',
		]);
	});

	test('malformed YAML frontmatter is reported, and other files are still checked', () => {
		const dir = site({
			'practices/x.md': '---\ntitle: [做法\n---\n\n正文。\n',
			'brands/b.md': baseFile('brands/b.md').replace('name: 土乡丹心\n', ''),
		});
		const problems = report(dir);
		expect(problems.some((p) => p.startsWith('content/practices/x.md |  | YAML 格式错误'))).toBe(
			true,
		);
		expect(problems).toContain(
			'content/brands/b.md | name | 缺少必填字段，请在文件头部补上 (required field is missing) | 在文件头部添加一行“name: …”。各字段含义见 content/README.md (see content/README.md for every field)',
		);
	});

	test('traditional characters and pinyin pasted into a body are caught', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace('做了什么。', '黨建引領(lǐng)。'),
		});
		expect(report(dir)).toEqual([
			'content/practices/x.md | 正文 (body) | 含有拼音注音 (lǐng) (pinyin annotations pasted from a converted article) | 删除括号中的拼音，可用 npm run normalize -- <文件> 清理 (remove them; npm run normalize cleans pasted text)',
			'content/practices/x.md | 正文 (body) | 含有繁体字 黨→党 領→领 (traditional characters) | 改为简体字 (use simplified characters)',
		]);
	});

	test('a source no entry cites is reported', () => {
		const dir = site({
			'sources/unused.yaml': 'title: 没人引用\nabout: { procuratorates: [p] }\nseedFile: b.txt\n',
			'sources/unused.txt': '没人引用\n',
		});
		expect(report(dir)).toEqual([
			'content/sources/unused.yaml |  | 这个来源没有被任何条目引用 (no entry cites this source) | 在相关条目的 sources 中加入它，或删除这个文件 (cite it or remove it)',
		]);
	});

	test('a schema error does not hide a broken reference in the same file', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md')
				.replace('brand: b', 'brand: bb')
				.replace('topics: [t]', 'topics: t'),
		});
		expect(report(dir)).toEqual([
			'content/practices/x.md | topics | 无效输入：期望 数组，实际接收 string (Invalid input: expected array, received string) | 把 topics 改为列表，如 [a, b] (make topics a list, e.g. [a, b])',
			"content/practices/x.md | brand | 引用的品牌“bb”不存在 (brands 'bb' does not exist) | 改为 content/brands/ 下已有的文件名之一：b；要新建的，运行 npm run new -- brands bb 建 content/brands/bb.mdx (use an existing id, or create content/brands/bb.mdx with npm run new)",
		]);
	});

	test('broken MDX syntax names the line in the file', () => {
		const dir = site({
			'brands/b.md': null,
			'brands/b.mdx': baseFile('brands/b.md').replace('故事。', '故事 <Foo>没有闭合'),
		});
		expect(report(dir)).toEqual([
			'content/brands/b.mdx | 正文 (body) | MDX 语法错误，第 11 行 (line 11)：Expected a closing tag for `<Foo>` before the end of `paragraph` (mdx-jsx:unexpected-character) (MDX syntax error) | 检查标签是否成对闭合、花括号 { } 是否成对；普通文字中的 { < 请改用 Markdown 文件或转义 (close tags and braces)',
		]);
	});

	test('an unclosed code block is caught', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace('做了什么。', '做了什么。\n\n```\n代码'),
		});
		expect(report(dir)).toEqual([
			'content/practices/x.md | 正文 (body) | 代码块没有结束，第 13 行 (line 13) 开始的 ``` 缺少对应的结束行 (unclosed code block) | 在代码块末尾另起一行写 ``` (add a closing ``` line)',
		]);
	});

	test('a missing image file and a missing alt text are both caught', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace(
				'做了什么。',
				'做了什么。\n\n![](./tu.png)',
			),
		});
		expect(report(dir)).toEqual([
			'content/practices/x.md | 正文 (body) | 图片缺少替代文字，第 13 行 (line 13)：![](./tu.png) (image has no alt text) | 在 ![ ] 的方括号里写一句图片内容说明，供读屏软件朗读 (describe the image inside ![ ])',
			'content/practices/x.md | 正文 (body) | 找不到图片文件，第 13 行 (line 13)：./tu.png (image file not found) | 检查文件名和路径，或把图片放到这个位置 (fix the path or add the file)',
		]);
	});

	test('an image that exists, with alt text, passes', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace(
				'做了什么。',
				'做了什么。\n\n![基地外景](./tu.png)',
			),
		});
		writeFileSync(join(dir, 'content/practices/tu.png'), '');
		expect(report(dir)).toEqual([]);
	});

	test('an invalid date is caught with the expected form', () => {
		const dir = site({ 'sources/a.yaml': `${baseFile('sources/a.yaml')}date: 2024-13-01\n` });
		expect(report(dir)).toEqual([
			'content/sources/a.yaml | date | 日期“2024-13-01”无效，请写成 YYYY-MM-DD，如 2021-08-30 (invalid date, use YYYY-MM-DD) | 按提示改正 date。各字段含义见 content/README.md (see content/README.md for every field)',
		]);
	});

	test('a value outside its list names the allowed values', () => {
		const dir = site({
			'procuratorates/p.yaml': baseFile('procuratorates/p.yaml').replace('区县级', '县级'),
		});
		expect(report(dir)).toEqual([
			'content/procuratorates/p.yaml | level | 级别须为 最高检 / 省级 / 分院 / 地市级 / 区县级 之一 (level must be one of these) | 改为以下选项之一：最高检 / 省级 / 分院 / 地市级 / 区县级 (use one of the listed values)',
		]);
	});

	test('a number written as text is a wrong type, with a fix that says so', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace(
				'sources: [a]',
				'figures:\n  - label: 案件\n    value: "六"\n    unit: 件\nsources: [a]',
			),
		});
		expect(report(dir)).toEqual([
			'content/practices/x.md | figures.0.value | 数值须为数字，如 41 或 58.44 (value must be a number) | 把 figures.0.value 改为数字，不加引号 (make figures.0.value a number, without quotes)',
		]);
	});
});
