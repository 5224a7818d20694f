/**
 * Practices side by side, one table per topic or for two or three topics at once: one row per
 * practice with what a visiting cadre compares — who, under which brand, what they did, through
 * which mechanisms, with what figures, from which article. Cells are capped (three mechanisms,
 * three figures) so a row stays scannable; “另有 N 项” links to the rest on the practice's page.
 * A practice's figures are picked for the topic its row is under: those tagged to it, else the
 * untagged ones (never those tagged only to another topic), so 服务党建's row under 司法救助
 * shows its 司法救助金 rather than the first three of six.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { notBody } from '../search/sections.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatFigure, placeName, sourceDate, sourceTitle } from './format.ts';
import { sourceLinks } from './lists.ts';
import { paths } from './paths.ts';
import type { Practice, Topic } from './data.ts';
import { must, type SiteData } from './site-index.ts';

/** How many mechanisms and figures a cell shows before “另有 N 项”. */
export const cellLimit = 3;

/** The table's columns, in order. */
export const comparisonColumns = [
	'owner',
	'brand',
	'practice',
	'mechanisms',
	'figures',
	'source',
] as const;
export type ComparisonColumn = (typeof comparisonColumns)[number];

/**
 * A figure in a cell, in three pieces so the value is never split from its unit (“58.44/万元”,
 * “9/家”): the cell breaks as prose does, its words unmarked (bytes: see TopicComparison).
 */
export interface FigureItem {
	/** `发放司法救助金：` */
	before: string;
	/** `6.8万元` */
	value: string;
	/** `（近三年来）`, or empty. */
	after: string;
}

/** What a capped cell shows, and where the rest is. */
export interface CappedCell {
	items: Array<string | FigureItem>;
	/** How many are not shown (0: none). */
	more: number;
	/** The practice page's section that lists them all. */
	href: string;
}

export interface ComparisonRow {
	id: string;
	owner: { name: string; place: string; href: string };
	brand: { name: string; href: string } | undefined;
	practice: { title: string; summary: string; href: string };
	mechanisms: CappedCell;
	/** `发放司法救助金：6.8万元（近三年来）`. */
	figures: CappedCell;
	/** Each cited article as “publisher · date” (its headline when it states neither), with its headline for the link's title. */
	sources: Array<{ label: string; title: string; href: string }>;
	/** The periods of the figures shown (a note follows the table when one is relative). */
	periods: Array<string | undefined>;
}

/** One topic's rows within a comparison table. */
export interface ComparisonGroup {
	topic: { id: string; name: string; href: string };
	rows: ComparisonRow[];
	/** How many practices the topic has in all; more than `rows` when the table shows a part. */
	total: number;
}

/**
 * A practice's figures for the row under `topic`: tagged to it first; where none is, the
 * untagged ones. At most `cellLimit`; `more` counts every other figure of the practice.
 */
export function figuresFor(
	figures: readonly Figure[],
	topic: string,
): { shown: Figure[]; more: number } {
	const tagged = figures.filter((f) => f.topics.includes(topic));
	const pool = tagged.length > 0 ? tagged : figures.filter((f) => f.topics.length === 0);
	const shown = pool.slice(0, cellLimit);
	return { shown, more: figures.length - shown.length };
}

const figureItem = (f: Figure): FigureItem => ({
	before: `${f.label}：`,
	value: formatFigure(f),
	after: f.period ? `（${f.period}）` : '',
});

/** One table row per practice, in the given order, under `topic`. */
export function comparisonRows(
	site: SiteData,
	topic: string,
	practices: readonly Practice[],
): ComparisonRow[] {
	return practices.map((p) => {
		const d = p.data;
		const owner = site.ownerOf(p);
		const brand = site.brandOf(p);
		const sources = d.sources.map((s) => must(site.source, s.id));
		const figures = figuresFor(d.figures, topic);
		const href = paths.practice(p.id);
		return {
			id: p.id,
			owner: {
				name: owner.data.name,
				place: placeName(owner.data),
				href: paths.procuratorate(owner.id),
			},
			brand: brand && { name: brand.data.name, href: paths.brand(brand.id) },
			practice: { title: d.title, summary: d.summary, href },
			mechanisms: {
				items: d.named.slice(0, cellLimit).map((n) => n.name),
				more: Math.max(0, d.named.length - cellLimit),
				href: `${href}#${notBody.id.named}`,
			},
			periods: figures.shown.map((f) => f.period),
			figures: {
				items: figures.shown.map(figureItem),
				more: figures.more,
				href: `${href}#${notBody.id.figures}`,
			},
			sources: sourceLinks(site, sources).map(({ source, href }) => ({
				// An article with neither publisher nor date is named by its headline: “发布者未载明 ·
				// 日期未载明” told a reader (and paper, which has no link) nothing of which it is.
				label:
					source.data.publisher || source.data.date
						? ui.topic.sourceLine(source.data.publisher, sourceDate(source.data))
						: sourceTitle(source.data),
				title: sourceTitle(source.data),
				href,
			})),
		};
	});
}

/** A topic's group of a comparison: its rows for `practices`, out of `total` in all. */
export function comparisonGroup(
	site: SiteData,
	topic: Topic,
	practices: readonly Practice[],
	total = practices.length,
): ComparisonGroup {
	return {
		topic: { id: topic.id, name: topic.data.name, href: paths.topic(topic.id) },
		rows: comparisonRows(site, topic.id, practices),
		total,
	};
}

/**
 * The columns that say something in `groups`: a column empty in every row in view (no brand,
 * no mechanism, no figure for any of them) is left out rather than repeat “未载明” down the page.
 * A cell with nothing shown but “另有 N 项” is not empty.
 */
export function shownColumns(groups: readonly ComparisonGroup[]): ComparisonColumn[] {
	const rows = groups.flatMap((g) => g.rows);
	const has: Record<ComparisonColumn, (r: ComparisonRow) => boolean> = {
		owner: () => true,
		practice: () => true,
		source: () => true,
		brand: (r) => r.brand !== undefined,
		mechanisms: (r) => r.mechanisms.items.length + r.mechanisms.more > 0,
		figures: (r) => r.figures.items.length + r.figures.more > 0,
	};
	return comparisonColumns.filter((c) => rows.some(has[c]));
}
