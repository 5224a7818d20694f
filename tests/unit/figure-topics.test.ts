/**
 * A figure tagged with topics (`figures[].topics`) must name topics of its own entry: the tag
 * decides which comparison table leads with the figure.
 */
import { describe, expect, test } from 'vitest';
import { baseFile, contentSite as site, report } from '../support/content-site.ts';

const withFigure = (tags: string, topics = '[t]') =>
	baseFile('practices/x.md')
		.replace('topics: [t]', `topics: ${topics}`)
		.replace(
			'sources: [a]',
			`figures:\n  - label: 办理司法救助案件\n    value: 31\n    unit: 件\n    topics: ${tags}\nsources: [a]`,
		);

describe('a figure’s topics', () => {
	test('one of the entry’s own topics passes', () => {
		expect(
			report(
				site({
					'topics/u.yaml': 'name: 未成年人检察\ndescription: 说明。\n',
					'practices/x.md': withFigure('[t]', '[t, u]'),
				}),
			),
		).toEqual([]);
	});

	test('a topic the entry does not have names the field and the topics it has', () => {
		const dir = site({
			'topics/u.yaml': 'name: 未成年人检察\ndescription: 说明。\n',
			'practices/x.md': withFigure('[t, u]'),
		});
		expect(report(dir)).toEqual([
			"content/practices/x.md | figures.0.topics.1 | 数据标注的主题“u”不在本条目的 topics 中 (the figure's topic is not one of the entry's topics) | 改为本条目的主题之一：t；或先把该主题加入 topics (use one of the entry's topics, or add it to topics)",
		]);
	});

	test('a brand’s figure has no topics to be tagged with', () => {
		const brand = baseFile('brands/b.md').replace(
			'sources: [a]',
			'figures:\n  - label: 发放救助金\n    value: 58.44\n    unit: 万元\n    topics: [t]\nsources: [a]',
		);
		expect(report(site({ 'brands/b.md': brand }))).toEqual([
			"content/brands/b.md | figures.0.topics.0 | 品牌的数据不按主题标注，“t”无从对应 (a brand's figures are not tagged with topics) | 删除这个 topics 字段；要按主题标注，请写在相应做法或案例的数据中 (remove it; tag the figure on a practice or case instead)",
		]);
	});
});
