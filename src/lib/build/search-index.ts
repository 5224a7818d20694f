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
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { indexerSource, ShardCache, ShardKey } from './index-cache.ts';
import { pageIndexer } from './index-html.ts';
import { htmlFiles } from './site-files.ts';
import { Dictionary } from '../search/dictionary.ts';
import { SEARCH_LANGUAGE } from '../search/facets.ts';
import { INDEX_CHARACTERS } from '../search/segment.ts';
import { dictionaryFile, termsPath, type SearchTableData } from '../search/vocabulary.ts';
import { dictionaryParts } from '../search-build/vocabulary-files.ts';

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
 * With `cacheDir`, each shard Pagefind wrote is kept there, with the dictionary terms its pages
 * hold, by what it was made from, and a later build whose shard has the same pages copies it
 * instead (src/lib/build/index-cache.ts).
 */
export async function buildSearchIndex(
	site: string,
	whileWriting: () => Promise<unknown> = async () => undefined,
	cacheDir?: string,
): Promise<{ pages: number; shards: number; reused: number; ms: number; writeMs: number }> {
	const started = performance.now();
	// Bytes, not text: this pass only looks for the marker (decoding every page twice cost ~2 s
	// at 10,000 entries).
	const searchable = htmlFiles(site).filter((file) =>
		readFileSync(join(site, file)).includes('data-pagefind-body'),
	);
	const shards = shardsOf(searchable.map(urlOf), shardPages()).map((s) =>
		s.map((i) => searchable[i]!),
	);
	// Written whole each time: no shard of a former build with more shards may stay behind.
	rmSync(join(site, shardPath(0)), { recursive: true, force: true });
	if (shards.length > 1) nameShards(site, shards.length);
	const table = readTable(site);
	const dictionary = new Dictionary(table?.dictionary ?? { words: [] });
	const prepare = pageIndexer(dictionary);
	// A page's prepared text follows from its HTML, the dictionary and the preparing code (and
	// the ICU data behind Intl.Segmenter), so the key holds those instead of the prepared text:
	// an unchanged shard is copied without preparing its pages (22 s of a rebuild at 10,000
	// entries on a busy machine).
	const preparedBy = JSON.stringify([
		indexerSource(),
		process.versions.icu,
		table?.dictionary ?? null,
	]);
	const cache = new ShardCache(cacheDir);
	const held = new Set<string>();
	let writeMs = 0;
	let reused = 0;
	let during: Promise<unknown> | undefined;
	for (const [s, files] of shards.entries()) {
		const outputPath = join(site, shardPath(s));
		const key = new ShardKey([INDEX_OPTIONS, shardPath(s), preparedBy]);
		const pages = files.map((file) => {
			const url = urlOf(file);
			const html = readFileSync(join(site, file));
			key.add(url, html);
			return { url, html };
		});
		const digest = key.digest();
		const kept = cache.restore(digest, outputPath);
		if (kept) {
			for (const t of kept) held.add(t);
			reused++;
			continue;
		}
		const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
		if (!index) throw new Error(`Pagefind 无法启动 (could not start): ${errors.join('; ')}`);
		const terms = new Set<string>();
		const pending: Array<Promise<unknown>> = [];
		for (const { url, html } of pages.splice(0)) {
			const page = prepare(html.toString('utf8'));
			for (const t of page.terms) terms.add(t);
			pending.push(
				index.addHTMLFile({ url, content: page.html }).then((r) => {
					if (r.errors.length > 0)
						throw new Error(`Pagefind 索引失败 (indexing failed) ${url}: ${r.errors.join('; ')}`);
				}),
			);
			// A window of files in flight: Pagefind works on them while the next ones are segmented.
			if (pending.length >= 64) await pending.shift();
		}
		await Promise.all(pending);
		for (const t of terms) held.add(t);
		const added = performance.now();
		// Pagefind writes in its own process; other work (precompression) runs beside the first.
		during ??= whileWriting();
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0)
			throw new Error(`Pagefind 写入失败 (writing failed): ${written.errors.join('; ')}`);
		// A new Pagefind process per shard: the last one's memory is given back.
		await pagefind.close();
		writeMs += performance.now() - added;
		if (s === 0) dropUnusedBundles(outputPath);
		else keepIndexOnly(outputPath);
		cache.store(digest, outputPath, [...terms].sort());
	}
	await (during ?? whileWriting());
	cache.prune();
	// After the precompression that ran beside the writing, which may have compressed it as it was.
	if (table) {
		const absent = dictionary.words.filter((w) => !held.has(w)).sort();
		writeTable(site, { ...table, dictionary: { ...table.dictionary, absent } });
	}
	return {
		pages: searchable.length,
		shards: shards.length,
		reused,
		ms: Math.round(performance.now() - started),
		writeMs: Math.round(writeMs),
	};
}

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
