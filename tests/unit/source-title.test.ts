/** Untitled articles are still named so a reader can tell which one is meant (#25). */
import { expect, test } from 'vitest';
import {
	citationLine,
	sourceCitation,
	sourceDate,
	sourceReference,
	sourceTitle,
} from '../../src/lib/site/format.ts';
import type { SourceData } from '../../src/schemas/sources.ts';

test('a titled source is its headline, cited in 《》', () => {
	const source = { title: '心桥', author: '某人', date: '2021-08-30' };
	expect(sourceTitle(source)).toBe('心桥');
	expect(sourceCitation(source)).toBe('《心桥》');
});

test('an untitled source is named by its author and date, never as an empty 《》', () => {
	const dated = { author: '兰桂萍', date: '2021-08-30' };
	expect(sourceTitle(dated)).toBe('兰桂萍的文章（原文无标题，2021年8月30日发表）');
	expect(sourceCitation({ author: '兰桂萍' })).toBe('兰桂萍的文章（原文无标题，未载日期）');
	expect(sourceCitation({})).not.toContain('《');
});

test('a full reference says the author of an untitled article once', () => {
	const ref = sourceReference({ author: '兰桂萍', seedFile: 'x.txt' } as SourceData);
	expect(ref).toBe('兰桂萍的文章（原文无标题，未载日期）');
	const titled = { title: '心桥', publisher: '上海检察', url: 'https://example.org/a' };
	expect(sourceReference(titled as SourceData)).toBe('《心桥》，上海检察，https://example.org/a');
});

test('a date that is not the article’s own (a repost’s) is never shown without its note', () => {
	const repost = {
		title: '标题',
		publisher: '最高人民检察院',
		date: '2024-08-22',
		dateNote: '转载网站标注的日期；原文发表日期未载明',
	};
	expect(sourceDate(repost)).toBe('2024年8月22日（转载网站标注的日期；原文发表日期未载明）');
	expect(citationLine(repost as SourceData)).toBe(
		'最高人民检察院 · 2024年8月22日（转载网站标注的日期；原文发表日期未载明）',
	);
	// Untitled, it is not said to have been published that day.
	expect(sourceTitle({ author: '某人', date: '2024-08-22', dateNote: '转载日期' })).toBe(
		'某人的文章（原文无标题，2024年8月22日，转载日期）',
	);
	// Only a note (a month, say): the note is the date.
	expect(sourceDate({ dateNote: '2024年8月发表' })).toBe('2024年8月发表');
	expect(sourceDate({ date: '2021-08-30' })).toBe('2021年8月30日');
});
