/**
 * The search index over the built site, made with Pagefind's Node API. Runs in its own process
 * after `astro build` (scripts/post-build.ts), so Pagefind's memory is not added to Astro's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from './site-files.ts';
import { SEARCH_LANGUAGE } from '../search/facets.ts';
import { segmentHtml } from '../search/segment.ts';

/**
 * Indexes the built site with Pagefind's Node API. Which pages are searchable is decided by
 * the pages themselves (BaseLayout marks their main content `data-pagefind-body`). Chinese is
 * split into words here, with the same Intl.Segmenter the search page uses on queries (see
 * segment.ts), and Pagefind indexes space-separated words without a language of its own.
 */
export async function buildSearchIndex(
	site: string,
	whileWriting: () => Promise<unknown> = async () => undefined,
): Promise<{ pages: number; ms: number; writeMs: number }> {
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
				if (r.errors.length > 0)
					throw new Error(`Pagefind 索引失败 (indexing failed) ${url}: ${r.errors.join('; ')}`);
			}),
		);
		pages++;
		// A window of files in flight: Pagefind works on them while the next ones are segmented.
		if (pending.length >= 64) await pending.shift();
	}
	await Promise.all(pending);
	const added = performance.now();
	// Pagefind writes in its own process; other work (precompression) can run meanwhile.
	const [written] = await Promise.all([
		index.writeFiles({ outputPath: join(site, 'pagefind') }),
		whileWriting(),
	]);
	if (written.errors.length > 0)
		throw new Error(`Pagefind 写入失败 (writing failed): ${written.errors.join('; ')}`);
	await pagefind.close();
	return {
		pages,
		ms: Math.round(performance.now() - started),
		writeMs: Math.round(performance.now() - added),
	};
}
