/**
 * Checks of a story's `<Highlights>` (src/schemas/story-kit.ts): its practices are the brand's
 * own under the pillar, each told once and in one sentence, two or three of them. Called from
 * the story-kit check (story-kit.ts), which walks the story and reports with file and line.
 */
import { HIGHLIGHTS } from '../../schemas/story-kit.ts';
import { isElement, type MdxNode, type StoryContext } from './story-kit.ts';
import { didYouMean } from './suggest.ts';

/** The kit elements named `name` among a node's children, looking through paragraphs. */
const kidsNamed = (node: MdxNode, name: string): MdxNode[] =>
	(node.children ?? []).flatMap((c) =>
		c.type === 'paragraph' ? kidsNamed(c, name) : isElement(c) && c.name === name ? [c] : [],
	);

const textOf = (n: MdxNode): string => (n.value ?? '') + (n.children ?? []).map(textOf).join('');

/** Sentences in a node's text: ends of sentence outside quotations, plus an unfinished last one. */
export function sentences(n: MdxNode): number {
	const plain = textOf(n)
		.replace(/“[^”]*”|《[^》]*》/g, '')
		.trim();
	const ends = plain.match(/[。！？!?]+/g)?.length ?? 0;
	return ends + (/[。！？!?]$/.test(plain) ? 0 : 1);
}

/**
 * The practices a `<Highlights>` tells: each the brand's own, filed under the pillar, named once;
 * two or three of them (all, when the pillar has fewer than two).
 */
export function highlights(
	node: MdxNode,
	pillar: string,
	c: StoryContext,
	add: (n: MdxNode, m: string, f: string) => void,
): void {
	if (!c.pillars.includes(pillar)) return;
	const underPillar = [...c.brandPractices].filter(([, p]) => p === pillar).map(([id]) => id);
	const items = kidsNamed(node, 'Highlight');
	const options = `本品牌板块“${pillar}”下的做法：${underPillar.join(', ') || '（无）'} (the brand's practices under this pillar)`;
	const seen = new Set<string>();
	for (const item of items) {
		const id = item.attributes?.find((a) => a.name === 'practice')?.value;
		if (typeof id !== 'string') continue;
		const tag = '<Highlight>';
		if (seen.has(id)) {
			add(
				item,
				`{line}做法“${id}”在这个 <Highlights> 里写了两次 (practice '${id}' is told twice)`,
				'删去其中一个 <Highlight> (remove one of them)',
			);
			continue;
		}
		seen.add(id);
		if (c.brandPractices.get(id) === pillar || c.unchecked.has(`practices/${id}`)) continue;
		if (!c.brandPractices.has(id)) {
			const guess = didYouMean(
				id,
				underPillar.map((k) => ({ id: k })),
			);
			add(
				item,
				c.practices.has(id)
					? `{line}组件 ${tag} 引用的做法“${id}”不属于本品牌 ('${id}' is not this brand's practice)`
					: `{line}组件 ${tag} 引用的做法“${id}”不存在${guess ? `，是不是 ${guess}？` : ''} ('${id}' does not exist)`,
				guess ? `改为 ${guess} (write ${guess})` : `改为${options}`,
			);
		} else {
			add(
				item,
				`{line}组件 ${tag} 引用的做法“${id}”不在板块“${pillar}”下 ('${id}' is filed under another pillar)`,
				`改为${options}，或把它写进它自己板块的 <Highlights> (or tell it under its own pillar)`,
			);
		}
	}
	const least = Math.max(Math.min(HIGHLIGHTS.min, underPillar.length), 1);
	if (items.length < least || items.length > HIGHLIGHTS.max) {
		add(
			node,
			`{line}<Highlights pillar="${pillar}"> 写了 ${items.length} 项做法，须写 ${least}–${HIGHLIGHTS.max} 项 (tell ${least} to ${HIGHLIGHTS.max} practices)`,
			`从${options}中挑选；其余做法由组件末尾“全部做法”的链接列出 (the rest are on the pillar's full list, linked at the end)`,
		);
	}
}
