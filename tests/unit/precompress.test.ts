/**
 * Precompression keeps compressed copies between builds by content: a rebuild copies what it
 * compressed before and compresses only what changed, and the copies are the same gzip either
 * way. Guards the rebuild saving recorded in BENCHMARKS.md.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { precompress } from '../../src/lib/build/precompress.ts';
import { tempTree } from '../support/fixture.ts';

const page = (n: number) => `<!doctype html><p>${'检察党建品牌'.repeat(60)} ${n}</p>`;

test('a rebuild reuses the compressed copies of unchanged files and redoes changed ones', async () => {
	const site = tempTree({ 'a/index.html': page(1), 'b/index.html': page(2), 'tiny.txt': 'x' });
	const cache = join(tempTree(), 'gz');
	expect(await precompress(site, [], cache)).toBe(2);
	expect(readdirSync(cache)).toHaveLength(2);
	const first = readFileSync(join(site, 'a/index.html.gz'));

	writeFileSync(join(site, 'b/index.html'), page(3));
	expect(await precompress(site, [], cache)).toBe(2);
	// One new copy for the changed page; the unchanged one came from the cache, byte for byte.
	expect(readdirSync(cache)).toHaveLength(3);
	expect(readFileSync(join(site, 'a/index.html.gz'))).toEqual(first);
	expect(gunzipSync(readFileSync(join(site, 'b/index.html.gz'))).toString()).toBe(page(3));
	expect(readdirSync(site)).not.toContain('tiny.txt.gz');
});

test('without a cache nothing is kept', async () => {
	const site = tempTree({ 'index.html': page(1) });
	expect(await precompress(site)).toBe(1);
	expect(gunzipSync(readFileSync(join(site, 'index.html.gz'))).toString()).toBe(page(1));
});
