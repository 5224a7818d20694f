/**
 * The story kit: the only components an editor may use in a brand's story (`content/brands/*.mdx`),
 * with the props each takes. One table, read by the content checker (which rejects anything else
 * before a build) and by the components themselves (`src/components/story/`), so the two cannot
 * disagree about what a prop means.
 *
 * Every prop is plain text written `name="…"`: an editor's file holds no JavaScript, so lists are
 * written as ids separated by spaces, e.g. `ids="jiuzhu-anjian jiuzhu-jin"`.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, text } from './common.ts';

/** Ids separated by spaces, as a list. */
const idList = (min: number, max: number) =>
	z
		.string()
		.transform((s) => s.trim().split(/\s+/).filter(Boolean))
		.pipe(
			z
				.array(
					z.string().regex(ID_PATTERN, {
						error:
							'编号只能用小写字母、数字和连字符 (ids are lower-case ASCII, digits and hyphens)',
					}),
				)
				.min(min, {
					error: `至少写 ${min} 个编号，用空格分隔 (at least ${min} ids, separated by spaces)`,
				})
				.max(max, { error: `最多写 ${max} 个编号 (at most ${max} ids)` }),
		);

const id = () =>
	z.string().regex(ID_PATTERN, {
		error: '编号只能用小写字母、数字和连字符 (ids are lower-case ASCII, digits and hyphens)',
	});

/** What each component is for, its props, and whether it wraps text. */
export const storyKit = {
	/** A row of 2–6 big figures, each a figure of this brand (or its practices and cases) by its `id`. */
	StatTiles: {
		props: z.strictObject({
			/** The figures' ids, separated by spaces, in the order to show them. */
			ids: idList(2, 6),
		}),
		children: false,
	},
	/** A quotation, character for character as the article prints it (the text between the tags). */
	Quote: {
		props: z.strictObject({
			/** Who said it, as the article names them, e.g. `王琴`. Leave out if the article names no one. */
			speaker: text().optional(),
			/** Their role as the article gives it, e.g. `“妈妈”的扮演者`. */
			role: text().optional(),
			/** The article it comes from (an id from `content/sources/`). Default: the brand's first source. */
			source: id().optional(),
		}),
		children: true,
	},
	/** One concrete scene from the article, told in our words, linking to where it is told in full. */
	Moment: {
		props: z
			.strictObject({
				/** A short heading for the scene. */
				title: text(),
				/** The practice it belongs to (an id from `content/practices/`). */
				practice: id().optional(),
				/** Or the case it belongs to (an id from `content/cases/`). */
				case: id().optional(),
			})
			.refine((p) => (p.practice === undefined) !== (p.case === undefined), {
				error:
					'须写 practice 或 case 二者之一，指向这个场景所属的做法或案例 (give exactly one of practice or case)',
				path: ['practice'],
			}),
		children: true,
	},
	/** The brand's practices under one of its pillars, as a list of links. */
	Practices: {
		props: z.strictObject({
			/** One of the brand's `pillars`, exactly. */
			pillar: text(),
		}),
		children: false,
	},
	/**
	 * Two or three of the brand's practices under one pillar, each told in one sentence the editor
	 * writes (a `<Highlight>` inside it), ending with a link to the pillar's full list.
	 */
	Highlights: {
		props: z.strictObject({
			/** One of the brand's `pillars`, exactly. */
			pillar: text(),
		}),
		children: true,
	},
	/** One practice of a `<Highlights>`, told in one sentence, linked to the practice's page. */
	Highlight: {
		props: z.strictObject({
			/** The practice (an id from `content/practices/`): the brand's own, under the pillar. */
			practice: id(),
		}),
		children: true,
	},
	/** One case of this brand's procuratorate, by id, with its summary and a link. */
	CaseHighlight: {
		props: z.strictObject({
			/** The case (an id from `content/cases/`). */
			id: id(),
		}),
		children: false,
	},
	/** Dated events, each an `<Event>` inside it; only dates the article gives. */
	Timeline: {
		props: z.strictObject({}),
		children: true,
	},
	/** One dated event of a `<Timeline>`. */
	Event: {
		props: z.strictObject({
			/** The date as the article writes it, e.g. `2019年` or `2016年4月`. */
			when: z.string().regex(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?$/, {
				error:
					'日期须照原文写成“2019年”“2016年4月”或“2016年4月1日” (write the date as the article does, e.g. 2019年)',
			}),
			/** The practice or case it belongs to, if any (an id). */
			practice: id().optional(),
			case: id().optional(),
		}),
		children: true,
	},
	/** An aside: a note the reader may skip, e.g. what the article does not say. */
	Note: {
		props: z.strictObject({
			/** A short heading. Default: 说明. */
			title: text().optional(),
		}),
		children: true,
	},
} as const;

export type StoryComponent = keyof typeof storyKit;
export const storyComponents = Object.keys(storyKit) as StoryComponent[];

/** Props of a kit component, after parsing (lists split, text trimmed). */
export type StoryProps<C extends StoryComponent> = z.output<(typeof storyKit)[C]['props']>;

/**
 * Where a component may stand: `Event` only inside `Timeline`, `Highlight` only inside
 * `Highlights`, everything else at the top of the story.
 */
export const storyParents: Partial<Record<StoryComponent, StoryComponent>> = {
	Event: 'Timeline',
	Highlight: 'Highlights',
};

/**
 * How many practices a `<Highlights>` tells: enough to show the pillar (all of them when it has
 * fewer), few enough that the story stays a story; the rest are on the pillar's full list.
 */
export const HIGHLIGHTS = { min: 2, max: 3 } as const;
