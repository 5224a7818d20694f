/**
 * Indexes one shard of the search index in a worker thread (src/lib/build/search-index.ts
 * starts one per shard it cannot copy from the last build). A worker has its own Pagefind
 * process, since Pagefind's Node API keeps one per thread, so two shards are indexed side by
 * side, each on a core: the pages cut into words by this thread, Pagefind's own work in its
 * process. The pages are given to Pagefind in the shard's order, as one after another would.
 *
 * A page's prepared text comes from the page cache (index-cache.ts) when its HTML was prepared
 * before with the same code and dictionary: after one edit, only the changed page is cut again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { PageCache } from './index-cache.ts';
import { pageIndexer } from './index-html.ts';
import { Dictionary, type DictionaryData } from '../search/dictionary.ts';

export interface ShardJob {
	site: string;
	/** The shard's pages: built file, URL, and the key of its prepared text. */
	pages: Array<{ file: string; url: string; key: string }>;
	outputPath: string;
	options: pagefind.PagefindServiceConfig;
	dictionary: DictionaryData;
	/** Where prepared pages are kept (none: every page is prepared). */
	pageCache: string | undefined;
}

/** What a worker posts: once when Pagefind starts writing, then when the shard is written. */
export type ShardMessage =
	{ type: 'writing' } | { type: 'done'; terms: string[]; writeMs: number; prepared: number };

async function indexShard(job: ShardJob, post: (m: ShardMessage) => void): Promise<void> {
	const cache = new PageCache(job.pageCache);
	let prepare: ((html: string) => { html: string; terms: Set<string> }) | undefined;
	const { index, errors } = await pagefind.createIndex(job.options);
	if (!index) throw new Error(`Pagefind 无法启动 (could not start): ${errors.join('; ')}`);
	const terms = new Set<string>();
	const pending: Array<Promise<unknown>> = [];
	let prepared = 0;
	for (const { file, url, key } of job.pages) {
		let page = cache.get(key);
		if (!page) {
			// Made on the first page the cache lacks: the dictionary's index costs a moment.
			prepare ??= pageIndexer(new Dictionary(job.dictionary));
			const made = prepare(readFileSync(join(job.site, file), 'utf8'));
			page = { html: made.html, terms: [...made.terms] };
			cache.set(key, page);
			prepared++;
		}
		for (const t of page.terms) terms.add(t);
		pending.push(
			index.addHTMLFile({ url, content: page.html }).then((r) => {
				if (r.errors.length > 0)
					throw new Error(`Pagefind 索引失败 (indexing failed) ${url}: ${r.errors.join('; ')}`);
			}),
		);
		// A window of files in flight: Pagefind works on them while the next ones are prepared.
		if (pending.length >= 64) await pending.shift();
	}
	await Promise.all(pending);
	const added = performance.now();
	post({ type: 'writing' });
	const written = await index.writeFiles({ outputPath: job.outputPath });
	if (written.errors.length > 0)
		throw new Error(`Pagefind 写入失败 (writing failed): ${written.errors.join('; ')}`);
	await pagefind.close();
	post({
		type: 'done',
		terms: [...terms].sort(),
		writeMs: performance.now() - added,
		prepared,
	});
}

if (parentPort) {
	const port = parentPort;
	await indexShard(workerData as ShardJob, (m) => port.postMessage(m));
}
