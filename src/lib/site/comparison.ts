/**
 * A topic's practices side by side: one row per practice with what a visiting cadre compares —
 * who, under which brand, what they did, through which mechanisms, with what figures, from which
 * article. Cells are capped (three mechanisms, three figures) so a row stays scannable; the
 * practice's own page has the rest.
 */
import { formatFigure, placeName, sourceTitle } from './format.ts';
import { sourceLinks } from './lists.ts';
import { paths } from './paths.ts';
import type { Practice } from './data.ts';
import { must, type SiteData } from './site-index.ts';

/** How many mechanisms and figures a cell shows before “等 N 项”. */
export const cellLimit = 3;

export interface ComparisonRow {
	id: string;
	owner: { name: string; place: string; href: string };
	brand: { name: string; href: string } | undefined;
	practice: { title: string; summary: string; href: string };
	mechanisms: string[];
	/** Mechanisms not shown. */
	moreMechanisms: number;
	/** `办理司法救助案件：31件（近三年来）`. */
	figures: string[];
	moreFigures: number;
	sources: Array<{ label: string; href: string }>;
}

/** One table row per practice, in the given order. */
export function comparisonRows(site: SiteData, practices: readonly Practice[]): ComparisonRow[] {
	return practices.map((p) => {
		const d = p.data;
		const owner = site.ownerOf(p);
		const brand = site.brandOf(p);
		const sources = d.sources.map((s) => must(site.source, s.id));
		return {
			id: p.id,
			owner: {
				name: owner.data.name,
				place: placeName(owner.data),
				href: paths.procuratorate(owner.id),
			},
			brand: brand && { name: brand.data.name, href: paths.brand(brand.id) },
			practice: { title: d.title, summary: d.summary, href: paths.practice(p.id) },
			mechanisms: d.named.slice(0, cellLimit).map((n) => n.name),
			moreMechanisms: Math.max(0, d.named.length - cellLimit),
			figures: d.figures
				.slice(0, cellLimit)
				.map((f) => `${f.label}：${formatFigure(f)}${f.period ? `（${f.period}）` : ''}`),
			moreFigures: Math.max(0, d.figures.length - cellLimit),
			sources: sourceLinks(site, sources).map(({ source, href }) => ({
				label:
					[source.data.publisher ?? source.data.author, source.data.date?.slice(0, 4)]
						.filter(Boolean)
						.join(' ') || sourceTitle(source.data),
				href,
			})),
		};
	});
}
