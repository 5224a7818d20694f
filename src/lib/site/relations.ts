/**
 * How entries relate: grouping practices by pillar, which figures compare, the entries either
 * side of one. Pure functions over entries, so they test without Astro.
 */
import type { Figure } from '../../schemas/figure.ts';

interface PracticeLike {
	id: string;
	data: { title: string; pillar?: string | undefined; order: number; figures: Figure[] };
}

/** Practices in the source's order: by `order`, then title. */
export function sortPractices<T extends PracticeLike>(practices: T[]): T[] {
	return [...practices].sort(
		(a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN'),
	);
}

/**
 * Practices grouped under the given pillars, in the pillars' order; practices whose pillar is
 * not listed (or who have none) come last under `null`. Empty groups are dropped.
 */
export function groupByPillar<T extends PracticeLike>(
	practices: T[],
	pillars: readonly string[],
): Array<{ pillar: string | null; practices: T[] }> {
	const groups = pillars.map((pillar) => ({
		pillar: pillar as string | null,
		practices: sortPractices(practices.filter((p) => p.data.pillar === pillar)),
	}));
	const rest = sortPractices(
		practices.filter((p) => !p.data.pillar || !pillars.includes(p.data.pillar)),
	);
	return [...groups, { pillar: null, practices: rest }].filter((g) => g.practices.length > 0);
}

/**
 * Figures that may be drawn side by side: those sharing a `series` (and unit), two or more to a
 * group. Everything else is only listed, never charted against unrelated numbers.
 */
export function seriesGroups<T extends Figure>(
	figures: T[],
): Array<{ series: string; unit: string; figures: T[] }> {
	const groups = Map.groupBy(
		figures.filter((f) => f.series !== undefined),
		(f) => `${f.series}\u0000${f.unit}`,
	);
	return [...groups.values()]
		.filter((list) => list.length >= 2)
		.map((list) => ({ series: list[0]!.series!, unit: list[0]!.unit, figures: list }));
}

/** The entries before and after `id` in `list` (in the list's order), for “上一个/下一个”. */
export function neighbours<T extends { id: string }>(
	list: readonly T[],
	id: string,
): { previous?: T | undefined; next?: T | undefined } {
	const i = list.findIndex((e) => e.id === id);
	return i < 0 ? {} : { previous: list[i - 1], next: list[i + 1] };
}

/**
 * Practices grouped by topic, in the topics' order, each practice under its first topic so it
 * is listed once; the group's `pillar` is the topic's name. For a 院 whose article gives its own
 * work no sections of its own. Empty groups are dropped.
 */
export function groupByTopic<T extends PracticeLike & { data: { topics: Array<{ id: string }> } }>(
	practices: T[],
	topics: ReadonlyArray<{ id: string; data: { name: string } }>,
): Array<{ pillar: string | null; practices: T[] }> {
	return topics
		.map((t) => ({
			pillar: t.data.name as string | null,
			practices: sortPractices(practices.filter((p) => p.data.topics[0]?.id === t.id)),
		}))
		.filter((g) => g.practices.length > 0);
}
