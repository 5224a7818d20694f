/**
 * Figures with where they come from: the entry that states each one (a brand's own figures, a
 * practice's, a case's), its procuratorate and the article it cites. Built here for every page
 * that shows figures away from their entry (a brand's 数说, the story kit's tiles, the home
 * page), so the origin travels with the figure instead of being recovered from a URL.
 */
import type { Figure } from '../../schemas/figure.ts';
import type { Brand, Case, Practice, Procuratorate } from './data.ts';
import { sourceTitle } from './format.ts';
import { sourceLinks } from './lists.ts';
import { paths } from './paths.ts';
import { must, type SiteData } from './site-index.ts';

export interface FigureOrigin {
	/** The entry that states the figure; its `collection` says which kind it is. */
	entry: Brand | Practice | Case;
	/** That entry's procuratorate. */
	owner: Procuratorate;
	/** The article the entry cites first, with its address on the sources list. */
	source: { title: string; href: string } | undefined;
}

export interface FigureWithOrigin extends Figure {
	origin: FigureOrigin;
}

/**
 * The figures of `entries`, in their order, each with its origin. `pick` narrows an entry's
 * figures (the home page shows one featured figure per 院).
 */
export function gatherFigures(
	site: SiteData,
	entries: ReadonlyArray<Brand | Practice | Case>,
	pick: (figures: Figure[]) => Figure[] = (figures) => figures,
): FigureWithOrigin[] {
	return entries.flatMap((entry) => {
		const figures = pick(entry.data.figures);
		if (figures.length === 0) return [];
		const cited = entry.data.sources[0];
		const [link] = cited ? sourceLinks(site, [must(site.source, cited.id)]) : [];
		const origin: FigureOrigin = {
			entry,
			owner: site.ownerOf(entry),
			source: link && { title: sourceTitle(link.source.data), href: link.href },
		};
		return figures.map((figure) => ({ ...figure, origin }));
	});
}

/**
 * The page that explains a figure, with its title: the practice's or case's. A brand's own
 * figures have none to link to, as they are shown on the brand's page itself.
 */
export function figurePage(origin: FigureOrigin): { href: string; title: string } | undefined {
	const { entry } = origin;
	switch (entry.collection) {
		case 'practices':
			return { href: paths.practice(entry.id), title: entry.data.title };
		case 'cases':
			return { href: paths.case(entry.id), title: entry.data.title };
		case 'brands':
			return undefined;
	}
}
