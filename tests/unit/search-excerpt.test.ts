/**
 * Result excerpts from Pagefind's page text: body sections only, prose only, from the start of
 * a sentence, shown as written, whole words marked and everything else escaped.
 */
import { describe, expect, test } from 'vitest';
import { Dictionary } from '../../src/lib/search/dictionary.ts';
import { bodyExcerpt, markHtml, markTerms } from '../../src/lib/search/excerpt.ts';
import { skipEnd, skipStart } from '../../src/lib/search/sections.ts';
import { indexText } from '../../src/lib/search/segment.ts';

// As Pagefind returns a practice page: title, labels and summary, then its sections.
const words = (s: string) => s.split(' ').length;
const header = '司法 救助 做法 土乡 丹心 · 互助 县 一句 话 。';
const what =
	'怎么 做的 院里 开展 走访 。 他们 把 司法 救助 与 脱贫 攻坚 结合 起来 ， 救助 困难 群众 。';
const figures = '数据 办理 司法 救助 案件 31 件';
const page = {
	url: '/practices/x/',
	content: `${header} ${what} ${figures}`,
	anchors: [
		{ id: 'what', text: '怎么 做的', location: words(header), element: 'h2' },
		{ id: 'figures', text: '数据', location: words(header) + words(what), element: 'h2' },
	],
	meta: { title: '司法 救助 做法' },
};

describe('body excerpts', () => {
	test('come from the body section, starting at the sentence that matches', () => {
		expect(bodyExcerpt(page, ['司法', '救助'])).toEqual({
			text: '他们把司法救助与脱贫攻坚结合起来，救助困难群众。',
			section: { id: 'what', title: '怎么做的' },
		});
	});

	test('fall back to the body’s first sentence when only the title or data match', () => {
		expect(bodyExcerpt(page, ['案件']).text).toBe(
			'院里开展走访。他们把司法救助与脱贫攻坚结合起来，救助困难群众。',
		);
	});

	test('leave out what the indexer bracketed as not prose, and show the text as written', () => {
		const dict = new Dictionary({ words: ['司法救助', '融+'] });
		const tiles = `${skipStart} ${indexText('31件办理司法救助案件看这项做法：司法救助。', dict)} ${skipEnd}.`;
		const story = `故事 ${tiles} ${indexText('院里把司法救助融+进脱贫攻坚。', dict)}`;
		const p = { ...page, content: story, anchors: [{ id: 'story', text: '故事', location: 0 }] };
		expect(bodyExcerpt(p, ['司法救助']).text).toBe('院里把司法救助融+进脱贫攻坚。');
	});

	test('start at a clause, marked …, deep inside a long sentence', () => {
		const long = `${'很长 的 句子 ， '.repeat(20)}最后 提到 司法 救助 。`;
		const p = { ...page, content: long, anchors: [{ id: 'what', text: '很长', location: 0 }] };
		expect(bodyExcerpt(p, ['司法']).text).toMatch(/^…最后提到司法救助。$/);
	});
});

describe('marking', () => {
	test('whole words only, never a single character', () => {
		expect(markTerms(['未成年人检察', '12309'], Dictionary.none)).toEqual([
			'12309',
			'未成年',
			'检察',
		]);
		const dict = new Dictionary({ words: ['未成年人检察'] });
		expect(markTerms(['未成年人检察'], dict)).toEqual(['未成年人检察']);
	});

	test('escapes the text and marks each occurrence once', () => {
		expect(markHtml('<b>司法救助</b>与救助', ['司法', '救助'])).toBe(
			'&#60;b&#62;<mark>司法</mark><mark>救助</mark>&#60;/b&#62;与<mark>救助</mark>',
		);
	});
});
