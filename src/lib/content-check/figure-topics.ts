/**
 * A figure's `topics` say which of its entry's topics it is about, so a topic's comparison table
 * can lead with it. A tag outside the entry's own topics would put the figure in a table the
 * entry is not in (or name no topic at all), and a brand has no topics to tag.
 */
import type { Problem } from './problems.ts';
import type { ValidEntry } from './validate.ts';

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function figureTopicProblems(valid: ValidEntry[]): Problem[] {
	return valid.flatMap((e) => {
		const figures = Array.isArray(e.data['figures']) ? (e.data['figures'] as unknown[]) : [];
		const own = list(e.data['topics']);
		return figures.flatMap((figure, i) => {
			const tags = list((figure as Record<string, unknown> | null)?.['topics']);
			return tags.flatMap((tag, j): Problem[] => {
				if (own.includes(tag)) return [];
				const field = `figures.${i}.topics.${j}`;
				return e.collection === 'brands'
					? [
							{
								file: e.file,
								entry: e.id,
								field,
								message: `品牌的数据不按主题标注，“${tag}”无从对应 (a brand's figures are not tagged with topics)`,
								fix: '删除这个 topics 字段；要按主题标注，请写在相应做法或案例的数据中 (remove it; tag the figure on a practice or case instead)',
							},
						]
					: [
							{
								file: e.file,
								entry: e.id,
								field,
								message: `数据标注的主题“${tag}”不在本条目的 topics 中 (the figure's topic is not one of the entry's topics)`,
								fix: `改为本条目的主题之一：${own.join(' / ')}；或先把该主题加入 topics (use one of the entry's topics, or add it to topics)`,
							},
						];
			});
		});
	});
}
