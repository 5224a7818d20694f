/**
 * What a brand's story may show, resolved once per brand page: its figures by id, its practices
 * by pillar, its 院's practices and cases, its sources. The page puts this in `Astro.locals.story`
 * before rendering the MDX, because the kit's components receive only the props an editor wrote
 * (ids), and an editor's file holds no code that could pass data along.
 */
import { paths } from './paths.ts';
import type { FigureWithOrigin } from './figures.ts';
import { sortPractices } from './relations.ts';
import type { Brand, Case, Practice, Source } from './data.ts';
import { sourceTitle } from './format.ts';

export interface StoryLink {
	href: string;
	title: string;
	summary: string;
}

export interface StoryData {
	/** The brand's figures (its own, its practices' and cases'), by `id`. */
	figures: Map<string, FigureWithOrigin>;
	/** The brand's practices under one pillar, in the source's order. */
	pillar: (name: string) => StoryLink[];
	/** Where the brand's practices under one pillar are all listed (with their filters). */
	pillarHref: (name: string) => string;
	/** A practice or case of the brand's procuratorate. */
	practice: (id: string) => StoryLink | undefined;
	case: (id: string) => (StoryLink & { outcome?: string | undefined }) | undefined;
	/** A source's title and where it is listed; the brand's first source when no id is given. */
	source: (id?: string) => { title: string; href: string };
	/** A fresh element id, unique on the page, for headings the kit labels sections with. */
	nextId: () => string;
}

/** Looks up what a story names; fails the build, naming the id, if the content checks were skipped. */
export function need<T>(value: T | undefined, what: string): T {
	if (value === undefined)
		throw new Error(
			`品牌故事引用的${what}不存在，请运行 npm run check:content (story names a missing ${what})`,
		);
	return value;
}

/** What a story's data is made from. */
export interface StoryInput {
	brand: Brand;
	figures: FigureWithOrigin[];
	practices: Practice[];
	ownerPractices: Practice[];
	ownerCases: Case[];
	/** Every brand, where the practices are more than one brand's (the editors' guide). */
	brands?: Brand[];
	/** The brand's sources with their addresses on the sources list (`sourceLinks`). */
	sources: Array<{ source: Source; href: string }>;
}

export function storyData(input: StoryInput): StoryData {
	const link = (href: string, title: string, summary: string): StoryLink => ({
		href,
		title,
		summary,
	});
	const practices = new Map(
		input.ownerPractices.map((p) => [
			p.id,
			link(paths.practice(p.id), p.data.title, p.data.summary),
		]),
	);
	const cases = new Map(
		input.ownerCases.map((c) => [
			c.id,
			{ ...link(paths.case(c.id), c.data.title, c.data.summary), outcome: c.data.outcome },
		]),
	);
	const sources = new Map(
		input.sources.map(({ source, href }) => [source.id, { title: sourceTitle(source.data), href }]),
	);
	let counter = 0;
	return {
		figures: new Map(input.figures.flatMap((f) => (f.id ? [[f.id, f] as const] : []))),
		pillar: (name) =>
			sortPractices(input.practices.filter((p) => p.data.pillar === name)).map((p) =>
				link(paths.practice(p.id), p.data.title, p.data.summary),
			),
		// The brand whose practices these are (on the guide, which shows every brand's, the one
		// the pillar is of). A brand filed under its 院's method has no pillar pages of its own:
		// its one list then.
		pillarHref: (name) => {
			const owner = input.practices.find((p) => p.data.pillar === name)?.data.brand?.id;
			const brand = (input.brands ?? []).find((b) => b.id === owner) ?? input.brand;
			const n = brand.data.pillars.indexOf(name);
			return n < 0
				? paths.practicesBy('brand', brand.id)
				: paths.practicesByPillar(brand.id, n + 1);
		},
		practice: (id) => practices.get(id),
		case: (id) => cases.get(id),
		source: (id) =>
			need(sources.get(id ?? input.brand.data.sources[0]?.id ?? ''), `来源 ${id ?? ''}`),
		nextId: () => `story-${++counter}`,
	};
}

/**
 * The pillars a story already lists with `<Practices pillar="…">` or tells with
 * `<Highlights pillar="…">`, so the page's own list of practices by pillar shows only the others
 * rather than the same links twice.
 */
export function pillarsInStory(body: string): Set<string> {
	return new Set(
		[...body.matchAll(/<(?:Practices|Highlights)\s+pillar="([^"]+)"/g)].map((m) => m[1]!),
	);
}

/**
 * The cases a story already tells, in a `<Moment case="…">` or a `<CaseHighlight id="…">`, so the
 * page's list of cases does not show them a second time.
 */
export function casesInStory(body: string): Set<string> {
	return new Set(
		[...body.matchAll(/<(?:Moment|CaseHighlight)\s[^>]*?\b(?:case|id)="([^"]+)"/g)].map(
			(m) => m[1]!,
		),
	);
}
