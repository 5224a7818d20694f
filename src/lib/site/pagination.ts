/**
 * Long lists split into numbered pages, so that no list page grows with the country:
 * `/practices/`, `/practices/page/2/`, … Page sizes keep each page well under 15 KB of gzip
 * HTML at national scale (see BENCHMARKS.md); the real content fits most lists on one page.
 */

/** Items per page, per list. */
export const pageSizes = {
	// Cards' title links carry an aria-label (word-breaks.ts): at 48 a page, lists of practices by
	// topic came to 15.7 KB of gzipped HTML at 10,000 entries (2026-12-05).
	practices: 44,
	cases: 44,
	honours: 80,
	brands: 44,
	procuratorates: 96,
	sources: 40,
	// A topic page also lists the sources its rows cite: 48 rows measured 15.3 KB at 10,000 entries.
	// With the comparison form (one choice per topic) and the 数据/出处 cells of #24, 40 rows came
	// to 16.0 KB (3,000 entries fill a topic's first page); 32 rows measured 13.7 KB, and 16.1 KB
	// once the owner links carried their aria-label (word-breaks.ts) and figure values their
	// nowrap span (2026-12-05): 28 rows.
	topic: 28,
	sitemap: 240,
} as const;

export interface ListPage<T> {
	items: T[];
	/** 1-based page number. */
	number: number;
	/** How many pages the list has (at least 1). */
	count: number;
	/** How many items the whole list has. */
	total: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Array<ListPage<T>> {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, i) => ({
		items: items.slice(i * size, (i + 1) * size),
		number: i + 1,
		count,
		total: items.length,
	}));
}

/** The address of page `n` of the list at `base` (which ends in `/`). */
export function pageHref(base: string, n: number): string {
	return n <= 1 ? base : `${base}page/${n}/`;
}

/** The rest parameter (`[...page]`) that produces page `n`. */
export function pageParam(n: number): string | undefined {
	return n <= 1 ? undefined : `page/${n}`;
}

/** Which page the item at `index` (0-based) lands on. */
export function pageOf(index: number, size: number): number {
	return Math.floor(index / size) + 1;
}

/** A page's title: the list's name, and the page number when there is more than one. */
export function pageTitle(name: string, page: { number: number; count: number }): string {
	return page.count > 1 ? `${name}（第 ${page.number} 页，共 ${page.count} 页）` : name;
}

/**
 * Runs of consecutive items that share a group (e.g. a procuratorate), for headings within a
 * page. A group cut by a page break is marked `continued` on the page where it carries on.
 */
export function groupRuns<T, K>(
	items: readonly T[],
	key: (item: T) => K,
	before?: T,
): Array<{ key: K; items: T[]; continued: boolean }> {
	const runs: Array<{ key: K; items: T[]; continued: boolean }> = [];
	for (const item of items) {
		const k = key(item);
		const last = runs.at(-1);
		if (last && last.key === k) last.items.push(item);
		else
			runs.push({
				key: k,
				items: [item],
				continued: runs.length === 0 && before !== undefined && key(before) === k,
			});
	}
	return runs;
}

/** The page numbers to show in a page navigation: the ends, and two either side of the current page. */
export function pageLinks(current: number, count: number): Array<number | 'gap'> {
	const shown = [
		...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count]),
	]
		.filter((n) => n >= 1 && n <= count)
		.sort((a, b) => a - b);
	return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ['gap' as const, n] : [n]));
}

const positions = new WeakMap<readonly unknown[], Map<string, number>>();

/** The page of `list` (paginated by `size`) that holds the entry `id`; indexed once per list. */
export function pageWith(list: ReadonlyArray<{ id: string }>, id: string, size: number): number {
	let map = positions.get(list);
	if (!map) positions.set(list, (map = new Map(list.map((e, i) => [e.id, i]))));
	return pageOf(map.get(id) ?? 0, size);
}

/**
 * `getStaticPaths` entries for a list at `[...page]`: each page with its items, and the item
 * just before it (so a group cut by the page break can be marked as continued).
 */
export function listPaths<T>(
	items: readonly T[],
	size: number,
): Array<{
	params: { page: string | undefined };
	props: { page: ListPage<T>; before: T | undefined };
}> {
	return paginate(items, size).map((page, i, pages) => ({
		params: { page: pageParam(page.number) },
		props: { page, before: pages[i - 1]?.items.at(-1) },
	}));
}
