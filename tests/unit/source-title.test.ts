/** Untitled articles are still named so a reader can tell which one is meant (#25). */
import { expect, test } from 'vitest';
import { sourceCitation, sourceReference, sourceTitle } from '../../src/lib/site/format.ts';
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
