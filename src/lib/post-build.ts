/**
 * The steps after `astro build`, run in their own process (scripts/post-build.ts) so that
 * Pagefind's memory is not added to Astro's: the search index, then precompressed files.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import { htmlFiles, siteFiles } from './quality/html-files.ts';
import { SEARCH_LANGUAGE } from './search-index.ts';
import { segmentHtml } from './segment.ts';

const gzipAsync = promisify(gzip);

/**
 * Indexes the built site with Pagefind's Node API. Which pages are searchable is decided by
 * the pages themselves (BaseLayout marks their main content `data-pagefind-body`). Chinese is
 * split into words here, with the same Intl.Segmenter the search page uses on queries (see
 * segment.ts), and Pagefind indexes space-separated words without a language of its own.
 */
export async function buildSearchIndex(site: string, whileWriting: () => Promise<unknown> = async () => undefined): Promise<{ pages: number; ms: number; writeMs: number }> {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
	if (!index) throw new Error(`Pagefind 无法启动 (could not start): ${errors.join('; ')}`);
	let pages = 0;
	const pending: Array<Promise<unknown>> = [];
	for (const file of htmlFiles(site)) {
		const html = readFileSync(join(site, file), 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const url = `/${file.replace(/index\.html$/, '')}`;
		pending.push(
			index.addHTMLFile({ url, content: segmentHtml(html) }).then((r) => {
				if (r.errors.length > 0) throw new Error(`Pagefind 索引失败 (indexing failed) ${url}: ${r.errors.join('; ')}`);
			}),
		);
		pages++;
		// A window of files in flight: Pagefind works on them while the next ones are segmented.
		if (pending.length >= 64) await pending.shift();
	}
	await Promise.all(pending);
	const added = performance.now();
	// Pagefind writes in its own process; other work (precompression) can run meanwhile.
	const [written] = await Promise.all([index.writeFiles({ outputPath: join(site, 'pagefind') }), whileWriting()]);
	if (written.errors.length > 0) throw new Error(`Pagefind 写入失败 (writing failed): ${written.errors.join('; ')}`);
	await pagefind.close();
	return { pages, ms: Math.round(performance.now() - started), writeMs: Math.round(performance.now() - added) };
}

/** Text files worth compressing. Pagefind's index and fragments are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt)$/;

/**
 * Writes `file.gz` beside every text file under `dir` (but not in folders named in `skip`), for
 * nginx's gzip_static or any host that serves them. Compression runs on libuv's thread pool,
 * so it can overlap with other work (Pagefind writing its index).
 */
export async function precompress(dir: string, skip: string[] = []): Promise<number> {
	let count = 0;
	const one = async (file: string) => {
		const p = join(dir, file);
		const data = await readFile(p);
		if (data.length < 256) return;
		await writeFile(`${p}.gz`, await gzipAsync(data, { level: 9 }));
		count++;
	};
	const files = siteFiles(dir, (name) => COMPRESSIBLE.test(name), skip);
	for (let i = 0; i < files.length; i += 16) await Promise.all(files.slice(i, i + 16).map(one));
	return count;
}
