/**
 * The story kit's checks on small fixture sites: a brand story in MDX may use only the kit's
 * components with quoted props, and every id must resolve. Each failing fixture pins the exact
 * message an editor reads, with its file line.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { tempTree } from '../support/fixture.ts';

const brandHead =
	'---\nname: 某品牌\nkind: 党建品牌\nprocuratorate: p\nsummary: 一句话。\npillars: [甲]\naccent: "#1f4f9e"\nsources: [a]\n---\n\n';

const base: Record<string, string> = {
	'sources/a.yaml':
		'title: 文章\nabout: { procuratorates: [p, q], brands: [b] }\nseedFile: a.txt\n',
	// The article the fixture cites, archived so the provenance check can read it: it holds the
	// fixture's exact names, figures and quotation.
	'sources/a.txt':
		'文章\n某县人民检察院与另一县人民检察院。某品牌，甲。办理案件31件，发放救助金58.44万元。检察官王琴说：“感谢这样一次难得的机会。”又说：“好。”共12万元。2019年办案6件，2016年4月送来锦旗。\n',
	'topics/t.yaml': 'name: 司法救助\ndescription: 说明。\n',
	'procuratorates/p.yaml':
		'name: 某县人民检察院\nlevel: 区县级\nprovince: 某省\ncity: 某市\nsources: [a]\n',
	'procuratorates/q.yaml':
		'name: 另一县人民检察院\nlevel: 区县级\nprovince: 某省\ncity: 某市\nsources: [a]\n',
	'practices/x.md':
		'---\ntitle: 做法\nbrand: b\nprocuratorate: p\npillar: 甲\ntopics: [t]\nsummary: 一句话。\nfigures:\n  - { id: anjian, label: 办理案件, value: 31, unit: 件 }\n  - { id: jin, label: 发放救助金, value: 58.44, unit: 万元 }\nsources: [a]\n---\n\n做了什么。\n',
	'practices/y.md':
		'---\ntitle: 别院做法\nprocuratorate: q\ntopics: [t]\nsummary: 一句话。\nsources: [a]\n---\n\n做了什么。\n',
	'cases/c.yaml':
		'title: 案例\nbrand: b\nprocuratorate: p\ntopics: [t]\nsummary: 一句话。\nbackground: 经过。\nsources: [a]\n',
};

/** Line 11 of the brand file is the story's first line. */
const story = (body: string): Record<string, string> => ({
	'brands/b.mdx': `${brandHead}${body}\n`,
});

const report = (changes: Record<string, string | null>) =>
	checkContent(
		tempTree(
			Object.fromEntries(
				Object.entries({ ...base, ...changes }).map(([path, text]) => [`content/${path}`, text]),
			),
		),
	).map((p) => `${p.file} | ${p.field} | ${p.message} | ${p.fix}`);

const good = [
	'为群众办实事。',
	'',
	'<StatTiles ids="anjian jin" />',
	'',
	'<Quote speaker="王琴" role="检察官">“感谢这样一次难得的机会。”</Quote>',
	'',
	'<Moment title="一个场景" practice="x">在车站送别。</Moment>',
	'',
	'<Practices pillar="甲" />',
	'',
	'<CaseHighlight id="c" />',
	'',
	'<Timeline>',
	'  <Event when="2019年" practice="x">办了 6 件。</Event>',
	'  <Event when="2016年4月" case="c">送来锦旗。</Event>',
	'</Timeline>',
	'',
	'<Note title="原文未载">文章没有写年份。</Note>',
].join('\n');

/** A second practice of the brand under 甲, so a pillar has enough to highlight two. */
const secondPractice = {
	'practices/z.md': base['practices/x.md']!.replace('title: 做法', 'title: 另一做法').replace(
		/figures:[\s\S]*?sources:/,
		'sources:',
	),
};

const highlights = [
	'院里的做法。',
	'',
	'<Highlights pillar="甲">',
	'  <Highlight practice="x">院里在车站送别，说“好。”</Highlight>',
	'  <Highlight practice="z">另一项做法，也只一句。</Highlight>',
	'</Highlights>',
].join('\n');

describe('story kit', () => {
	test('a timeline date the article does not give is refused, like any fact', () => {
		const dated = good.replace('when="2019年"', 'when="2018年"');
		expect(report(story(dated)).filter((p) => p.includes('2018年'))).toEqual([
			expect.stringContaining('content/brands/b.mdx | 正文 (body) | '),
		]);
	});

	test('a story using every component correctly passes', () => {
		expect(report(story(good))).toEqual([]);
	});

	test('a practice or case whose own file is wrong is not also called missing by the story', () => {
		// The story names x (tiles of its figures, a moment, an event) and c; each file has its own
		// mistake. Told that x “does not exist”, an editor would hunt for a file that is there.
		expect(
			report({
				...story(good),
				'practices/x.md': base['practices/x.md']!.replace('summary: 一句话。\n', ''),
				'cases/c.yaml': base['cases/c.yaml']!.replace('summary: 一句话。', 'summary: 一句: 话。'),
			}).map((p) => p.split(' | ').slice(0, 2).join(' | ')),
		).toEqual(['content/practices/x.md | summary', 'content/cases/c.yaml | ']);
		// A practice that cannot be read at all: its figures are unknown, so none is called missing.
		expect(
			report({
				...story(good),
				'practices/x.md': base['practices/x.md']!.replace(
					'summary: 一句话。',
					'summary: 一句: 话。',
				),
			}).map((p) => p.split(' | ').slice(0, 2).join(' | ')),
		).toEqual(['content/practices/x.md | ']);
	});

	test('an unknown component, and an HTML tag, are named with their line', () => {
		expect(report(story('开头。\n\n<Chart ids="anjian" />\n\n<div>块</div>'))).toEqual([
			'content/brands/b.mdx | 正文 (body) | 第 13 行 (line 13)：未知的组件 <Chart>：品牌故事只能用故事组件 (unknown component <Chart>) | 改用以下组件之一：StatTiles、Quote、Moment、Practices、Highlights、Highlight、CaseHighlight、Timeline、Event、Note。用法见 content/README.md“品牌故事组件” (see “品牌故事组件” in content/README.md)',
			'content/brands/b.mdx | 正文 (body) | 第 15 行 (line 15)：不能使用 HTML 标签 <div> (HTML tags are not allowed in a story) | 改用 Markdown 写法（## 标题、- 列表、**加粗**），或用故事组件 StatTiles、Quote、Moment、Practices、Highlights、Highlight、CaseHighlight、Timeline、Event、Note (use Markdown or a kit component)',
		]);
	});

	test('import and export are rejected', () => {
		expect(report(story("import X from './x.astro';\n\n正文。"))).toEqual([
			"content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：不能使用 import / export：故事组件无需导入 (import and export are not allowed; the kit's components need no import) | 删除这一行 (delete the line). 用法见 content/README.md“品牌故事组件” (see “品牌故事组件” in content/README.md)",
		]);
	});

	test('JavaScript expressions are rejected, in text and in props', () => {
		expect(report(story('共 {1 + 1} 件。\n\n<StatTiles ids={["anjian", "jin"]} />'))).toEqual([
			'content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：不能使用花括号表达式 {1 + 1} (JavaScript expressions are not allowed) | 删除花括号及其内容；要显示花括号本身，写成 \\{ (remove the braces; write \\{ for a literal brace)',
			'content/brands/b.mdx | 正文 (body) | 第 13 行 (line 13)：组件 <StatTiles> 的属性 ids 用了花括号表达式 {["anjian", "jin"]} (prop ids is a JavaScript expression) | 改为 ids="…"，属性值一律写在引号里 (write ids="…" in quotes)',
		]);
	});

	test('a prop the component does not have, a missing prop and a wrong prop value', () => {
		expect(
			report(
				story('<Quote who="王琴">“好。”</Quote>\n\n<StatTiles ids="anjian" />\n\n<Practices />'),
			),
		).toEqual([
			'content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：组件 <Quote> 没有属性 who (<Quote> has no prop who) | 可用的属性：speaker、role、source (its props are speaker, role, source)',
			'content/brands/b.mdx | 正文 (body) | 第 13 行 (line 13)：组件 <StatTiles> 的属性 ids 有误：至少写 2 个编号，用空格分隔 (at least 2 ids, separated by spaces) (prop ids of <StatTiles> is wrong) | 按说明改正 ids。用法见 content/README.md“品牌故事组件” (see “品牌故事组件” in content/README.md)',
			'content/brands/b.mdx | 正文 (body) | 第 15 行 (line 15)：组件 <Practices> 缺少属性 pillar (<Practices> needs the prop pillar) | 加上 pillar="…"。用法见 content/README.md“品牌故事组件” (see “品牌故事组件” in content/README.md)',
		]);
	});

	test('a date written otherwise than the article would, and a Moment without its practice or case', () => {
		expect(
			report(
				story(
					'<Timeline>\n  <Event when="去年">事。</Event>\n</Timeline>\n\n<Moment title="场景">经过。</Moment>',
				),
			),
		).toEqual([
			"content/brands/b.mdx | 正文 (body) | 第 12 行 (line 12)：“去年”须与原文一字不差，但在所引来源中找不到（核对了 content/sources/a.txt） (this field must match the cited source word for word, and does not) | 照原文的写法改正；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)",
			'content/brands/b.mdx | 正文 (body) | 第 12 行 (line 12)：组件 <Event> 的属性 when 有误：日期须照原文写成“2019年”“2016年4月”或“2016年4月1日” (write the date as the article does, e.g. 2019年) (prop when of <Event> is wrong) | 按说明改正 when。用法见 content/README.md“品牌故事组件” (see “品牌故事组件” in content/README.md)',
			'content/brands/b.mdx | 正文 (body) | 第 15 行 (line 15)：组件 <Moment> 的属性 practice 有误：须写 practice 或 case 二者之一，指向这个场景所属的做法或案例 (give exactly one of practice or case) (prop practice of <Moment> is wrong) | 按说明改正 practice。用法见 content/README.md“品牌故事组件” (see “品牌故事组件” in content/README.md)',
		]);
	});

	test('ids that do not resolve: a figure, a pillar, a practice of another procuratorate, a case, a source', () => {
		expect(
			report(
				story(
					[
						'<StatTiles ids="anjian renshu" />',
						'',
						'<Practices pillar="乙" />',
						'',
						'<Moment title="场景" practice="y">经过。</Moment>',
						'',
						'<CaseHighlight id="cc" />',
						'',
						'<Quote source="b">“好。”</Quote>',
					].join('\n'),
				),
			),
		).toEqual([
			"content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：组件 <StatTiles> 引用的数据“renshu”不存在 (no figure of this brand has id 'renshu') | 改为本品牌、其做法或案例中某项数据的 id：anjian, jin；或在那项数据下加一行 id: renshu (use an existing figure id, or add it to the figure)",
			"content/brands/b.mdx | 正文 (body) | 第 13 行 (line 13)：组件 <Practices> 的板块“乙”不是本品牌的板块 (not one of the brand's pillars) | 改为以下之一：甲 (use one of the brand's pillars)",
			"content/brands/b.mdx | 正文 (body) | 第 15 行 (line 15)：组件 <Moment> 引用的做法 (practice)“y”属于另一个检察院 ('y' belongs to another procuratorate) | 改为本院的以下之一：x (use one of this procuratorate's)",
			"content/brands/b.mdx | 正文 (body) | 第 17 行 (line 17)：组件 <CaseHighlight> 引用的案例 (case)“cc”不存在 ('cc' does not exist) | 改为本院的以下之一：c (use one of this procuratorate's)",
			"content/brands/b.mdx | 正文 (body) | 第 19 行 (line 19)：组件 <Quote> 的来源“b”不在本品牌的 sources 中 (the source is not one of the brand's) | 改为以下之一：a，或在品牌的 sources 中加入它 (use one of the brand's sources)",
		]);
	});

	test('a component inside a sentence is caught: it would put a block inside a paragraph', () => {
		expect(report(story('院里说 <Note>旁注</Note> 就这样。'))).toEqual([
			'content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：组件 <Note> 须单独成段 (<Note> must stand on its own) | 把 <Note> 移到单独的一行，前后各空一行 (put it on its own line, with a blank line before and after)',
		]);
	});

	test('components in the wrong place, empty or with text they do not take', () => {
		expect(
			report(
				story(
					[
						'<Event when="2019年">事。</Event>',
						'',
						'<Timeline>',
						'  随便写的字',
						'</Timeline>',
						'',
						'<Note></Note>',
						'',
						'<Practices pillar="甲">多余的字</Practices>',
					].join('\n'),
				),
			),
		).toEqual([
			'content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：组件 <Event> 只能写在 <Timeline> 里面 (<Event> belongs inside <Timeline>) | 把它移到 <Timeline> 与 </Timeline> 之间 (move it inside <Timeline>)',
			'content/brands/b.mdx | 正文 (body) | 第 13 行 (line 13)：<Timeline> 里只能写一个或多个 <Event> (a <Timeline> holds only <Event> entries) | 每个事件写成 <Event when="2019年">……</Event> (write each event as an <Event>)',
			'content/brands/b.mdx | 正文 (body) | 第 17 行 (line 17)：组件 <Note> 缺少内容 (<Note> is empty) | 在 <Note> 与 </Note> 之间写上内容 (write its text between the tags)',
			'content/brands/b.mdx | 正文 (body) | 第 19 行 (line 19)：组件 <Practices> 不包含文字 (<Practices> takes no text) | 写成自闭合标签 <Practices … /> (close it with />)',
		]);
	});

	test('a pillar told in highlights passes', () => {
		expect(report({ ...story(highlights), ...secondPractice })).toEqual([]);
	});

	test('a highlight of another brand’s, another pillar’s or a missing practice, or told twice', () => {
		const wrong = [
			'<Highlights pillar="甲">',
			'  <Highlight practice="x">一句话。</Highlight>',
			'  <Highlight practice="x">又一句。</Highlight>',
			'  <Highlight practice="y">别院的。</Highlight>',
			'  <Highlight practice="w">乙板块的。</Highlight>',
			'  <Highlight practice="zz">写错的。</Highlight>',
			'</Highlights>',
		].join('\n');
		expect(
			report({
				...story(wrong),
				...secondPractice,
				'brands/b.mdx': `${brandHead.replace('pillars: [甲]', 'pillars: [甲, 乙]')}${wrong}\n`,
				'sources/a.txt': base['sources/a.txt']!.replace('甲。', '甲，乙。'),
				'practices/w.md': base['practices/x.md']!.replace('pillar: 甲', 'pillar: 乙').replace(
					/figures:[\s\S]*?sources:/,
					'sources:',
				),
			}),
		).toEqual([
			"content/brands/b.mdx | 正文 (body) | 第 13 行 (line 13)：做法“x”在这个 <Highlights> 里写了两次 (practice 'x' is told twice) | 删去其中一个 <Highlight> (remove one of them)",
			"content/brands/b.mdx | 正文 (body) | 第 14 行 (line 14)：组件 <Highlight> 引用的做法“y”不属于本品牌 ('y' is not this brand's practice) | 改为本品牌板块“甲”下的做法：x, z (the brand's practices under this pillar)",
			"content/brands/b.mdx | 正文 (body) | 第 15 行 (line 15)：组件 <Highlight> 引用的做法“w”不在板块“甲”下 ('w' is filed under another pillar) | 改为本品牌板块“甲”下的做法：x, z (the brand's practices under this pillar)，或把它写进它自己板块的 <Highlights> (or tell it under its own pillar)",
			"content/brands/b.mdx | 正文 (body) | 第 16 行 (line 16)：组件 <Highlight> 引用的做法“zz”不存在 ('zz' does not exist) | 改为本品牌板块“甲”下的做法：x, z (the brand's practices under this pillar)",
			'content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：<Highlights pillar="甲"> 写了 5 项做法，须写 2–3 项 (tell 2 to 3 practices) | 从本品牌板块“甲”下的做法：x, z (the brand\'s practices under this pillar)中挑选；其余做法由组件末尾“全部做法”的链接列出 (the rest are on the pillar\'s full list, linked at the end)',
		]);
	});

	test('highlights: one practice where the pillar has two, two sentences, stray text, one outside', () => {
		const wrong = [
			'<Highlights pillar="甲">',
			'  <Highlight practice="x">第一句。第二句说“好。”也算。</Highlight>',
			'  随便写的字',
			'</Highlights>',
			'',
			'<Highlight practice="z">外面的。</Highlight>',
		].join('\n');
		expect(report({ ...story(wrong), ...secondPractice })).toEqual([
			'content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：<Highlights> 里只能写 <Highlight> (a <Highlights> holds only <Highlight> entries) | 每项做法写成 <Highlight practice="做法编号">一句话。</Highlight> (write each practice as a <Highlight>)',
			'content/brands/b.mdx | 正文 (body) | 第 11 行 (line 11)：<Highlights pillar="甲"> 写了 1 项做法，须写 2–3 项 (tell 2 to 3 practices) | 从本品牌板块“甲”下的做法：x, z (the brand\'s practices under this pillar)中挑选；其余做法由组件末尾“全部做法”的链接列出 (the rest are on the pillar\'s full list, linked at the end)',
			'content/brands/b.mdx | 正文 (body) | 第 12 行 (line 12)：<Highlight> 只写一句话 (a <Highlight> tells its practice in one sentence) | 只留一句（句号、问号或叹号只在句末）；详细内容写在做法页里 (keep one sentence; the detail belongs on the practice page)',
			'content/brands/b.mdx | 正文 (body) | 第 16 行 (line 16)：组件 <Highlight> 只能写在 <Highlights> 里面 (<Highlight> belongs inside <Highlights>) | 把它移到 <Highlights> 与 </Highlights> 之间 (move it inside <Highlights>)',
		]);
	});

	test('a pillar with one practice of the brand is told with that one', () => {
		const one =
			'<Highlights pillar="甲">\n  <Highlight practice="x">一句话。</Highlight>\n</Highlights>';
		expect(report(story(one))).toEqual([]);
	});

	test('a figure id used twice within one brand is caught', () => {
		expect(
			report({
				...story(good),
				'cases/c.yaml': `${base['cases/c.yaml']!}figures:\n  - { id: jin, label: 金额, value: 12, unit: 万元 }\n`,
			}),
		).toEqual([
			"content/cases/c.yaml | figures.0.id | 数据编号“jin”在品牌“b”中重复，content/practices/x.md 已经用过 (figure id 'jin' is used twice in brand 'b') | 给其中一项换一个编号，并同步修改品牌故事中的引用 (give one of them another id, and update the story)",
		]);
	});
});

describe('brand colours', () => {
	test('a colour too light to read as text on the page is rejected, with its contrast', () => {
		expect(
			report({ 'brands/b.mdx': `${brandHead.replace('#1f4f9e', '#e07a7a')}故事。\n` }),
		).toEqual([
			'content/brands/b.mdx | accent | 品牌色 #e07a7a 太浅：在浅色背景上的对比度只有 2.6:1，须至少 4.5:1，请选更深的颜色 (accent is too light: contrast below 4.5:1; choose a darker colour) | 按提示改正 accent。各字段含义见 content/README.md (see content/README.md for every field)',
		]);
	});

	test('every brand is MDX, so its story can use the kit', async () => {
		const { readAllEntries } = await import('../../src/lib/content-check/read.ts');
		const { root } = await import('../support/site.ts');
		const files = readAllEntries(root).filter((e) => e.collection === 'brands');
		expect(files.length).toBeGreaterThan(0);
		expect(files.filter((e) => !e.file.endsWith('.mdx')).map((e) => e.file)).toEqual([]);
	});

	test('the brands’ colours reach AA on white and the wash, and 9:1 in 高对比', async () => {
		const { readAllEntries } = await import('../../src/lib/content-check/read.ts');
		const { AA, HIGH_CONTRAST, brandBackgrounds, contrast, strengthen } =
			await import('../../src/schemas/colour.ts');
		const { root } = await import('../support/site.ts');
		const accents = readAllEntries(root)
			.filter((e) => e.collection === 'brands')
			.map((e) => String((e.data as { accent: string }).accent));
		expect(new Set(accents).size).toBe(accents.length);
		for (const accent of accents) {
			for (const bg of brandBackgrounds) expect(contrast(accent, bg)).toBeGreaterThanOrEqual(AA);
			expect(contrast(strengthen(accent, HIGH_CONTRAST), '#ffffff')).toBeGreaterThanOrEqual(
				HIGH_CONTRAST,
			);
		}
	});
});

describe('the guide', () => {
	test('shows every story-kit example of content/README.md rendered, verbatim', async () => {
		const { readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { root } = await import('../support/site.ts');
		const guide = readFileSync(join(root, 'content/README.md'), 'utf8');
		const section = guide.slice(guide.indexOf('## 品牌故事组件'));
		const examples = [...section.matchAll(/```mdx\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
		const rendered = readFileSync(join(root, 'src/pages/guide/_story-examples.mdx'), 'utf8');
		expect(examples.length).toBe(8);
		for (const example of examples) expect(rendered).toContain(example);
	});
});

describe('brand page helpers', () => {
	test('only figures that share a series (and unit) are charted, two or more to a chart', async () => {
		const { seriesGroups } = await import('../../src/lib/site/relations.ts');
		const f = (label: string, value: number, unit: string, series?: string) => ({
			label,
			value,
			unit,
			approx: false,
			featured: false,
			topics: [],
			...(series && { series }),
		});
		const groups = seriesGroups([
			f('刑事', 50, '件', '人均办案量'),
			f('民行', 70, '件', '人均办案量'),
			f('重大难案件', 78, '件'),
			f('孤单', 3, '个', '只有一项'),
		]);
		expect(groups.map((g) => [g.series, g.unit, g.figures.map((x) => x.label)])).toEqual([
			['人均办案量', '件', ['刑事', '民行']],
		]);
	});

	test('the cases a story tells are found, so the page does not list them twice', async () => {
		const { casesInStory } = await import('../../src/lib/site/story.ts');
		expect([
			...casesInStory(
				'<Moment title="场景" case="c1">经过。</Moment>\n\n<CaseHighlight id="c2" />\n\n<Moment title="场景" practice="p">经过。</Moment>',
			),
		]).toEqual(['c1', 'c2']);
	});

	test('the pillars a story lists or highlights are found, so the page does not list them twice', async () => {
		const { pillarsInStory } = await import('../../src/lib/site/story.ts');
		expect([
			...pillarsInStory(
				'开头\n\n<Practices pillar="甲" />\n\n<Practices  pillar="乙"/>\n\n<Highlights pillar="丙">\n</Highlights>',
			),
		]).toEqual(['甲', '乙', '丙']);
	});
});
