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
	const n = (c: string) => readdirSync(join(dir, c)).filter((f) => !f.endsWith('.txt')).length;
	// Every source has its archive, so the provenance checks read every generated entry.
	expect(readdirSync(join(dir, 'sources')).filter((f) => f.endsWith('.txt'))).toHaveLength(
		counts.sources,
	);
	expect(n('procuratorates') + n('brands') + n('practices') + n('honours') + n('cases')).toBe(250);
	expect(counts).toEqual(countsFor(250));
});

test('the proportions hold at national scale, with procuratorates capped near the real number', () => {
	const c = countsFor(50_000);
	expect(c.procuratorates).toBe(3600);
	expect(c.practices).toBe(30_000);
});
