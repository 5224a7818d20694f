/** Where headings may break a line (src/lib/text/line-breaks.ts) and how pages mark it (word-breaks.ts). */
import { describe, expect, test } from 'vitest';
import { markWordBreaks } from '../../src/lib/site/word-breaks.ts';
import { Terms, WHOLE, wordBreaks, wordPieces } from '../../src/lib/text/line-breaks.ts';

const terms = new Terms(['党建', '检察院', '四化工作法', '第一分院']);

describe('word breaks', () => {
	test('between words, never inside one', () => {
		expect(wordPieces('特殊群体保护', terms)).toEqual(['特殊', '群体', '保护']);
	});

	test('the site’s terms stay whole, where the splitter alone would cut them', () => {
		expect(wordPieces('所属检察院党建', Terms.none)).toContain('院');
		expect(wordPieces('所属检察院党建', terms)).toEqual(['所属', '检察院', '党建']);
		expect(wordPieces('“四化工作法”党支部', terms)[0]).toBe('“四化工作法”');
	});

	test('a term too long for a narrow column breaks where its own words meet, its shorter terms whole', () => {
		const long = new Terms(['上海市人民检察院第一分院', '人民检察院', '第一分院']);
		const pieces = wordPieces('上海市人民检察院第一分院', long);
		expect(pieces).toEqual(['上海市', '人民检察院', '第一分院']);
		expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(WHOLE);
		// Up to eight characters a term stays whole, as before.
		expect(wordPieces('所属四化工作法', terms)).toEqual(['所属', '四化工作法']);
	});

	test('a number keeps its unit, and no text starts or ends with a lone character', () => {
		expect(
			wordBreaks('追讨欠薪2000余万元', terms).map((i) => '追讨欠薪2000余万元'.slice(i)),
		).not.toContain('万元');
		expect(wordBreaks('出处')).toEqual([]);
		expect(wordPieces('做法与荣誉', terms).at(-1)!.length).toBeGreaterThan(1);
	});

	test('two terms meet at a break even where the splitter reads a word across them', () => {
		// The splitter reads 人性 (human nature) in 未成年人性侵: a line ending …人性 misreads.
		expect(wordPieces('涉未成年人性侵案', Terms.none)).toContain('人性');
		const both = new Terms(['未成年人', '性侵']);
		expect(wordPieces('涉未成年人性侵案', both)).toEqual(['涉未成年人', '性侵案']);
		// A term's edge that would leave one character alone is not a break: 蓬安县, not 蓬安/县.
		expect(wordPieces('所属蓬安县', new Terms(['蓬安']))).toEqual(['所属', '蓬安县']);
	});

	test('an ordinal stays with what it counts, where the splitter cuts after the numeral', () => {
		expect(wordPieces('所属第一分院', Terms.none)).toEqual(['所属', '第一分院']);
		expect(wordPieces('第二届全国检察机关', Terms.none)[0]).toBe('第二届');
		expect(wordPieces('第3检察部', Terms.none)).toEqual(['第3检察部']);
		// Only after the numeral: 第 itself is not held to what comes before it.
		expect(wordPieces('检察院第一分院', new Terms(['检察院']))).toEqual(['检察院', '第一分院']);
	});

	test('a mark at either end of a text is no lone character: the text goes on across a tag', () => {
		// 改正（<code>archiveFixes</code>）: the text before the tag ends with its opening bracket.
		expect(wordPieces('手工改正（', Terms.none)).toEqual(['手工', '改正', '（']);
		expect(wordPieces('）之后', Terms.none)).toEqual(['）', '之后']);
	});

	test('Latin text and spaces are the browser’s to break', () => {
		expect(wordBreaks('npm run build')).toEqual([]);
	});
});

describe('marking a page', () => {
	test('headings, table cells, dt/dd and keep-words elements get <wbr>; other text, tags and entities do not', () => {
		const html = markWordBreaks(
			'<h2 id="a"><a href="/特殊群体/">特殊群体保护&amp;党建品牌</a></h2><p>特殊群体保护</p>' +
				'<p class="text-sm keep-words">第一分院检察官</p><thead><th scope="col">所属检察院</th>' +
				'<td>特殊群体保护</td><tdx>特殊群体</tdx><dl><dt>所属</dt><dd>特殊群体保护</dd></dl>',
			terms,
		);
		expect(html).toBe(
			'<h2 id="a"><a href="/特殊群体/" aria-label="特殊群体保护&amp;党建品牌">特殊<wbr>群体<wbr>保护&amp;党建<wbr>品牌</a></h2><p>特殊群体保护</p>' +
				'<p class="text-sm keep-words">第一分院<wbr>检察官</p><thead><th scope="col" aria-label="所属检察院">所属<wbr>检察院</th>' +
				'<td>特殊<wbr>群体<wbr>保护</td><tdx>特殊群体</tdx><dl><dt>所属</dt><dd>特殊<wbr>群体<wbr>保护</dd></dl>',
		);
	});

	test('a link whose text gets <wbr> is named by its text as shown, not with a space per break', () => {
		expect(
			markWordBreaks(
				'<td><a href="/x/" class="b">特殊群体保护</a> <a href="/y/">党建</a></td>',
				terms,
			),
		).toBe(
			'<td><a href="/x/" class="b" aria-label="特殊群体保护">特殊<wbr>群体<wbr>保护</a> <a href="/y/">党建</a></td>',
		);
		// A name given by the page stays, and a quotation mark is escaped in the attribute.
		expect(markWordBreaks('<th><a href="/x/" aria-label="名">特殊群体保护</a></th>', terms)).toBe(
			'<th><a href="/x/" aria-label="名">特殊<wbr>群体<wbr>保护</a></th>',
		);
		expect(markWordBreaks('<dd><a href="/x/">"特殊群体保护"</a></dd>', terms)).toContain(
			'aria-label="&quot;特殊群体保护&quot;"',
		);
	});

	test('a heading or column header with <wbr> is named by its text as shown; through its link when it has one', () => {
		expect(markWordBreaks('<h1 class="t">编辑指南</h1><h2>党建</h2>', terms)).toBe(
			'<h1 class="t" aria-label="编辑指南">编辑<wbr>指南</h1><h2>党建</h2>',
		);
		// What is hidden from a screen reader is not in the name; visually hidden text is.
		expect(
			markWordBreaks(
				'<h2><svg aria-hidden="true"><text>心</text></svg><span aria-hidden="true">›</span>特殊群体保护<span class="sr-only">（第 2 页）</span></h2>',
				terms,
			),
		).toContain('<h2 aria-label="特殊群体保护（第 2 页）">');
		expect(markWordBreaks('<h3 id="x"><a href="/x/">特殊群体保护</a></h3>', terms)).toBe(
			'<h3 id="x"><a href="/x/" aria-label="特殊群体保护">特殊<wbr>群体<wbr>保护</a></h3>',
		);
		// Hidden content, nested or `hidden`, and a button a header holds are no part of its name.
		expect(
			markWordBreaks(
				'<th scope="rowgroup"><span aria-hidden="true"><span>甲</span>乙</span>特殊群体保护<img hidden alt="x"><span hidden>丙</span><button type="button" hidden>移出特殊群体</button></th>',
				terms,
			),
		).toMatch(/^<th scope="rowgroup" aria-label="特殊群体保护">/);
		// Two blocks in a link are two lines: named with a space between, as Chromium does.
		expect(
			markWordBreaks(
				'<td><a href="/t/"><span class="block font-bold">按主题</span><span>特殊群体保护</span></a></td>',
				terms,
			),
		).toContain('aria-label="按主题 特殊群体保护"');
		// The button itself is named by its text as shown, as a link is.
		expect(markWordBreaks('<td><button type="button">移出特殊群体</button></td>', terms)).toBe(
			'<td><button type="button" aria-label="移出特殊群体">移出<wbr>特殊<wbr>群体</button></td>',
		);
		// A name the page gives stays; a description or cell is not a name anyone lists.
		expect(markWordBreaks('<th aria-label="名">特殊群体保护</th>', terms)).toBe(
			'<th aria-label="名">特殊<wbr>群体<wbr>保护</th>',
		);
		expect(markWordBreaks('<dd>特殊群体保护</dd>', terms)).toBe('<dd>特殊<wbr>群体<wbr>保护</dd>');
	});

	test('an element that asks to break as prose is not marked, nor is prose inside a marked one', () => {
		expect(markWordBreaks('<td class="prose-breaks">特殊群体保护</td>', terms)).toBe(
			'<td class="prose-breaks">特殊群体保护</td>',
		);
		expect(
			markWordBreaks(
				'<td><b>特殊群体保护</b><span class="block prose-breaks">特殊群体<span>保护</span></span>党建品牌</td>',
				terms,
			),
		).toBe(
			'<td><b>特殊<wbr>群体<wbr>保护</b><span class="block prose-breaks">特殊群体<span>保护</span></span>党建<wbr>品牌</td>',
		);
	});
});
