/**
 * Corrections shown where they are used: the marker goes after the sentence that writes a
 * corrected misprint (`withMarks`), and the Markdown plugin puts it into a body, for the practice
 * page and its 学习卡 alike (`correctionMarks`, against the real archive of source 003).
 */
import { describe, expect, test } from 'vitest';
import { correctionAnchor, withMarks } from '../../src/lib/site/corrections.ts';
import { markdownToHtml } from 'satteri';
import { correctionMarks } from '../../src/lib/site/correction-marks.ts';

describe('withMarks', () => {
	test('the marker follows the sentence’s full stop and closing quote, once per correction', () => {
		const text = '院里推进全县安全生产的溯源治理，也做别的。这句没有更正。';
		const use = { start: 11, end: 15, anchor: 'a' };
		expect(withMarks(text, [use, { ...use, start: 11 }])).toEqual([
			{ text: '院里推进全县安全生产的溯源治理，也做别的。' },
			{ mark: 'a' },
			{ text: '这句没有更正。' },
		]);
		expect(withMarks('他说“推进溯源治理。”后来', [{ start: 5, end: 9, anchor: 'b' }])).toEqual([
			{ text: '他说“推进溯源治理。”' },
			{ mark: 'b' },
			{ text: '后来' },
		]);
	});

	test('a sentence with no end gets its marker at the end of the text; no use, no marker', () => {
		expect(withMarks('安全生产溯源治理', [{ start: 4, end: 8, anchor: 'c' }])).toEqual([
			{ text: '安全生产溯源治理' },
			{ mark: 'c' },
		]);
		expect(withMarks('没有更正。', [])).toEqual([{ text: '没有更正。' }]);
	});

	test('the anchor names the source and the correction’s place in its list', () => {
		expect(correctionAnchor('huzhu-tuxiang-danxin', 0)).toBe('correction-huzhu-tuxiang-danxin-1');
	});
});

describe('the Markdown plugin', () => {
	/** `markdown` rendered by Sätteri with the plugin, as an entry citing `sources` is. */
	const render = (markdown: string, sources: string[]) =>
		markdownToHtml(markdown, {
			mdastPlugins: [correctionMarks],
			data: {
				astro: {
					frontmatter: { sources },
					headings: [],
					localImagePaths: new Set(),
					remoteImagePaths: new Set(),
				},
			},
		}).html.trim();

	test('a body sentence that writes the corrected passage gets a superscript link to the note', () => {
		expect(
			render('院里还在一步步推进全县安全生产的溯源治理。下一句。', ['huzhu-tuxiang-danxin']),
		).toBe(
			'<p>院里还在一步步推进全县安全生产的溯源治理。<sup class="correction-mark"><a href="#correction-huzhu-tuxiang-danxin-1">更正</a></sup>下一句。</p>',
		);
	});

	test('the article’s own 溯源治理, another article, or no sources: no marker', () => {
		const own = '通过生态索赔、溯源治理等方式督促修复。';
		expect(render(own, ['huzhu-tuxiang-danxin'])).toBe(`<p>${own}</p>`);
		const corrected = '推进全县安全生产溯源治理。';
		expect(render(corrected, ['hekou-zhengyi-xianfeng'])).toBe(`<p>${corrected}</p>`);
		expect(render(corrected, [])).toBe(`<p>${corrected}</p>`);
	});
});
