/**
 * The search index over the built site, made with Pagefind's Node API. Runs in its own process
 * after `astro build` (scripts/post-build.ts), so Pagefind's memory is not added to Astro's.
 *
 * Above `shardPages()` searchable pages the index is built in shards, one Pagefind process
 * after another, and the search page merges them at query time (Pagefind's `mergeIndex`);
 * nothing is merged at build time. Each shard is kept between builds (index-cache.ts), so a
 * rebuild after one edit re-indexes one shard. Measured at 10,000 entries (8,971 pages, one
 * run each on a busy machine): one index took 57 s to rebuild and 2.9 GB; shards of 3,000
 * pages (3) 25 s and 1.1 GB, with a first search 58 KB heavier (414 → 472 KB) and warm
 * latency no worse; shards of 1,000 (9) 11 s and 1.0 GB, but +210 KB and slower cold
 * searches, for each query word's index chunk, metadata and filters are fetched per shard.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type * as pagefind from 'pagefind';
import { PageCache, pageKey, ShardCache, ShardKey } from './index-cache.ts';
import { codeKey } from './memo.ts';
import type { ShardJob, ShardMessage } from './index-shard.ts';
import { htmlFiles } from './site-files.ts';
import { Dictionary } from '../search/dictionary.ts';
import { SEARCH_LANGUAGE } from '../search/facets.ts';
import { INDEX_CHARACTERS } from '../search/segment.ts';
import { dictionaryFile, termsPath, type SearchTableData } from '../search/vocabulary.ts';
import { dictionaryParts } from '../search-build/vocabulary-files.ts';

/** The code that turns a page into the text Pagefind indexes, and the project it is installed in. */
const indexer = fileURLToPath(new URL('./index-html.ts', import.meta.url));
const project = fileURLToPath(new URL('../../..', import.meta.url));

/** Searchable pages per shard: `SITE_SEARCH_SHARD_PAGES`, or 3,000 (see above). */
export function shardPages(): number {
	const n = Number(process.env['SITE_SEARCH_SHARD_PAGES'] ?? 3_000);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(
			`SITE_SEARCH_SHARD_PAGES 必须是正整数 (must be a positive whole number), got “${process.env['SITE_SEARCH_SHARD_PAGES']}”`,
		);
	return n;
}

/**
 * How every shard's index is created; part of the key its cached copy is kept under. The words
 * arrive cut (no language of its own), and the characters a site term may hold besides letters
 * and digits stay in its indexed words (融+).
 */
const INDEX_OPTIONS: pagefind.PagefindServiceConfig = {
	forceLanguage: SEARCH_LANGUAGE,
	includeCharacters: INDEX_CHARACTERS,
};

/** Where shard `i` is written, under the site: the first is Pagefind's usual folder. */
export const shardPath = (i: number) => (i === 0 ? '/pagefind/' : `/pagefind/shard-${i}/`);

/**
 * The search page names the shards to merge in this attribute; Astro writes it empty, and it is
 * filled here once the number of pages is known.
 */
const SHARDS_ATTRIBUTE = 'data-search-shards=""';

/**
 * Indexes the built site with Pagefind's Node API. Which pages are searchable is decided by
 * the pages themselves (BaseLayout marks their main content `data-pagefind-body`). Chinese is
 * split into words here, with the site dictionary the search page reads from its search table
 * and the same Intl.Segmenter it uses on queries (see segment.ts, index-html.ts), and Pagefind
 * indexes space-separated words without a language of its own. The dictionary's terms no page
 * holds are then written back into the search table, so the page never asks Pagefind for them.
 *
 * Shards are indexed in worker threads (index-shard.ts), `indexWorkers()` at a time. With
 * `cacheDir`, each shard Pagefind wrote is kept there (`shards/`), with the dictionary terms its
 * pages hold, by what it was made from, and a later build whose shard has the same pages copies
 * it instead; so is each page's prepared text (`pages/`), for the shards indexed again
 * (src/lib/build/index-cache.ts).
 */
export async function buildSearchIndex(
	site: string,
	whileWriting: () => Promise<unknown> = async () => undefined,
	cacheDir?: string,
): Promise<{
	pages: number;
	shards: number;
	reused: number;
	prepared: number;
	ms: number;
	writeMs: number;
}> {
	const started = performance.now();
	// Each file read once: this pass looks for the marker in the bytes (decoding every page cost
	// ~2 s at 10,000 entries) and hashes the searchable ones for the keys below.
	const searchable: Array<{ file: string; url: string; hash: string }> = [];
	for (const file of htmlFiles(site)) {
		const html = readFileSync(join(site, file));
		if (html.includes('data-pagefind-body'))
			searchable.push({ file, url: urlOf(file), hash: sha256(html) });
	}
	const shards = shardsOf(
		searchable.map((p) => p.url),
		shardPages(),
	).map((s) => s.map((i) => searchable[i]!));
	// Written whole each time: no shard of a former build with more shards may stay behind.
	rmSync(join(site, shardPath(0)), { recursive: true, force: true });
	if (shards.length > 1) nameShards(site, shards.length);
	const table = readTable(site);
	const dictionary = table?.dictionary ?? { words: [] };
	// A page's prepared text follows from its HTML, the dictionary and the preparing code (and
	// the ICU data behind Intl.Segmenter), so the keys hold those instead of the prepared text:
	// an unchanged shard is copied, and an unchanged page's text read, without preparing it
	// (22 s of a rebuild at 10,000 entries on a busy machine). The code's part is the key every
	// build memo uses (memo.ts), packages and Node included.
	const preparedBy = sha256(
		JSON.stringify([codeKey([indexer], project), table?.dictionary ?? null]),
	);
	const cache = new ShardCache(cacheDir && join(cacheDir, 'shards'));
	const pageCache = cacheDir && join(cacheDir, 'pages');
	const held = new Set<string>();
	const todo: Array<() => Promise<void>> = [];
	let writeMs = 0;
	let reused = 0;
	let prepared = 0;
	let during: Promise<unknown> | undefined;
	for (const [s, pages] of shards.entries()) {
		const key = new ShardKey([INDEX_OPTIONS, shardPath(s), preparedBy]);
		for (const { url, hash } of pages) key.add(url, hash);
		const digest = key.digest();
		const kept = cache.restore(digest, join(site, shardPath(s)));
		if (kept) {
			for (const t of kept) held.add(t);
			reused++;
			continue;
		}
		todo.push(async () => {
			// The first shard is written beside the others' folders (inside its own), and kept
			// without them.
			const outputPath = join(site, s === 0 ? '/pagefind/.shard-0/' : shardPath(s));
			const job: ShardJob = {
				site,
				pages: pages.map(({ file, url, hash }) => ({ file, url, key: pageKey(preparedBy, hash) })),
				outputPath,
				options: INDEX_OPTIONS,
				dictionary,
				pageCache,
			};
			const done = await runWorker(job, () => (during ??= whileWriting()));
			writeMs += done.writeMs;
			prepared += done.prepared;
			for (const t of done.terms) held.add(t);
			if (s === 0) dropUnusedBundles(outputPath);
			else keepIndexOnly(outputPath);
			cache.store(digest, outputPath, done.terms);
			if (s === 0) hoist(outputPath);
		});
	}
	await inTurn(todo, indexWorkers());
	// Shards were kept in the cache folder itself before pages were kept too.
	if (cacheDir && existsSync(cacheDir))
		for (const name of readdirSync(cacheDir))
			if (name !== 'shards' && name !== 'pages')
				rmSync(join(cacheDir, name), { recursive: true, force: true });
	await (during ?? whileWriting());
	cache.prune();
	if (pageCache) {
		// The pages of copied shards are kept too: a later edit may index their shard again.
		const keys = new Set(searchable.map((p) => pageKey(preparedBy, p.hash)));
		new PageCache(pageCache).prune(keys);
	}
	// After the precompression that ran beside the writing, which may have compressed it as it was.
	if (table) {
		const absent = new Dictionary(dictionary).words.filter((w) => !held.has(w)).sort();
		writeTable(site, { ...table, dictionary: { ...table.dictionary, absent } });
	}
	return {
		pages: searchable.length,
		shards: shards.length,
		reused,
		prepared,
		ms: Math.round(performance.now() - started),
		writeMs: Math.round(writeMs),
	};
}

/**
 * Shards indexed at once: `SITE_SEARCH_WORKERS`, or one per core up to 2. Each holds a
 * Pagefind process of about 1.1 GB for a shard of 3,000 pages, so two keep the step within
 * 3 GB at 10,000 entries.
 */
export function indexWorkers(): number {
	const raw = process.env['SITE_SEARCH_WORKERS'];
	const n = Number(raw ?? Math.min(2, availableParallelism()));
	if (!Number.isInteger(n) || n < 1)
		throw new Error(
			`SITE_SEARCH_WORKERS 必须是正整数 (must be a positive whole number), got “${raw}”`,
		);
	return n;
}

/** Runs `jobs`, at most `width` at a time; the first failure fails the whole. */
async function inTurn(jobs: Array<() => Promise<void>>, width: number): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < jobs.length) await jobs[next++]!();
	};
	await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, lane));
}

/** Indexes one shard in a worker thread (index-shard.ts); `writing` when Pagefind starts writing. */
function runWorker(
	job: ShardJob,
	writing: () => void,
): Promise<Extract<ShardMessage, { type: 'done' }>> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./index-shard.ts', import.meta.url), { workerData: job });
		let done: Extract<ShardMessage, { type: 'done' }> | undefined;
		worker.on('message', (m: ShardMessage) => {
			if (m.type === 'writing') writing();
			else done = m;
		});
		worker.on('error', reject);
		worker.on('exit', (code) =>
			done
				? resolve(done)
				: reject(new Error(`索引线程意外退出 (the indexing worker exited with code ${code})`)),
		);
	});
}

/** Moves the first shard's files from where it was written into /pagefind/ itself. */
function hoist(from: string): void {
	const to = join(from, '..');
	for (const name of readdirSync(from)) renameSync(join(from, name), join(to, name));
	rmSync(from, { recursive: true });
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A built file's URL, as Pagefind and the search page name it. */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/**
 * The shards of these URLs (as indexes into `urls`, in their order), at most `perShard` pages a
 * shard on average: every count-th page, so each shard is a sample of the whole site and its word
 * statistics, and the scores Pagefind merges across shards, stay alike. Editing a page re-indexes
 * only its shard; adding or removing one shifts the pages after it, so every shard is indexed
 * again. (Assigning by the URL's hash kept the other pages in place, but in the shards test the
 * query 12309 then found 43 pages in shards against 6 in one index: a shard holding no word that
 * starts with a query word answers with a shorter prefix of it, and which shards lack a word
 * depends on how pages fall. Until the search page skips such shards, the assignment that the
 * shards test holds to the single index is kept.)
 */
export function shardsOf(urls: string[], perShard: number): number[][] {
	const count = Math.max(1, Math.ceil(urls.length / perShard));
	const shards = Array.from({ length: count }, (): number[] => []);
	for (const i of urls.keys()) shards[i % count]!.push(i);
	return shards.filter((s) => s.length > 0);
}

/** Fills the search page's list of shards to merge (all but the first, which it loads). */
function nameShards(site: string, shards: number): void {
	const page = join(site, 'search', 'index.html');
	const html = readFileSync(page, 'utf8');
	if (!html.includes(SHARDS_ATTRIBUTE))
		throw new Error(
			`搜索页缺少 ${SHARDS_ATTRIBUTE}，无法合并 ${shards} 个索引分片 (the search page lacks the shard list attribute)`,
		);
	const list = Array.from({ length: shards - 1 }, (_, i) => shardPath(i + 1)).join(' ');
	writeFileSync(page, html.replace(SHARDS_ATTRIBUTE, `data-search-shards="${list}"`));
}

/**
 * Pagefind writes its ready-made interfaces (Default, Modular, Component UI) and its highlighter
 * beside the search API; the site draws its own results with `pagefind.js` and its worker, so
 * about 530 KB of files that no page loads are left out of what is published.
 */
const unusedBundle = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)(\.gz)?$/;

function dropUnusedBundles(dir: string): void {
	for (const name of readdirSync(dir))
		if (unusedBundle.test(name)) rmSync(join(dir, name), { force: true });
}

/**
 * A merged shard is read with the first shard's script and WebAssembly: its own copies, and
 * Pagefind's UI files, would only be published unused.
 */
function keepIndexOnly(dir: string): void {
	for (const name of readdirSync(dir))
		if (/\.(js|css)$|^wasm\./.test(name)) rmSync(join(dir, name), { force: true });
}

/** The search table the build wrote (src/pages/search/terms/), or undefined on a site without one. */
function readTable(site: string): SearchTableData | undefined {
	const file = join(site, termsPath('table'));
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SearchTableData) : undefined;
}

/**
 * Writes the search table back, and the dictionary's parts the search page reads (see
 * src/lib/search-build/vocabulary-files.ts), with their precompressed copies.
 */
function writeTable(site: string, table: SearchTableData): void {
	const files: Array<[string, unknown]> = [
		['table', table],
		...dictionaryParts(table.dictionary).map((part, i): [string, unknown] => [
			dictionaryFile(i),
			part,
		]),
	];
	for (const [name, data] of files) {
		const file = join(site, termsPath(name));
		const json = JSON.stringify(data);
		writeFileSync(file, json);
		writeFileSync(`${file}.gz`, gzipSync(json, { level: 9 }));
	}
}
