/**
 * The provenance checks (`src/lib/content-check/provenance/`): each rule shown failing on a
 * small fixture site with the exact message an editor reads, and passing once the text follows
 * the archived article. The real content's archives are pinned last.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	canonical,
	correctionUses,
	correctionsUsed,
	COPIED_RUN,
	readArchive,
} from '../../src/lib/content-check/provenance/index.ts';
import { readAllEntries } from '../../src/lib/content-check/read.ts';
import { validateEntries } from '../../src/lib/content-check/validate.ts';
import { normalizeText } from '../../src/lib/editor/normalize.ts';
import type { Correction } from '../../src/schemas/sources.ts';
import { article, baseFile, contentSite as site, report } from '../support/content-site.ts';
import { root } from '../support/site.ts';

/** The practice with `body` as its text and `front` lines added to its frontmatter. */
const practice = (body: string, front = '') => ({
	'practices/x.md': baseFile('practices/x.md')
		.replace('sources: [a]\n', `${front}sources: [a]\n`)
		.replace('做了什么。\n', `${body}\n`),
});

test('a site that follows its article has no problems', () => {
	expect(report(site())).toEqual([]);
});

describe('1. quotations are verbatim', () => {
	test('a quotation the article does not have is reported, with the nearest passage', () => {
		expect(report(site(practice('院里打造了“土乡丹心 检如磐石”党建品牌。'))))
			.toMatchInlineSnapshot(`
				[
				  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：引号内的文字“土乡丹心 检如磐石”在所引来源中找不到原样（核对了 content/sources/a.txt；原文最接近的是““土乡丹心”党建品牌”） (quoted text not found verbatim in the cited source) | 照原文一字不差地改正；不是原话就去掉引号，用自己的话写；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source exactly, or drop the quotation marks and use your own words; register a misprint in the source's corrections)",
				]
			`);
	});

	test('quotation marks of any kind, straight or curly, full- or half-width, compare alike', () => {
		expect(
			report(
				site(practice('品牌叫「土乡丹心」，又作"土乡丹心"、‘土乡丹心’，院里设《党建领航》板块。')),
			),
		).toEqual([]);
	});

	test('a quotation mark left open is reported', () => {
		expect(report(site(practice('院里打造“土乡丹心品牌。')))).toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：引号没有闭合，从这里开始：“土乡丹心品牌。 (a quotation mark is never closed) | 补上对应的另一半引号，或删去多余的引号 (close the quotation or remove the stray mark)",
			]
		`);
	});
});

describe('2. names the schema marks exact are verbatim', () => {
	test('a named mechanism the article does not give is reported', () => {
		expect(
			report(
				site(practice('院里提供司法救助。', 'named:\n  - name: 司法救助中心\n    kind: 机制\n')),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | named.0.name | 第 9 行 (line 9)：“司法救助中心”须与原文一字不差，但在所引来源中找不到（核对了 content/sources/a.txt；原文最接近的是“司法救助案件”） (this field must match the cited source word for word, and does not) | 照原文的写法改正；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)",
			]
		`);
	});

	test('a pillar is checked, unless the brand says its pillars are the site’s own grouping', () => {
		const brand = baseFile('brands/b.md').replace('[党建领航, 党员示范]', '[党建领航, 服务大局]');
		expect(report(site({ 'brands/b.md': brand }))).toMatchInlineSnapshot(`
			[
			  "content/brands/b.md | pillars.1 | 第 6 行 (line 6)：“服务大局”须与原文一字不差，但在所引来源中找不到（核对了 content/sources/a.txt） (this field must match the cited source word for word, and does not) | 照原文的写法改正；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)",
			]
		`);
		expect(
			report(site({ 'brands/b.md': brand.replace('accent:', 'pillarsBySite: true\naccent:') })),
		).toEqual([]);
	});

	test('a case title is checked only when it is marked as the official title', () => {
		const item =
			'title: 帮困难群众讨薪\nprocuratorate: p\ntopics: [t]\nsummary: 为困难群众讨回工资。\noutcome: 追回劳动报酬。\nsources: [a]\n';
		expect(report(site({ 'cases/c.yaml': item }))).toEqual([]);
		expect(report(site({ 'cases/c.yaml': `officialTitle: true\n${item}` }))).toMatchInlineSnapshot(`
			[
			  "content/cases/c.yaml | title | 第 2 行 (line 2)：“帮困难群众讨薪”须与原文一字不差，但在所引来源中找不到（核对了 content/sources/a.txt） (this field must match the cited source word for word, and does not) | 照原文的写法改正；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)",
			]
		`);
	});

	test('a source’s own headline is checked against its archive', () => {
		expect(
			report(
				site({
					'sources/a.yaml': baseFile('sources/a.yaml').replace('出实效', '见实效'),
				}),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/sources/a.yaml | title | 第 1 行 (line 1)：“互助县检察院：党建引领见实效”须与原文一字不差，但在所引来源中找不到（核对了 content/sources/a.txt；原文最接近的是“互助县检察院：党建引领出实效”） (this field must match the cited source word for word, and does not) | 照原文的写法改正；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)",
			]
		`);
	});
});

describe('3. figures appear with their unit and 余/多', () => {
	/** The practice with `lines` as its figures. */
	const figure = (lines: string) => practice('做了什么。', `figures:\n${lines}`);

	test('value, unit, 余 and display forms that the article has pass', () => {
		const lines =
			'  - label: 救助金\n    value: 58.44\n    unit: 万元\n  - label: 劳动报酬\n    value: 80\n    unit: 万元\n    approx: true\n  - label: 同上\n    value: 80\n    unit: 万元\n    display: 80余万元\n';
		expect(report(site(figure(lines)))).toEqual([]);
	});

	test('a figure missing its 余, or a number found only inside a longer one (1 in 31), is reported', () => {
		const lines =
			'  - label: 劳动报酬\n    value: 80\n    unit: 万元\n  - label: 案件\n    value: 1\n    unit: 件\n';
		expect(report(site(figure(lines)))).toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | figures.0 | 第 9 行 (line 9)：数据“80万元”在所引来源中找不到：数值、“余/多”和单位须与原文一致（核对了 content/sources/a.txt；原文同一单位的数字有：58.44万元、80余万元） (figure not found in the cited source: value, 余/多 and unit must match it) | 核对 value、unit 和 approx（原文写“余”“多”时填 true）；原文写法不同时（如“41万余元”“十余部”）用 display 照录 (check value, unit and approx; where the source writes it differently, copy its form into display)",
			  "content/practices/x.md | figures.1 | 第 12 行 (line 12)：数据“1件”在所引来源中找不到：数值、“余/多”和单位须与原文一致（核对了 content/sources/a.txt；原文同一单位的数字有：31件） (figure not found in the cited source: value, 余/多 and unit must match it) | 核对 value、unit 和 approx（原文写“余”“多”时填 true）；原文写法不同时（如“41万余元”“十余部”）用 display 照录 (check value, unit and approx; where the source writes it differently, copy its form into display)",
			]
		`);
	});
});

describe(`4. no run of more than ${COPIED_RUN} Han characters of the article in the site's own words`, () => {
	test(`${COPIED_RUN} shared characters pass; one more is a copied clause`, () => {
		expect(report(site(practice('他们常年奔走在田间地头为群众排忧。')))).toEqual([]);
		expect(report(site(practice('他们常年奔走在田间地头为群众排忧解。')))).toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：有 15 个字与原文 content/sources/a.txt 连续相同（比较时略去标点、空格和“的地得了”，引号内的话、名称和数字不计）：“常年奔走在田间地头为群众排忧解”（上限 14 个） (a run of 15 characters copied from the source, punctuation aside; at most 14 may be shared) | 用自己的话改写这一句（数字、名称可以保留）；确需原话的，加引号一字不差地引用 (rewrite it in your own words, keeping names and figures; or quote the source exactly)",
			]
		`);
	});

	test('a sentence copied clause by clause is one run: commas do not break it', () => {
		expect(report(site(practice('院里全面排查安全领域事故案件，稳步推进全县的工作。'))))
			.toMatchInlineSnapshot(`
				[
				  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：有 18 个字与原文 content/sources/a.txt 连续相同（比较时略去标点、空格和“的地得了”，引号内的话、名称和数字不计）：“全面排查安全领域事故案件，稳步推进全县”（上限 14 个） (a run of 18 characters copied from the source, punctuation aside; at most 14 may be shared) | 用自己的话改写这一句（数字、名称可以保留）；确需原话的，加引号一字不差地引用 (rewrite it in your own words, keeping names and figures; or quote the source exactly)",
				]
			`);
	});

	test('a figure’s label may say what is counted in the words of the sentence that states it; the same words in prose may not', () => {
		const words = '为困难群众开展心理疏导和法律援助等多元帮扶服务';
		const told = { 'sources/a.txt': `${article}\n院里${words}共计12次。` };
		const labelled = practice(
			'做了什么。',
			`figures:\n  - label: ${words}\n    value: 12\n    unit: 次\n`,
		);
		expect(report(site({ ...told, ...labelled }))).toEqual([]);
		expect(report(site({ ...told, ...practice(`院里${words}。`) }))).toEqual([
			expect.stringContaining(`与原文 content/sources/a.txt 连续相同`),
		]);
	});

	test('quoted text and names marked exact may repeat the article', () => {
		expect(
			report(site(practice('院里说，干警“常年奔走在田间地头为群众排忧解难化解矛盾纠纷”。'))),
		).toEqual([]);
		expect(report(site(practice('院里获评全省维护妇女儿童权益先进集体。')))).toEqual([]);
	});
});

describe('5. a misprint is corrected only through the source’s corrections list', () => {
	const corrections =
		'corrections:\n  - printed: 湖源治理\n    written: 溯源治理\n    why: 同文另处作“溯源治理”。\n';
	const quoted = practice('院里稳步推进全县的“安全生产溯源治理”。');

	test('a silently corrected quotation is reported', () => {
		expect(report(site(quoted))).toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：引号内的文字“安全生产溯源治理”在所引来源中找不到原样（核对了 content/sources/a.txt；原文最接近的是“稳步推进全县安全生产湖源治理”） (quoted text not found verbatim in the cited source) | 照原文一字不差地改正；不是原话就去掉引号，用自己的话写；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source exactly, or drop the quotation marks and use your own words; register a misprint in the source's corrections)",
			]
		`);
	});

	test('a listed correction lets the site write the corrected phrase, never in quotation marks, and says where it is used', () => {
		const listed = { 'sources/a.yaml': `${baseFile('sources/a.yaml')}${corrections}` };
		expect(report(site({ ...quoted, ...listed }))).toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：引号内的文字“安全生产溯源治理”是本站按更正改过的写法，原文印作“安全生产湖源治理”：引号表示原文的原话，更正过的说法不能加引号（核对了 content/sources/a.txt） (a corrected phrase is set in quotation marks as if the article printed it) | 去掉引号，用自己的话写这件事（页面会在这句旁边注明更正）；或照原文的印法引用 (drop the quotation marks and write it in your own words, and the page notes the correction beside it; or quote the misprint as printed)",
			]
		`);
		const plain = practice('院里稳步推进全县的安全生产溯源治理。');
		const dir = site({ ...plain, ...listed });
		expect(report(dir)).toEqual([]);
		const { valid } = validateEntries(readAllEntries(dir));
		const x = valid.find((e) => e.id === 'x')!;
		const a = valid.find((e) => e.id === 'a')!;
		const sources = [
			{ id: 'a', file: 'a.txt', text: article, corrections: a.data['corrections'] as Correction[] },
		];
		expect(correctionsUsed('practices', x.data, x.body, sources)).toEqual([
			{
				source: 'a',
				field: '正文 (body)',
				correction: { printed: '湖源治理', written: '溯源治理', why: '同文另处作“溯源治理”。' },
			},
		]);
		expect(correctionUses('院里稳步推进全县的安全生产溯源治理。', sources)).toEqual([
			expect.objectContaining({ start: 13, end: 17, source: 'a' }),
		]);
		// Where the article itself has the corrected form, no correction is used.
		expect(
			correctionsUsed('practices', { ...x.data, summary: '通过溯源治理督促修复。' }, '', sources),
		).toEqual([]);
	});

	test('a correction whose printed text is not in the archive is reported', () => {
		const wrong = corrections.replace('printed: 湖源治理', 'printed: 湖原治理');
		expect(report(site({ 'sources/a.yaml': `${baseFile('sources/a.yaml')}${wrong}` })))
			.toMatchInlineSnapshot(`
				[
				  "content/sources/a.yaml | corrections.0.printed | 第 5 行 (line 5)：“湖原治理”须与原文一字不差，但在所引来源中找不到（核对了 content/sources/a.txt；原文最接近的是“湖源治理”） (this field must match the cited source word for word, and does not) | 照原文的写法改正；原文确有错字的，在 content/sources/a.yaml 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)",
				]
			`);
	});
});

describe('6. reference data is never presented as an article fact', () => {
	test('a city the article does not give, in full or without its suffix, is reported; a province it gives is not', () => {
		expect(report(site(practice('院里在青海省开展工作。')))).toEqual([]);
		expect(report(site(practice('院里在海东市开展工作，海东的群众都知道。'))))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：“海东市”是检察院所在地的参考资料，所引来源（content/sources/a.txt）中没有，不能写成文章的事实 (a place from the procuratorates' reference data that the cited source does not give) | 删去这个地名，只写来源中出现的地名；所在地只填在检察院的 province / city / county 字段 (remove it; a place the article does not give belongs only in the procuratorate's reference fields)",
			  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：“海东”是检察院所在地的参考资料，所引来源（content/sources/a.txt）中没有，不能写成文章的事实 (a place from the procuratorates' reference data that the cited source does not give) | 删去这个地名，只写来源中出现的地名；所在地只填在检察院的 province / city / county 字段 (remove it; a place the article does not give belongs only in the procuratorate's reference fields)",
			]
		`);
	});
});

describe('7. a story component’s attributes are read as what they are', () => {
	/** The brand as MDX, with `story` for its story (line 11 on). */
	const brand = (story: string) => ({
		'brands/b.md': null,
		'brands/b.mdx': baseFile('brands/b.md').replace('故事。', story),
	});

	test('a scene’s heading is the site’s own words: quotation marks in it hold the article’s words, named with the attribute and its line', () => {
		const scene = (title: string) =>
			brand(`<Moment\n  title="${title}"\n  practice="x"\n>\n院里做了事。\n</Moment>`);
		expect(report(site(scene('“土乡丹心”的由来')))).toEqual([]);
		expect(report(site(scene('“暖冬行动”')))).toMatchInlineSnapshot(`
			[
			  "content/brands/b.mdx | 正文 (body) | 第 12 行 (line 12)，<Moment> 的 title 属性 (the title of <Moment>)：引号内的文字“暖冬行动”在所引来源中找不到原样（核对了 content/sources/a.txt） (quoted text not found verbatim in the cited source) | 这是本站自己的标题：去掉引号，或照原文一字不差地写引号里的话 (a heading of the site's own: drop the quotation marks, or quote the source exactly)",
			]
		`);
	});

	test('ids and a tag over several lines are never read as text, and the lines after it keep their numbers', () => {
		const story =
			'<Moment\n  title="一个场景"\n  practice="x"\n>\n院里做了事。\n</Moment>\n\n院里打造“土乡丹心品牌”。';
		expect(report(site(brand(story)))).toEqual([
			expect.stringContaining(
				'content/brands/b.mdx | 正文 (body) | 第 18 行 (line 18)：引号内的文字“土乡丹心品牌”',
			),
		]);
	});
});

describe('the archive', () => {
	test('a source without its archive is reported once; its entries wait for it rather than fail', () => {
		expect(report(site({ 'sources/a.txt': null }))).toMatchInlineSnapshot(`
			[
			  "content/sources/a.yaml |  | 缺少原文存档 content/sources/a.txt：没有它就无法核对引用这篇文章的条目 (the article's archived text is missing, so entries citing it cannot be checked) | 把文章全文按发表原样保存为 content/sources/a.txt（UTF-8），见 content/README.md“原文存档” (save the article's full text, as published, in that file)",
			]
		`);
	});

	test('an archive with no source entry is reported', () => {
		expect(report(site({ 'sources/b.txt': '另一篇。' }))).toMatchInlineSnapshot(`
			[
			  "content/sources/b.txt |  | 原文存档 b.txt 没有对应的来源条目 content/sources/b.yaml (an archive with no source entry) | 存档须命名为 <来源编号>.txt（简体副本为 <来源编号>-simplified.txt），与来源条目同名；否则删除它 (name it after its source entry, or remove it)",
			]
		`);
	});

	test('an archive in traditional characters needs a simplified copy, which is then checked against', () => {
		const traditional = '黨建引領(lǐng)出實效';
		expect(report(site({ 'sources/a.txt': `${traditional}\n${article}` }))).toMatchInlineSnapshot(`
			[
			  "content/sources/a.yaml |  | 原文存档 content/sources/a.txt 是繁体字或带拼音注音，无法与本站的简体文字核对 (the archive is in traditional characters or carries pinyin, so it cannot be checked against) | 运行 npm run normalize -- content/sources/a.txt --out content/sources/a-simplified.txt 生成简体副本，手工改正的地方记入 archiveFixes (make a simplified copy with npm run normalize; record hand fixes in archiveFixes)",
			]
		`);
		expect(
			report(
				site({
					'sources/a.txt': `${traditional}\n${article}`,
					'sources/a-simplified.txt': article,
				}),
			),
		).toEqual([]);
	});
	test('a hand fix of the simplified copy may quote what the converter wrote; the same words in prose may not', () => {
		const fix = [
			'archiveFixes:',
			'  - converted: 党建引领出实效',
			'    fixed: 党建引领出实效',
			'    why: OpenCC 把“著眼”照搬为“著”。',
			'',
		].join('\n');
		expect(report(site({ 'sources/a.yaml': `${baseFile('sources/a.yaml')}${fix}` }))).toEqual([]);
		const inProse = report(site(practice('转换器把“著眼”照搬为“著”。')));
		expect(inProse.map((line) => line.match(/引号内的文字“(.+?)”/)?.[1])).toEqual(['著眼', '著']);
	});
});

describe('the shared normalisation', () => {
	test('folds traditional characters, punctuation variants, full-width letters and digits, and whitespace', () => {
		expect(canonical('黨建 “心橋”，ＡＢ１２：「融+」・船城').text).toBe(
			'党建"心桥",ab12:"融+"·船城',
		);
	});
});

describe('the real archives', () => {
	const dir = join(root, 'content', 'sources');

	test('source 000’s simplified copy is `npm run normalize` of the published text plus exactly the recorded fixes', () => {
		const published = readFileSync(join(dir, 'shanghai-xinqiao.txt'), 'utf8');
		const { valid } = validateEntries(readAllEntries(root));
		const fixes = valid.find((e) => e.collection === 'sources' && e.id === 'shanghai-xinqiao')!
			.data['archiveFixes'] as Array<{ converted: string; fixed: string }>;
		const expected = fixes.reduce(
			(text, f) => text.split(f.converted).join(f.fixed),
			normalizeText(published),
		);
		expect(readArchive(dir, 'shanghai-xinqiao')!.text).toBe(expected);
		expect(fixes.map((f) => `${f.converted}→${f.fixed}`)).toEqual([
			'从政治上著眼，从法治上著力→从政治上着眼，从法治上着力',
		]);
	});

	test('source 003’s misprint is corrected where the site uses it, and only there', () => {
		const { valid } = validateEntries(readAllEntries(root));
		const source = valid.find(
			(e) => e.collection === 'sources' && e.id === 'huzhu-tuxiang-danxin',
		)!;
		const archived = [
			{
				id: source.id,
				...readArchive(dir, source.id)!,
				corrections: source.data['corrections'] as Correction[],
			},
		];
		const using = valid
			.filter((e) => (e.data['sources'] as string[] | undefined)?.includes(source.id))
			.filter((e) => correctionsUsed(e.collection, e.data, e.body, archived).length > 0)
			.map((e) => e.id);
		expect(using).toEqual(['huzhu-anquan-shengchan']);
	});
});
