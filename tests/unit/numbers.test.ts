/**
 * The number reader (`src/lib/text/numbers.ts`): every way the articles and the site write a
 * number reads to one key, and what is not a number claim (ordinals, names, list numbering,
 * the article “一”, idioms) is left alone.
 */
import { describe, expect, test } from 'vitest';
import { answeringKeys, chineseNumeral, quantities } from '../../src/lib/text/numbers.ts';

/** The keys of every number claim in `text`. */
const keys = (text: string) => quantities(text).map((q) => q.key);
/** Each claim as written, with its key. */
const read = (text: string) =>
	quantities(text).map((q) => `${text.slice(q.start, q.end)}=${q.key}`);

describe('Chinese numerals', () => {
	test.each([
		['十', 10],
		['十二', 12],
		['二十', 20],
		['两千', 2000],
		['一百零五', 105],
		['五十八万', 580000],
		['一亿二千万', 120000000],
		['二〇一九', 2019],
		['三', 3],
	])('%s is %d', (text, value) => {
		expect(chineseNumeral(text)).toBe(value);
	});

	test('text that is not a numeral has no value', () => {
		expect(chineseNumeral('十佳')).toBeUndefined();
		expect(chineseNumeral('')).toBeUndefined();
	});
});

describe('one key for every way of writing the same number', () => {
	test.each([
		['2000余万元', '两千余万元'],
		['41万余元', '41余万元'],
		['41万余元', '四十一万余元'],
		['58.44万元', '584400元'],
		['86%', '８６％'],
		['86%', '百分之八十六'],
		['280余件', '280 余件'],
		['31件', '３１件'],
		['343人次', '343 人次'],
		['三年', '3年'],
		['两个板块', '2个板块'],
		['十余部', '10余部'],
		['百余件', '100余件'],
		['1700多人', '1700余人'],
		['超过3000人次', '3000余人次'],
		['3年以上', '3年多'],
		['约5万元', '5万元左右'],
	])('%s = %s', (a, b) => {
		expect(keys(a)).toEqual(keys(b));
		expect(keys(a)).toHaveLength(1);
	});

	test('the qualifier and the unit are part of the fact', () => {
		expect(keys('280件')).not.toEqual(keys('280余件'));
		expect(keys('343人')).not.toEqual(keys('343人次'));
		expect(keys('近三年')).not.toEqual(keys('三年'));
		expect(keys('约5万元')).not.toEqual(keys('5万余元'));
		expect(read('近三年来，共办理400余件，发放救助金58.44万元。')).toEqual([
			'近三年=3年近',
			'400余件=400件余',
			'58.44万元=584400元',
		]);
	});
});

describe('years and dates', () => {
	test('a year, a month, a date and a year counted from the article’s date', () => {
		expect(read('2019年，去年6月，2016年4月1日，二〇二四年底，今年以来，2023年度')).toEqual([
			'2019年=2019年',
			'去年=去年',
			'6月=6月',
			'2016年4月1日=2016年4月1日',
			'二〇二四年=2024年',
			'今年=今年',
			'2023年=2023年',
		]);
	});

	test('a duration is a count, not a year; months as a span are a count too', () => {
		expect(read('3年、6个月、十年')).toEqual(['3年=3年', '6个月=6个月', '十年=10年']);
	});

	test('a full date answers a claim of its year, its month, and its month and day', () => {
		const [date] = quantities('2016年4月1日');
		expect(answeringKeys(date!).sort()).toEqual(
			['2016年', '2016年4月', '2016年4月1日', '4月', '4月1日'].sort(),
		);
		const [count] = quantities('31件');
		expect(answeringKeys(count!)).toEqual(['31件']);
	});

	test('如今 + 年轻 and 目前 + 年度 are not years', () => {
		expect(keys('如今年轻干警多了，目前年度考核')).toEqual([]);
	});
});

describe('what is not a number claim', () => {
	test.each([
		['ordinals in names', '第七检察部党支部、第二届全国检察机关、第一议题'],
		[
			'a number without a unit: a hotline, list numbering, 一是',
			'12309检察服务中心\n1. 做法\n一是抓学习',
		],
		['the article 一', '一名年轻的党员检察官，一个场景，一次难得的机会'],
		['idioms with 百/千/万', '千家万户，老百姓，万众一心'],
		['vague counts', '数十人，几十年，两三个，十几件'],
		['codes and addresses', 'x0，5G网络，/practices/page/2/'],
		[
			'numbers inside names that are not counts',
			'三送三解，四化工作法，一站式，一号检察建议，十佳党建品牌，二等奖',
		],
	])('%s', (_, text) => {
		expect(read(text)).toEqual([]);
	});

	test('a numeral is read whole: 第二十届 is not 十届', () => {
		expect(read('第二十届')).toEqual([]);
	});
});

test('positions point at the number as the editor wrote it, spaces and all', () => {
	const text = '院里共办理 18 起，追回 41 万余元。';
	expect(quantities(text).map((q) => text.slice(q.start, q.end))).toEqual(['18 起', '41 万余元']);
});
