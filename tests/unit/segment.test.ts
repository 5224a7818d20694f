/**
 * Segmentation for search (src/lib/search/segment.ts): the site dictionary first, the word
 * splitter for the rest, the same for a query and for the text indexed; what the index reads
 * (terms joined by `^`, marks where no space was) and how results show it again.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Dictionary } from '../../src/lib/search/dictionary.ts';
import {
	cut,
	indexText,
	indexWords,
	joinWords,
	pagefindQueries,
	pagefindWords,
	segmentQuery,
} from '../../src/lib/search/segment.ts';

const dict = new Dictionary({
	words: ['党建', '信访', '司法救助', '国家司法救助', '融+', '船城·摆渡人', '摆渡人', '未检'],
	absent: ['未检'],
});

describe('the site dictionary', () => {
	test('knows its terms, the longest starting anywhere, and which no page holds', () => {
		expect(dict.has('党建')).toBe(true);
		expect(dict.longestAt('开展国家司法救助', 2)).toBe('国家司法救助'.length);
		expect(dict.longestAt('开展国家司法救助', 2, 6)).toBe(0);
		expect(dict.allAt('船城·摆渡人', 3)).toEqual(['摆渡人']);
		expect(dict.isAbsent('未检')).toBe(true);
		expect(dict.isAbsent('党建')).toBe(false);
	});

	test('holds only words that start with Chinese and have no spaces', () => {
		const d = new Dictionary({ words: ['12309', 'a检察', '检察 听证', '检察'] });
		expect(d.words).toEqual(['检察']);
	});
});

describe('cutting a query', () => {
	test('without the dictionary, as the word splitter does; numbers and pinyin whole', () => {
		expect(segmentQuery('司法救助')).toBe('司法 救助');
		expect(segmentQuery('12309检察服务 xinqiao')).toBe('12309 检察 服务 xinqiao');
		expect(segmentQuery('党建')).toBe('党 建');
	});

	test('site terms stay whole, wherever they stand, and marks are left out', () => {
		expect(segmentQuery('党建', dict)).toBe('党建');
		expect(segmentQuery('党建引领，信访人来访', dict)).toBe('党建 引领 信访 人 来访');
		// A term starting inside the splitter's word and running past it wins (与信|访).
		expect(segmentQuery('党建与信访', dict)).toBe('党建 与 信访');
		expect(segmentQuery('国家司法救助', dict)).toBe('国家司法救助');
		expect(segmentQuery('“融+”品牌', dict)).toBe('融+ 品牌');
	});

	test('Pagefind is asked for the letters, digits and + of each word, as it indexes them', () => {
		const d = new Dictionary({ words: ['党建+公益诉讼', '船城·摆渡人', '融+'] });
		expect(pagefindWords(segmentQuery('党建+公益诉讼', d))).toBe('党建+公益诉讼');
		expect(pagefindWords(segmentQuery('“融+”品牌', d))).toBe('融+ 品牌');
		expect(pagefindWords(segmentQuery('船城·摆渡人 12309', d))).toBe('船城摆渡人 12309');
		expect(pagefindWords('＝ 党建')).toBe('党建');
	});

	test('a one-word query’s variants of several words are asked as phrases', () => {
		const d = new Dictionary({ words: ['智慧党建', '党的建设', '智慧'] });
		expect(pagefindQueries(['智慧党建', '智慧党的建设'], d)).toEqual([
			'智慧党建',
			'"智慧 党的建设"',
		]);
		// A query of several words is already words anywhere on the page, and so are its variants.
		expect(pagefindQueries(['智慧 引领', '智慧党的建设 引领'], d)).toEqual([
			'智慧 引领',
			'智慧 党的建设 引领',
		]);
		// A variant holding a term no page holds is not asked at all.
		const none = new Dictionary({ words: ['智慧党建', '党的建设'], absent: ['智慧党建'] });
		expect(pagefindQueries(['智慧党建', '智慧党的建设'], none)).toEqual([null, '"智慧 党的建设"']);
	});

	test('a term is cut into its parts for the index: shorter terms first, then the splitter', () => {
		const [term] = cut('国家司法救助', dict);
		expect(term).toEqual({ text: '国家司法救助', kind: 'han', parts: ['国家', '司法救助'] });
		// A mark stays with the piece before it: no part is a mark alone.
		expect(cut('船城·摆渡人', dict)[0]?.parts).toEqual(['船', '城·', '摆渡人']);
		expect(indexWords('党建与信访', dict)).toEqual(['党建', '党', '建', '与', '信访', '信', '访']);
	});
});

describe('the text the index reads, and the text results show', () => {
	const cases = [
		'党建引领，信访人来访',
		'国家司法救助和司法救助金',
		'“融+”品牌共20余人，共 12 项',
		'船城·摆渡人',
		'土乡丹心 检如磐石',
		'检察听证会12309检察服务',
		'并未检查',
	];

	test.each(cases)('%s is shown exactly as written', (text) => {
		expect(joinWords(indexText(text, dict))).toBe(text);
	});

	test('terms are one word joined by ^, and a space the page did not have is marked', () => {
		expect(indexText('党建引领', dict).trim()).toBe('^党^建 引领^');
		expect(indexText('融+品牌', dict).trim()).toBe('^融+ ^品牌^');
		expect(indexText('共20余人', dict).trim()).toBe('^共 ^20 ^余人^');
		// Spaces the page wrote stay as they are.
		expect(indexText('共 12 项', dict).trim()).toBe('^共 12 项^');
	});

	test('a ^ of the page’s own is not taken for a mark', () => {
		expect(joinWords(indexText('a^b 司法', dict))).toBe('a＾b 司法');
		expect(indexText('x^y', dict)).toBe('x＾y');
	});

	test('joining keeps spaces the page wrote between Latin words and numbers', () => {
		expect(joinWords(' 司法 救助 ， 帮助 “ 困难 ” 群众 。')).toBe('司法救助，帮助“困难”群众。');
		expect(joinWords('开展 <mark>司法</mark> <mark>救助</mark> 工作')).toBe(
			'开展<mark>司法</mark><mark>救助</mark>工作',
		);
		expect(joinWords('12309 mobile app')).toBe('12309 mobile app');
		expect(joinWords('心桥. 品牌')).toBe('心桥. 品牌');
		expect(joinWords('共 4 个 检察院 有 12 项')).toBe('共 4 个检察院有 12 项');
	});
});

describe('where the browser has no Intl.Segmenter', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	test('search still works: Chinese is cut into two-character words, site terms whole', async () => {
		vi.resetModules();
		vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
		const fresh = await import('../../src/lib/search/segment.ts');
		const { Dictionary: FreshDictionary } = await import('../../src/lib/search/dictionary.ts');
		expect(fresh.segmentQuery('司法救助')).toBe('司法 救助');
		expect(fresh.segmentQuery('检察听证会 12309')).toBe('检察 听证 会 12309');
		const d = new FreshDictionary({ words: ['党建'] });
		expect(fresh.segmentQuery('开展党建工作', d)).toBe('开展 党建 工作');
	});
});
