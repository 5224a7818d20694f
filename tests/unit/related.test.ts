/**
 * “同主题的其他做法”: the ranking behind it, on small made-up practices. The complaint it answers:
 * a 司法救助 practice once showed four 特殊群体 practices and none of the other 司法救助 ones.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { relatedByTopic, similarity } from '../../src/lib/site/related.ts';

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
		expect(groups[1]).toEqual({
			topic: 'tebie-qunti',
			items: [all[1]],
			total: 2,
			own: [],
			ownTotal: 0,
		});
		const only = relatedByTopic(p('z', 'x', ['sifa-jiuzhu', 'none'], '救助'), byTopic);
		expect(only.map((g) => g.topic)).toEqual(['sifa-jiuzhu']);
	});

	test('the same 院’s other work on the topic comes apart from the other 院’, never the entry itself', () => {
		const [jiuzhu] = relatedByTopic(reading, byTopic);
		expect(jiuzhu!.own.map((i) => i.id)).toEqual(['f']);
		expect(jiuzhu!.ownTotal).toBe(1);
		expect(jiuzhu!.items.map((i) => i.owner)).not.toContain('huzhu');
		// A topic where only the same 院 has other work still gets its group.
		const alone = p('g', 'hekou', ['sifa-jiuzhu'], '检察听证的另一项做法');
		const onlyOwn = relatedByTopic(alone, (t) =>
			[...byTopic(t), alone].filter((x) => x.owner === 'hekou'),
		);
		expect(onlyOwn).toEqual([
			{ topic: 'sifa-jiuzhu', items: [], total: 0, own: [all[3]], ownTotal: 1 },
		]);
	});

	test('at most `limit` per topic, with the topic’s full count for a “see all” link', () => {
		const [jiuzhu] = relatedByTopic(reading, byTopic, 2);
		expect(jiuzhu!.items).toHaveLength(2);
		expect(jiuzhu!.total).toBe(3);
	});
});

describe('shared words', () => {
	// Items with no topic in common: the similarity is the shared-words part alone (× 0.99).
	const words = (id: string, text: string) => ({ id: `words/${id}`, owner: id, topics: [], text });

	test('are two-character runs of Han text; punctuation, Latin and digits split runs', () => {
		// {司法, 法救, 救助, 听证} and {救助, 助听, 听证}: 2 shared of 5 in all.
		const a = words('a', '司法救助，12309 听证');
		const b = words('b', '救助听证');
		expect(similarity(a, b)).toBeCloseTo((2 / 5) * 0.99, 10);
	});

	test('run from 0 to 1, and a shared topic outweighs any words', () => {
		expect(similarity(words('c', '司法救助'), words('d', '救助司法救助'))).toBeCloseTo(
			(3 / 4) * 0.99,
			10,
		);
		expect(similarity(words('e', '司法救助'), words('f', '司法救助'))).toBe(0.99);
		expect(similarity(words('g', '司法救助'), words('h', '检察听证'))).toBe(0);
		expect(similarity(words('i', ''), words('j', '检察听证'))).toBe(0);
		const topical = { id: 'words/k', owner: 'k', topics: ['t'], text: '检察听证' };
		expect(similarity({ ...topical, id: 'words/l', text: '司法救助' }, topical)).toBe(1);
	});
});

describe('the index behind the ranking', () => {
	test('ranks exactly as `similarity` does (its definition), on random practices', () => {
		const han = [...'司法救助听证'];
		const item = fc.record({
			owner: fc.constantFrom('o1', 'o2', 'o3'),
			topics: fc.uniqueArray(fc.constantFrom('t1', 't2', 't3'), { minLength: 1, maxLength: 3 }),
			text: fc
				.array(fc.constantFrom(...han, '，', 'A'), { maxLength: 10 })
				.map((cs) => cs.join('')),
		});
		fc.assert(
			fc.property(item, fc.array(item, { maxLength: 25 }), (reading, others) => {
				const entry = { ...reading, id: `r/${reading.text}/${reading.topics}` };
				const list = others.map((o, i) => ({ ...o, id: `o/${i}/${o.text}`, title: `${i}` }));
				const topic = entry.topics[0]!;
				const first = relatedByTopic(entry, (t) =>
					list.filter((o) => (o.topics as string[]).includes(t)),
				).find((g) => g.topic === topic);
				const expected = list
					.filter((o) => o.topics.includes(topic) && o.owner !== entry.owner)
					.sort(
						(a, b) =>
							similarity(entry, b) - similarity(entry, a) ||
							a.title.localeCompare(b.title, 'zh-CN'),
					)
					.slice(0, 4);
				expect(first?.items ?? []).toEqual(expected);
			}),
			{ numRuns: 500 },
		);
	});
});
