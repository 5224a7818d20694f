/**
 * What of a page search excerpts leave out. First, the sections that are not the entry's own
 * text: data tables, named mechanisms
 * (listed again from the body), sources, related entries and the lists of honours, practices,
 * brands and cases. Search excerpts skip them (excerpt.ts), and pages and components write
 * their ids from here, so renaming one cannot quietly turn a data table into excerpt text.
 * Everything else with an id is body: a practice's 怎么做的, a case's parts, a brand's story.
 * `tests/unit/search-sections.test.ts` fails when a page types one of these ids by hand, or
 * when this list names an id no page writes. Second, blocks inside the body that are not prose
 * (a story's figure tiles, a quotation's credit): they carry `excerptSkip`, and the indexer
 * brackets their text with `skipStart`/`skipEnd` (src/lib/build/index-html.ts), so they stay
 * searchable but never become an excerpt.
 *
 * Runtime: the browser (search page) and Astro at build. Pure data.
 */
import { CUT } from './segment.ts';
export const notBody = {
	/** Whole ids. */
	id: {
		figures: 'figures',
		named: 'named',
		sources: 'sources',
		related: 'related',
		honours: 'honours',
		practices: 'practices',
		brands: 'brands',
		cases: 'cases',
	},
	/**
	 * Prefixes of ids numbered or keyed per heading (`<prefix>-<n or id>`): a brand's pillars
	 * (`pillar-0`) and each procuratorate's run on the honours page (`h-<procuratorate>`).
	 */
	prefix: {
		pillar: 'pillar',
		honoursOf: 'h',
	},
} as const;

const ids = new Set<string>(Object.values(notBody.id));
const prefixes = Object.values(notBody.prefix).map((p) => `${p}-`);

/** Whether a section with this id is not body text, so excerpts never come from it. */
export function isNotBody(id: string): boolean {
	return ids.has(id) || prefixes.some((p) => id.startsWith(p) && id.length > p.length);
}

/** Spread on an element whose text is not prose (`<ul {...excerptSkip}>`): no excerpt comes from it. */
export const excerptSkip = { 'data-excerpt-skip': '' } as const;

/** The words the indexer puts around such an element's text, as Pagefind's content holds them. */
export const skipStart = `${CUT}[`;
export const skipEnd = `${CUT}]`;
