/**
 * The search page's plan for a query (src/lib/search/plan.ts), run against a small site: a
 * vocabulary built from a few names and texts, and a stand-in for Pagefind that counts the pages
 * holding every word of any variant. Each branch is driven through the plan's own steps, the
 * way the page drives it: pinyin, slips corrected (and dropped when they find nothing), synonyms,
 * the first page drawn early, filler words dropped before the first search, the topic a query
 * names leading, suggestions when none.
 */
import { describe, expect, test } from 'vitest';
import { buildT2S } from '../../src/lib/search-build/t2s-table.ts';
import { buildVocabulary } from '../../src/lib/search-build/vocabulary-build.ts';
import { vocabularyFiles } from '../../src/lib/search-build/vocabulary-files.ts';
import {
	leadFirst,
	PAGE_SIZE,
	planQuery,
	type Outcome,
	type Step,
} from '../../src/lib/search/plan.ts';
import { Dictionary } from '../../src/lib/search/dictionary.ts';
import { normalizeQuery } from '../../src/lib/search/query.ts';
import { segmentQuery } from '../../src/lib/search/segment.ts';
import { Vocabulary, type SearchTableData } from '../../src/lib/search/vocabulary.ts';

const texts = [
	'心桥检察室为群众办实事，遮风挡雨',
	'检察听证让群众参与，检查工作',
	'司法救助帮助困难群众',
	'党建引领业务，党的建设',
	'追讨欠薪，农民工',
	'如何追讨欠薪',
];
const names = [
	{ term: '心桥', kind: 'brand' },
	{ term: '司法救助', kind: 'topic' },
	{ term: '检察听证', kind: 'topic' },
	{ term: '农民工', kind: 'topic' },
	{ term: '党建', kind: 'synonym' },
	{ term: '党的建设', kind: 'synonym' },
] as const;
const fillers = ['如何', '怎么', '开展'];
const words = [...names.map((n) => n.term), '公开听证', ...fillers];
const dict = new Dictionary({ words });
const built = buildVocabulary({ names: [...names], texts, dictionary: dict });
const table: SearchTableData = {
	synonyms: [['党建', '党的建设']],
	distinct: [['监察', '检察']],
	fillers,
	topics: [
		['检察听证', '/topics/jiancha-tingzheng/', ['公开听证']],
		['司法救助', '/topics/sifa-jiuzhu/', []],
	],
	dictionary: { words },
};
const files = vocabularyFiles(built, table);
const vocabulary = () =>
	new Vocabulary(async (path) => {
		const file = files.get(/\/([^/]+)\.json$/.exec(path)![1]!);
		if (file === undefined) throw new Error(`404 ${path}`);
		return file;
	});

/** A stand-in for Pagefind: the pages holding every word of at least one variant. */
const index =
	(pages: string[]) =>
	(variants: string[]): number =>
		pages.filter((page) =>
			variants.some((v) =>
				segmentQuery(v, dict)
					.split(' ')
					.every((w) => page.includes(w)),
			),
		).length;

/** Runs a plan as the search page does: each search answered with its count. */
async function run(
	query: string,
	count: (variants: string[]) => number,
	options: { exact?: boolean } = {},
): Promise<{ steps: Step[]; outcome: Outcome }> {
	const plan = planQuery(query, vocabulary(), table, options);
	const steps: Step[] = [];
	let next = await plan.next();
	while (!next.done) {
		steps.push(next.value);
		next = await plan.next(next.value.kind === 'search' ? count(next.value.variants) : undefined);
	}
	return { steps, outcome: next.value };
}
/** The searches a run asked for, as `why: variants`. */
const searches = (steps: Step[]) =>
	steps.flatMap((s) => (s.kind === 'search' ? [`${s.why}: ${s.variants.join(' | ')}`] : []));

const site = index(texts);

describe('pinyin', () => {
	test('becomes the site terms that sound so, searched beside the pinyin, and is said so', async () => {
		const { steps, outcome } = await run('xinqiao', site);
		expect(searches(steps)).toEqual(['understood: xinqiao | 心桥']);
		expect(outcome.notes).toEqual({ pinyin: ['心桥'] });
		expect(outcome.variants).toEqual(['xinqiao', '心桥']);
		expect(outcome.terms).toContain('心桥');
	});

	test('initials of a longer name find it too', async () => {
		const { outcome } = await run('sfjz', site);
		expect(outcome.notes.pinyin).toEqual(['司法救助']);
	});

	test('is never drawn early: the letters alone are not what the visitor meant', async () => {
		const { steps } = await run('xinqiao', () => PAGE_SIZE * 2);
		expect(steps.map((s) => s.kind)).toEqual(['search']);
	});

	test('pinyin of nothing on the site is searched as typed, and gets suggestions', async () => {
		const { steps, outcome } = await run('qqqq', site);
		expect(searches(steps)).toEqual(['understood: qqqq']);
		expect(outcome.notes).toEqual({});
		expect(outcome.suggestions).toBeDefined();
	});
});

describe('homophone slips', () => {
	test('a slip is corrected to the site term, searched instead of what was typed, and said', async () => {
		const { steps, outcome } = await run('检查听证', site);
		expect(searches(steps)).toEqual(['understood: 检察听证']);
		expect(outcome.notes).toEqual({ corrected: { from: '检查听证', to: '检察听证' } });
		expect(outcome.variants).toEqual(['检察听证']);
		expect(outcome.suggestions).toBeUndefined();
	});

	test('a correction that finds nothing is dropped: what was typed is searched instead', async () => {
		const typedOnly = (variants: string[]) => (variants.includes('检查听证') ? 2 : 0);
		const { steps, outcome } = await run('检查听证', typedOnly);
		expect(searches(steps)).toEqual(['understood: 检察听证', 'uncorrected: 检查听证']);
		expect(outcome.notes).toEqual({});
		expect(outcome.variants).toEqual(['检查听证']);
	});

	test('when neither finds anything, suggestions are for what was typed', async () => {
		const { steps, outcome } = await run('检查听证', () => 0);
		expect(searches(steps)).toEqual(['understood: 检察听证', 'uncorrected: 检查听证']);
		expect(outcome.notes).toEqual({});
		expect(outcome.suggestions?.topics.map((t) => t.name)).toContain('检察听证');
	});

	test('仍搜索 (exact): nothing is corrected, and the words as typed may be drawn early', async () => {
		const { steps, outcome } = await run('检查听证', site, { exact: true });
		expect(searches(steps)).toEqual(['typed: 检查听证', 'understood: 检查听证']);
		expect(outcome.notes).toEqual({});
	});

	test('a site term is never corrected', async () => {
		const { outcome } = await run('检察听证', site);
		expect(outcome.notes.corrected).toBeUndefined();
	});
});

describe('synonyms', () => {
	test('expand the query, never replace it, and are said', async () => {
		const { steps, outcome } = await run('党建', site);
		expect(searches(steps)).toEqual(['typed: 党建', 'understood: 党建 | 党的建设']);
		expect(outcome.variants).toEqual(['党建', '党的建设']);
		expect(outcome.notes).toEqual({ expanded: ['党的建设'] });
		// The synonym is marked in excerpts too, each a whole word (both are site terms).
		expect(outcome.terms).toEqual(['党的建设', '党建']);
	});

	test('a corrected query is expanded from the correction', async () => {
		const { steps, outcome } = await run('挡建', site);
		expect(searches(steps)).toEqual(['understood: 党建 | 党的建设']);
		expect(outcome.notes).toEqual({
			corrected: { from: '挡建', to: '党建' },
			expanded: ['党的建设'],
		});
	});
});

describe('the first page drawn early', () => {
	// Exactly a page of them: a full page is enough.
	const many = index(Array.from({ length: PAGE_SIZE }, (_, i) => `党建 第${i}篇`));

	test('when the words as typed fill a page: drawn before the synonyms are searched', async () => {
		const { steps, outcome } = await run('党建', many);
		expect(steps).toEqual([
			{ kind: 'search', why: 'typed', variants: ['党建'] },
			// Marked and noted as the whole search will be, so the page drawn early reads the same.
			{ kind: 'draw', variants: ['党建'], terms: outcome.terms, notes: outcome.notes },
			{ kind: 'search', why: 'understood', variants: ['党建', '党的建设'] },
		]);
	});

	test('not when they fall short of a page', async () => {
		const { steps } = await run('党建', (v) => (v.length === 1 ? PAGE_SIZE - 1 : 40));
		expect(steps.map((s) => s.kind)).toEqual(['search', 'search']);
	});

	test('not for a corrected query: its first page is the correction’s', async () => {
		const { steps } = await run('检查听证', () => PAGE_SIZE * 3);
		expect(steps.map((s) => s.kind === 'search' && s.why)).toEqual(['understood']);
	});
});

describe('question and filler words', () => {
	test('are dropped before the first search, and said', async () => {
		const { steps, outcome } = await run('怎么追讨欠薪', site);
		expect(searches(steps)).toEqual(['typed: 追讨欠薪', 'understood: 追讨欠薪']);
		expect(outcome.variants).toEqual(['追讨欠薪']);
		expect(outcome.notes).toEqual({ dropped: ['怎么'] });
		expect(outcome.suggestions).toBeUndefined();
	});

	test('even where the whole question would find pages: a page need not ask it', async () => {
		// One page holds 如何追讨欠薪 word for word; dropping 如何 finds the other too.
		const { outcome } = await run('如何追讨欠薪', site);
		expect(outcome.variants).toEqual(['追讨欠薪']);
		expect(site(outcome.variants)).toBe(2);
	});

	test('a query that is only fillers is searched as it is', async () => {
		const { steps, outcome } = await run('如何', () => 0);
		expect(searches(steps)).toEqual(['typed: 如何', 'understood: 如何']);
		expect(outcome.notes).toEqual({});
	});

	test('and synonyms: the query without them is expanded, and both are said', async () => {
		const { steps, outcome } = await run('如何党建', site);
		expect(searches(steps)).toEqual(['typed: 党建', 'understood: 党建 | 党的建设']);
		expect(outcome.notes).toEqual({ dropped: ['如何'], expanded: ['党的建设'] });
	});

	test('and a slip: what is left is corrected', async () => {
		const { outcome } = await run('如何检查听证', site);
		expect(outcome.notes).toEqual({
			dropped: ['如何'],
			corrected: { from: '检查听证', to: '检察听证' },
		});
	});
});

describe('a query naming a topic', () => {
	test('leads with the topic, by its name or another name, as a whole word', async () => {
		const { steps, outcome } = await run('怎么开展司法救助', site);
		expect(outcome.notes).toEqual({ dropped: ['怎么', '开展'] });
		expect(outcome.lead).toEqual({ topic: '司法救助', path: '/topics/sifa-jiuzhu/' });
		// Its own ranking is not the page shown: nothing is drawn before the topic leads.
		expect(steps.some((s) => s.kind === 'draw')).toBe(false);
		expect((await run('公开听证', () => 3)).outcome.lead?.topic).toBe('检察听证');
	});

	test('not when the name is only part of a longer word, nor when nothing is found', async () => {
		expect((await run('心桥', site)).outcome.lead).toBeUndefined();
		expect((await run('司法救助', () => 0)).outcome.lead).toBeUndefined();
	});

	test('the topic’s page first, then its practices, then the rest, each as ranked', () => {
		const results = ['a', 'b', 'topic', 'c', 'p2', 'p1'].map((id) => ({ id }));
		expect(leadFirst(results, [['topic'], ['p1', 'p2']]).map((r) => r.id)).toEqual([
			'topic',
			'p2',
			'p1',
			'a',
			'b',
			'c',
		]);
		expect(leadFirst(results, [['missing'], []])).toEqual(results);
	});
});

describe('nothing found', () => {
	test('the closest site terms and topics are suggested', async () => {
		const { outcome } = await run('司法救济', () => 0);
		expect(outcome.suggestions?.terms).toContain('司法救助');
		expect(outcome.suggestions?.topics.map((t) => t.path)).toContain('/topics/sifa-jiuzhu/');
	});

	test('nothing is suggested when something is found', async () => {
		const { outcome } = await run('司法救助', site);
		expect(outcome.suggestions).toBeUndefined();
	});
});

describe('traditional characters and spaced pinyin, as the page normalizes them first', () => {
	const t2s = buildT2S(texts.join(''));

	test('檢查聽證 is planned as 检查听证, and so corrected to the site term', async () => {
		const query = normalizeQuery('檢查聽證', t2s);
		expect(query).toBe('检查听证');
		const { outcome } = await run(query, site);
		expect(outcome.notes.corrected).toEqual({ from: '检查听证', to: '检察听证' });
	});

	test('Xin Qiao is planned as the pinyin xinqiao', async () => {
		const { outcome } = await run(normalizeQuery('Xin Qiao', t2s), site);
		expect(outcome.notes.pinyin).toEqual(['心桥']);
	});
});
