/** The 学习卡 prints each figure once (#25: one card listed its figures under 数字 and 成效). */
import { expect, test } from 'vitest';
import { figuresNotInText } from '../../src/lib/site/study-card.ts';

const fig = (value: number, unit: string, approx = false) => ({ value, unit, approx, label: '' });

test('a figure the practice text already states is not listed again', () => {
	const text = '## 数字\n\n- 占比达 86%。\n- 人均办案量：刑事检察部门 50 余件。';
	const figures = [fig(86, '%'), fig(50, '件', true), fig(78, '件')];
	expect(figuresNotInText(figures, text)).toEqual([fig(78, '件')]);
});

test('a figure is not taken as stated by a larger number ending in the same digits', () => {
	expect(figuresNotInText([fig(3, '件')], '办理案件 13件。')).toEqual([fig(3, '件')]);
	expect(figuresNotInText([fig(3, '件')], '办理案件 3 件。')).toEqual([]);
});
