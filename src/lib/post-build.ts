/**
 * The steps after `astro build`, run in their own process (scripts/post-build.ts) so that
 * Pagefind's memory is not added to Astro's: the search index, then precompressed files.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API, which runs the Extended binary (it segments
 * Chinese). Only the page types that carry data-pagefind-body are read; lists and 学习卡 are skipped.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; ms: number }> {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	if (!index) throw new Error(`Pagefind 无法启动 (could not start): ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: site, glob: '{brands/*,practices/*,cases/*,topics/*,procuratorates/*,honours,honours/page/*}/index.html' });
	if (added.errors.length > 0) throw new Error(`Pagefind 索引失败 (indexing failed): ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
	if (written.errors.length > 0) throw new Error(`Pagefind 写入失败 (writing failed): ${written.errors.join('; ')}`);
	await pagefind.close();
	return { pages: added.page_count, ms: Math.round(performance.now() - started) };
}

/** Text files worth compressing. Pagefind's index and fragments are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt)$/;

/** Writes `file.gz` beside every text file, for nginx's gzip_static or any host that serves them. */
export function precompress(site: string): number {
	let count = 0;
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (COMPRESSIBLE.test(name)) {
				const data = readFileSync(p);
				if (data.length < 256) continue;
				writeFileSync(`${p}.gz`, gzipSync(data, { level: 9 }));
				count++;
			}
		}
	};
	walk(site);
	return count;
}
