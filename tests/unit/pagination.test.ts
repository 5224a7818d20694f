import { describe, expect, test } from 'vitest';
import {
	groupRuns,
	pageHref,
	pageLinks,
	pageTitle,
	pageWith,
	paginate,
} from '../../src/lib/site/pagination.ts';

describe('pagination', () => {
	test('splits a list into full pages and a rest; an empty list still has one page', () => {
		const pages = paginate([1, 2, 3, 4, 5], 2);
		expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(pages.map((p) => [p.number, p.count, p.total])).toEqual([
			[1, 3, 5],
			[2, 3, 5],
			[3, 3, 5],
		]);
		expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1, total: 0 }]);
	});

	test('page 1 lives at the list address, later pages under page/N/', () => {
		expect(pageHref('/practices/', 1)).toBe('/practices/');
		expect(pageHref('/topics/x/', 3)).toBe('/topics/x/page/3/');
	});

	test('finds the page that holds an entry, for links into a list', () => {
		const list = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}` }));
		expect([
			pageWith(list, 's0', 40),
			pageWith(list, 's39', 40),
			pageWith(list, 's40', 40),
			pageWith(list, 's99', 40),
		]).toEqual([1, 1, 2, 3]);
	});

	test('titles name the page only when there are several', () => {
		expect(pageTitle('做法', { number: 1, count: 1 })).toBe('做法');
		expect(pageTitle('做法', { number: 2, count: 5 })).toBe('做法（第 2 页，共 5 页）');
	});

	test('shows the ends and two pages either side, with gaps between', () => {
		expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
		expect(pageLinks(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
		expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 20]);
	});

	test('groups consecutive items, and marks a group carried over from the previous page', () => {
		const items = [{ o: 'a' }, { o: 'a' }, { o: 'b' }];
		expect(groupRuns(items, (i) => i.o).map((r) => [r.key, r.items.length, r.continued])).toEqual([
			['a', 2, false],
			['b', 1, false],
		]);
		expect(groupRuns(items, (i) => i.o, { o: 'a' })[0]!.continued).toBe(true);
		expect(groupRuns(items, (i) => i.o, { o: 'z' })[0]!.continued).toBe(false);
	});
});
