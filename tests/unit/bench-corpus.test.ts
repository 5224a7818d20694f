/**
 * The benchmark's synthetic corpus is valid content in the real proportions, with an archive
 * for every source, so the benchmark measures the real site and all its checks on real-shaped input. (The benchmark's numbers live in BENCHMARKS.md;
 * no test here measures time.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { countsFor, generateCorpus } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { tempTree } from '../support/fixture.ts';
import { root } from '../support/site.ts';

afterEach(() => {
	delete process.env['SITE_CONTENT_DIR'];
});

test('a generated corpus passes every content check, provenance included, and has the requested size', () => {
	const dir = tempTree();
	const counts = generateCorpus(root, dir, 250);
	process.env['SITE_CONTENT_DIR'] = dir;
	expect(checkContent(root)).toEqual([]);
	// The real content comes along (the editors' guide shows real entries): N more than it.
	const files = (base: string, c: string, archives = false) =>
		readdirSync(join(base, c)).filter((f) => f.endsWith('.txt') === archives).length;
	const entries = (base: string) =>
		['procuratorates', 'brands', 'practices', 'honours', 'cases'].reduce(
			(sum, c) => sum + files(base, c),
			0,
		);
	const real = join(root, 'content');
	expect(entries(dir)).toBe(250 + entries(real));
	// Every source has its archive, so the provenance checks read every generated entry.
	expect(files(dir, 'sources', true)).toBe(counts.sources + files(real, 'sources', true));
	expect(counts).toEqual(countsFor(250));
});

test('the proportions hold at national scale, with procuratorates capped near the real number', () => {
	const c = countsFor(50_000);
	expect(c.procuratorates).toBe(3600);
	expect(c.practices).toBe(30_000);
});
