/** Runs after `astro build` (see the `build` script): search index, then precompressed files. */
import { resolve } from 'node:path';
import { buildSearchIndex, precompress } from '../src/lib/post-build.ts';

const site = resolve(process.env['SITE_OUT_DIR'] ?? 'dist');
const { pages, ms, writeMs } = await buildSearchIndex(site);
console.log(`[search] 已索引 ${pages} 个页面 (indexed ${pages} pages) in ${ms} ms (writing the index: ${writeMs} ms)`);
console.log(`[precompress] 已预压缩 ${precompress(site)} 个文件 (precompressed)`);
