/**
 * “同主题的其他做法”: the ranking behind it, on small made-up practices. The complaint it answers:
 * a 司法救助 practice once showed four 特殊群体 practices and none of the other 司法救助 ones.
 */
import { describe, expect, test } from 'vitest';
import { bigrams, relatedByTopic, wordSimilarity } from '../../src/lib/site/related.ts';

const p = (id: string, owner: string, topics: string[], text: string) => ({
	id,
	owner,
	topics,
	text,
	title: text.slice(0, 8),
});

const reading = p(
	'a',
	'huzhu',
	['sifa-jiuzhu', 'tebie-qunti'],
	'司法救助融入脱贫攻坚，为因案致贫的当事人提供救助',
);
const all = [
	reading,
	p('b', 'shanghai', ['tebie-qunti'], '为老年人提供法律服务'),
	p('c', 'shanghai', ['sifa-jiuzhu'], '应救助尽救助，为困难当事人发放司法救助金'),
	p('d', 'hekou', ['sifa-jiuzhu'], '检察听证化解矛盾'),
	p('e', 'chuanying', ['sifa-jiuzhu', 'tebie-qunti'], '为残疾人和困难群众提供司法救助'),
	p('f', 'huzhu', ['sifa-jiuzhu'], '本院的另一项司法救助做法'),
];
const byTopic = (t: string) => all.filter((x) => x.topics.includes(t));

describe('related practices', () => {
	test('each of the entry’s topics gets its own group, in the entry’s order', () => {
		const groups = relatedByTopic(reading, byTopic);
		expect(groups.map((g) => g.topic)).toEqual(['sifa-jiuzhu', 'tebie-qunti']);
	});

	test('every practice shown shares the topic it is listed under, and none is the entry’s own 院', () => {
		for (const g of relatedByTopic(reading, byTopic))
			for (const item of g.items) {
				expect(item.topics).toContain(g.topic);
				expect(item.owner).not.toBe(reading.owner);
			}
	});

	test('most similar first: shared topics, then shared words', () => {
		const [jiuzhu] = relatedByTopic(reading, byTopic);
		// e shares both topics; c shares one topic and many words; d shares one topic and few.
		expect(jiuzhu!.items.map((i) => i.id)).toEqual(['e', 'c', 'd']);
	});

	test('a practice is listed once, under the first topic it shares; empty groups are dropped', () => {
		const groups = relatedByTopic(reading, byTopic);
		expect(groups[1]).toEqual({ topic: 'tebie-qunti', items: [all[1]], total: 2 });
		const only = relatedByTopic(p('z', 'x', ['sifa-jiuzhu', 'none'], '救助'), byTopic);
		expect(only.map((g) => g.topic)).toEqual(['sifa-jiuzhu']);
	});

	test('at most `limit` per topic, with the topic’s full count for a “see all” link', () => {
		const [jiuzhu] = relatedByTopic(reading, byTopic, 2);
		expect(jiuzhu!.items).toHaveLength(2);
		expect(jiuzhu!.total).toBe(3);
	});
});

describe('shared words', () => {
	test('are two-character runs of Han text; punctuation, Latin and digits split runs', () => {
		expect([...bigrams('司法救助，12309 听证')]).toEqual(['司法', '法救', '救助', '听证']);
	});

	test('similarity runs from 0 to 1', () => {
		expect(wordSimilarity(bigrams('司法救助'), bigrams('司法救助'))).toBe(1);
		expect(wordSimilarity(bigrams('司法救助'), bigrams('检察听证'))).toBe(0);
		expect(wordSimilarity(bigrams(''), bigrams('检察听证'))).toBe(0);
	});
});
