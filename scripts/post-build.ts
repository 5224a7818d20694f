/** Runs after `astro build` (see the `build` script): search index, then precompressed files. */
import { join, resolve } from 'node:path';
import { buildCache } from '../src/lib/build/index-cache.ts';
import { precompress, precompressCache } from '../src/lib/build/precompress.ts';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';

const site = resolve(process.env['SITE_OUT_DIR'] ?? 'dist');
const search = join(site, 'pagefind');
let compressed = 0;
// The site's own files are compressed while Pagefind writes the index; then the index's scripts.
const { pages, shards, reused, prepared, ms, writeMs } = await buildSearchIndex(
	site,
	async () => (compressed += await precompress(site, ['pagefind'], precompressCache())),
	buildCache('pagefind'),
);
console.log(
	`[search] 已索引 ${pages} 个页面 (indexed ${pages} pages) in ${ms} ms (writing the index: ${writeMs} ms; ${shards} shard${shards > 1 ? 's' : ''}, ${reused} copied from the last build; ${prepared} pages cut into words, the rest read from the last build)`,
);
compressed += await precompress(search, [], precompressCache());
console.log(`[precompress] 已预压缩 ${compressed} 个文件 (precompressed)`);
