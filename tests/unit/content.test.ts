/**
 * The real content under content/: it passes every check, every entry cites a source, every
 * source is cited, and none of the traditional-character source's leftovers got through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readAllEntries } from '../../src/lib/content-check/read.ts';
import { findPinyinAnnotations, findTraditional } from '../../src/lib/text/chinese.ts';
import { formatProblems } from '../../src/lib/content-check/problems.ts';
import { root } from '../support/site.ts';

const entries = readAllEntries(root);
const byCollection = (c: string) => entries.filter((e) => e.collection === c);

describe('the site content', () => {
	test('passes every schema and integrity check', () => {
		const problems = checkContent(root);
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('holds the five articles and what they describe (at least: editors add more)', () => {
		expect(byCollection('sources').length).toBeGreaterThanOrEqual(5);
		expect(byCollection('brands').length).toBeGreaterThanOrEqual(8);
		expect(byCollection('practices').length).toBeGreaterThanOrEqual(60);
		expect(byCollection('honours').length).toBeGreaterThanOrEqual(20);
		expect(byCollection('cases').length).toBeGreaterThanOrEqual(8);
	});

	test('every entry except sources and topics cites at least one source', () => {
		const uncited = entries
			.filter((e) => !['sources', 'topics'].includes(e.collection))
			.filter(
				(e) =>
					!Array.isArray((e.data as { sources?: unknown }).sources) ||
					(e.data as { sources: unknown[] }).sources.length === 0,
			)
			.map((e) => e.file);
		expect(uncited).toEqual([]);
	});

	test('ids are ASCII, so URLs are', () => {
		expect(entries.filter((e) => !/^[a-z0-9-]+$/.test(e.id)).map((e) => e.file)).toEqual([]);
	});

	test('no text carries pinyin annotations or traditional characters', () => {
		const all = entries.map((e) => JSON.stringify(e.data) + e.body).join('\n');
		expect(findPinyinAnnotations(all)).toEqual([]);
		expect(findTraditional(all)).toEqual([]);
	});

	test('the guide’s table of registered corrections lists exactly those the sources register', () => {
		// The table is written by hand for editors; this keeps it from drifting from the data.
		const guide = readFileSync(join(root, 'content', 'README.md'), 'utf8');
		const table = guide.split('目前登记的更正和手工改正：')[1]?.split('\n## ')[0] ?? '';
		const rows = table
			.split('\n')
			.filter((line) => line.startsWith('| `'))
			.map((line) => {
				const [source, kind, from, to] = line
					.split('|')
					.slice(1, 5)
					.map((c) => c.trim());
				return [
					source!.replaceAll('`', ''),
					/archiveFixes/.test(kind!) ? 'fix' : 'correction',
					from,
					to,
				];
			});
		type Fixes = {
			corrections?: Array<{ printed: string; written: string }>;
			archiveFixes?: Array<{ converted: string; fixed: string }>;
		};
		const registered = byCollection('sources').flatMap((e) => {
			const { corrections = [], archiveFixes = [] } = e.data as Fixes;
			return [
				...corrections.map((c) => [e.id, 'correction', c.printed, c.written]),
				...archiveFixes.map((f) => [e.id, 'fix', f.converted, f.fixed]),
			];
		});
		expect(registered.length).toBeGreaterThan(0);
		expect(rows.sort()).toEqual(registered.sort());
	});

	test('years appear only where a source gives one', () => {
		// The five articles name these years for honours; any other year would be invented.
		const years = byCollection('honours')
			.map((e) => (e.data as { year?: number }).year)
			.filter((y) => y !== undefined);
		expect(years.sort()).toEqual([2019, 2025]);
	});
});

describe('the Chinese hygiene checks', () => {
	const line = '黨建引領(lǐng)架起檢察為民“心橋” – 黨建與業(yè)務(wù)深度融合';

	test('find the converter’s pinyin annotations', () => {
		expect(findPinyinAnnotations(line)).toEqual(['(lǐng)', '(yè)', '(wù)']);
	});

	test('find traditional characters with their simplified forms', () => {
		const found = findTraditional(line).map((t) => `${t.char}${t.simplified}`);
		expect(found).toEqual(
			expect.arrayContaining(['黨党', '領领', '檢检', '為为', '橋桥', '與与', '業业', '務务']),
		);
	});

	test('leave simplified text alone', () => {
		expect(findTraditional('党建引领架起检察为民“心桥”，干部、于是、发表、范围、周洁')).toEqual([]);
	});
});
