import { describe, expect, test } from 'vitest';
import { normalizeQuery } from '../../src/lib/search/query.ts';
import { buildT2S } from '../../src/lib/search-build/t2s-table.ts';

describe('the traditional → simplified table', () => {
	const table = buildT2S('心桥 检察听证 正义先锋 农民工讨薪');

	test('maps the traditional forms of characters the site contains', () => {
		expect(table).toMatchObject({
			橋: '桥',
			檢: '检',
			聽: '听',
			證: '证',
			義: '义',
			鋒: '锋',
			農: '农',
			討: '讨',
		});
	});

	test('leaves out characters the site does not contain', () => {
		expect(table['黨']).toBeUndefined();
	});
});

describe('normalizeQuery', () => {
	const table = buildT2S('心桥 检察听证 正义先锋');

	test('turns traditional characters into simplified ones', () => {
		expect(normalizeQuery('心橋', table)).toBe('心桥');
		expect(normalizeQuery(' 檢察聽證 ', table)).toBe('检察听证');
	});

	test('joins pinyin typed with spaces, hyphens or capitals', () => {
		expect(normalizeQuery('Zheng Yi Xian-Feng', table)).toBe('zhengyixianfeng');
	});

	test('keeps numbers and mixed queries as they are, with single spaces', () => {
		expect(normalizeQuery('12309', table)).toBe('12309');
		expect(normalizeQuery('心桥   12309', table)).toBe('心桥 12309');
	});

	test('folds full-width characters', () => {
		expect(normalizeQuery('１２３０９', table)).toBe('12309');
	});
});
