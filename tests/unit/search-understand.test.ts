/**
 * Query understanding on the real content's vocabulary: pinyin maps only to the site's own terms,
 * slips are corrected only where a non-term becomes a term, synonyms expand and never replace,
 * fillers go only on request, and suggestions come from the site.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readAllEntries } from '../../src/lib/content-check/read.ts';
import { readSearchTable } from '../../src/lib/content-check/search-table.ts';
import { validateEntries } from '../../src/lib/content-check/validate.ts';
import {
	correctSlips,
	dropFillers,
	expandSynonyms,
	namedTopic,
	pinyinTerms,
	suggest,
} from '../../src/lib/search/understand.ts';
import { searchData } from '../../src/lib/search-build/search-data.ts';
import { namesOf, type Vocabulary as Built } from '../../src/lib/search-build/vocabulary-build.ts';
import { dictionaryParts, vocabularyFiles } from '../../src/lib/search-build/vocabulary-files.ts';
import { segmentQuery } from '../../src/lib/search/segment.ts';
import { Dictionary } from '../../src/lib/search/dictionary.ts';
import { Vocabulary, termsPath, type SearchTableData } from '../../src/lib/search/vocabulary.ts';
import { root } from '../support/site.ts';

let built: Built;
let table: SearchTableData;
let dict: Dictionary;
let fetched: string[];
let files: Map<string, unknown>;
const vocab = () =>
	new Vocabulary(async (path) => {
		fetched.push(path);
		const file = files.get(/\/([^/]+)\.json$/.exec(path)![1]!);
		if (file === undefined) throw new Error('404');
		return file;
	});

beforeAll(() => {
	const { valid } = validateEntries(readAllEntries(root));
	const entries = valid
		.filter((e) => e.collection !== 'sources')
		.map((e) => ({ collection: e.collection, data: e.data, body: e.body ?? '' }));
	const topics = valid
		.filter((e) => e.collection === 'topics')
		.map((e): [string, string, string[]] => [
			String(e.data['name']),
			`/topics/${e.id}/`,
			e.data['aliases'] as string[],
		]);
	const data = searchData(entries, readSearchTable(root).table, topics);
	built = data.vocabulary;
	table = data.searchTable;
	dict = new Dictionary(table.dictionary);
	files = vocabularyFiles(built, table);
	fetched = [];
});

describe('the vocabulary', () => {
	test('holds the content’s names and words with their pinyin, in shards by first letter', () => {
		const s = new Map(built.shards['s']!.map((r) => [r[0], r]));
		expect(s.get('司法救助')).toEqual(['司法救助', 'si fa jiu zhu', 1000]);
		expect(built.shards['x']!.find((r) => r[0] === '心桥')?.[1]).toBe('xin qiao');
		expect(built.chars['cha']).toContain('察');
		expect(built.chars['cha']).toContain('查');
	});

	test('a brand named in full is also known by each half of its name, never by an empty one', () => {
		expect(namesOf('brands', { name: '崇德尚法、正义先锋' })).toEqual([
			{ term: '崇德尚法、正义先锋', kind: 'brand' },
			{ term: '崇德尚法', kind: 'brand' },
			{ term: '正义先锋', kind: 'brand' },
		]);
		expect(namesOf('brands', { name: '心桥' })).toEqual([{ term: '心桥', kind: 'brand' }]);
		const z = new Map(built.shards['z']!.map((r) => [r[0], r]));
		expect(z.get('正义先锋')?.[1]).toBe('zheng yi xian feng');
	});

	test('fetches only the files a query needs, each once', async () => {
		fetched = [];
		const v = vocab();
		await pinyinTerms('sifajiuzhu', v);
		await pinyinTerms('sfjz', v);
		expect(fetched).toEqual([termsPath('s')]);
	});
	test('a Chinese query fetches the dictionary’s parts and the terms of its own characters only', async () => {
		fetched = [];
		expect(await correctSlips('检查听证', vocab(), table.distinct)).toBe('检察听证');
		const parts = fetched.filter((p) => p.includes('/dictionary-'));
		expect(parts.length).toBeGreaterThan(0);
		expect(parts.length).toBeLessThanOrEqual(4);
		expect(parts.length).toBeLessThan(dictionaryParts(table.dictionary).length);
		// Neither the whole table nor a shard of every term starting with a letter.
		expect(
			fetched.filter((p) => !/\/(rules|chars|sound-[a-z]+|dictionary-\d+)\.json$/.test(p)),
		).toEqual([]);
	});

	test('the dictionary in parts cuts each query as the whole dictionary does', async () => {
		const words = dict.words;
		const queries = [
			...table.topics.flatMap(([name, , aliases]) => [name, ...aliases]),
			...table.synonyms.flat(),
			'如何申请检察听证',
			'怎么开展司法救助',
			// Terms side by side, where one may start inside another.
			...words.map((w, i) => w + words[(i * 7 + 3) % words.length]),
		];
		for (const q of queries) {
			const v = vocab();
			expect(segmentQuery(q, await v.dictionaryFor(q)), q).toBe(segmentQuery(q, dict));
		}
	});

	test('the dictionary’s parts hold each term and each term no page holds once', () => {
		const absent = dict.words.filter((_, i) => i % 5 === 0);
		const parts = dictionaryParts({ words: dict.words, absent });
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.flatMap((p) => p.words).sort()).toEqual([...dict.words].sort());
		expect(parts.flatMap((p) => p.absent ?? []).sort()).toEqual([...absent].sort());
		for (const part of parts) for (const w of part.absent ?? []) expect(part.words).toContain(w);
	});

	test('every term that sounds like a run of a query is among the terms fetched by sound', async () => {
		const readings = new Map<string, string[]>();
		for (const [syllable, chars] of Object.entries(built.chars))
			for (const c of chars) readings.set(c, [...(readings.get(c) ?? []), syllable]);
		for (const [term, pinyin] of Object.values(built.shards).flat())
			expect(readings.get([...term][0]!), term).toContain(pinyin.split(' ')[0]);
		for (const q of ['检查听证', '方案', '司法求助', '未成年人检查', '监察建议']) {
			const v = vocab();
			const bySound = new Set((await v.soundsFor(q)).map((r) => r[0]));
			const runs = new Set<string>();
			const chars = [...q];
			for (let a = 0; a < chars.length; a++)
				for (let b = a + 2; b <= chars.length; b++) {
					let out = [''];
					for (const c of chars.slice(a, b))
						out = out.flatMap((o) => (readings.get(c) ?? []).map((r) => o + r));
					for (const o of out) runs.add(o);
				}
			const sounding = (await vocab().shardsFor(q)).filter((r) => runs.has(r[1].replace(/ /g, '')));
			expect(sounding.length, q).toBeGreaterThan(0);
			for (const r of sounding) expect(bySound.has(r[0]), `${q}: ${r[0]}`).toBe(true);
		}
	});
});

describe('pinyin maps to the site’s own terms', () => {
	test.each([
		['sifajiuzhu', '司法救助'],
		['sfjz', '司法救助'],
		['jianchatingzheng', '检察听证'],
		['xinqiao', '心桥'],
		['weijian', '未检'],
		// Words the splitter cuts into single characters, kept whole by the dictionary.
		['tingzheng', '听证'],
		['bangjiao', '帮教'],
		['dangjian', '党建'],
	])('%s → %s', async (q, term) => {
		expect((await pinyinTerms(q, vocab()))[0]).toBe(term);
	});

	test('a run of terms when no single term spells it', async () => {
		expect(await pinyinTerms('nongmingongjiuzhu', vocab())).toEqual(['农民工 救助']);
	});

	test('nothing for pinyin of words the site does not contain', async () => {
		expect(await pinyinTerms('diannaoyouxi', vocab())).toEqual([]);
		expect(await pinyinTerms('qwxz', vocab())).toEqual([]);
	});
});

describe('homophone slips', () => {
	test.each([
		['检查听证', '检察听证'],
		['检查建议', '检察建议'],
		['如何申请检查听证', '如何申请检察听证'],
	])('%s → %s (a non-term that sounds exactly like a site term)', async (q, fixed) => {
		expect(await correctSlips(q, vocab(), table.distinct)).toBe(fixed);
	});

	test.each(['检察听证', '检查', '司法救助', '心桥 12309', 'xinqiao'])(
		'%s is left alone',
		async (q) => {
			expect(await correctSlips(q, vocab(), table.distinct)).toBeUndefined();
		},
	);

	test('never across a pair the editors keep apart', async () => {
		expect(await correctSlips('监察建议', vocab(), table.distinct)).toBeUndefined();
		expect(await correctSlips('监察建议', vocab(), [])).toBe('检察建议');
	});
});

describe('synonyms and abbreviations expand, never replace', () => {
	test('the query first, then each other word of the group', () => {
		expect(expandSynonyms('未检', table.synonyms)).toEqual({
			variants: ['未检', '未成年人检察'],
			added: ['未成年人检察'],
		});
		expect(expandSynonyms('农民工追讨欠薪', table.synonyms).variants).toEqual([
			'农民工追讨欠薪',
			'农民工讨薪',
			'农民工被拖欠工资',
			'农民工追讨工资',
			'农民工欠薪',
			'务工人员追讨欠薪',
		]);
	});

	test('公益诉讼 and 公诉 stay apart', () => {
		expect(expandSynonyms('公益诉讼', table.synonyms).variants).toEqual(['公益诉讼']);
		expect(expandSynonyms('公诉', table.synonyms).variants).toEqual(['公诉']);
	});
});

describe('question and filler words', () => {
	test('are dropped as whole words of the query', () => {
		expect(dropFillers('如何帮助农民工追讨欠薪', table.fillers, dict)).toEqual({
			query: '农民工追讨欠薪',
			dropped: ['如何', '帮助'],
		});
		expect(dropFillers('有没有司法救助的做法', table.fillers, dict)?.dropped).toEqual([
			'有没有',
			'的',
		]);
		expect(dropFillers('怎么开展司法救助', table.fillers, dict)).toEqual({
			query: '司法救助',
			dropped: ['怎么', '开展'],
		});
	});

	test('never empty the query, and leave words that only contain them', () => {
		expect(dropFillers('如何', table.fillers, dict)).toBeUndefined();
		expect(dropFillers('目的', table.fillers, dict)).toBeUndefined();
		// 的 is a filler, but 党的建设 is a site term: one word, kept.
		expect(dropFillers('党的建设', table.fillers, dict)).toBeUndefined();
	});
});

describe('the topic a query names', () => {
	test.each([
		['司法救助', '司法救助'],
		['司法救助 青海', '司法救助'],
		['未检', '未成年人检察'],
	])('%s → %s', (q, name) => {
		expect(namedTopic(q, table, dict)?.name).toBe(name);
	});

	test('a brand’s name names no topic, even a topic’s of the same name', () => {
		expect(namedTopic('文化党建', table, dict)).toBeUndefined();
		expect(table.topics.map((t) => t[0])).toContain('智慧党建');
		expect(namedTopic('智慧党建', table, dict)).toBeUndefined();
	});
});

describe('when nothing matches', () => {
	test('the closest site terms by characters and by sound, and topics', async () => {
		const s = await suggest('司法求助', vocab(), table);
		expect(s.terms).toContain('司法救助');
		expect(s.topics).toContainEqual({ name: '司法救助', path: '/topics/sifa-jiuzhu/' });
		expect((await suggest('sifajiuzu', vocab(), table)).terms).toContain('司法救助');
	});

	test('never one of a pair kept apart', async () => {
		expect((await suggest('公诉', vocab(), table)).terms).not.toContain('公益诉讼');
	});
});
