/**
 * The search index over the built site, made with Pagefind's Node API. Runs in its own process
 * after `astro build` (scripts/post-build.ts), so Pagefind's memory is not added to Astro's.
 *
 * Above `shardPages()` searchable pages the index is built in shards, one Pagefind process
 * after another, and the search page merges them at query time (Pagefind's `mergeIndex`).
 * Pagefind holds every page's words until it writes, and writing takes about five times what
 * adding took: measured at 10,000 entries (8,971 pages), 0.6 GB while adding, 2.9 GB writing.
 * One index for the whole country (~40,000 pages) would need ~13 GB; shards of 15,000 pages
 * keep any one process near 5 GB. The cost is at query time: each shard's index chunk for a
 * word is fetched (the WebAssembly and the metadata's total are not doubled).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { pageIndexer } from './index-html.ts';
import { htmlFiles } from './site-files.ts';
import { Dictionary } from '../search/dictionary.ts';
import { SEARCH_LANGUAGE } from '../search/facets.ts';
import { INDEX_CHARACTERS } from '../search/segment.ts';
import { termsPath, type SearchTableData } from '../search/vocabulary.ts';

/**
 * Pagefind's options for every shard: the words arrive cut (no language of its own), and the
 * characters a site term may hold besides letters and digits stay in its indexed words (融+).
 */
const INDEX_OPTIONS = { forceLanguage: SEARCH_LANGUAGE, includeCharacters: INDEX_CHARACTERS };

/** Searchable pages per shard: `SITE_SEARCH_SHARD_PAGES`, or 15,000. */
export function shardPages(): number {
	const n = Number(process.env['SITE_SEARCH_SHARD_PAGES'] ?? 15_000);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(
			`SITE_SEARCH_SHARD_PAGES 必须是正整数 (must be a positive whole number), got “${process.env['SITE_SEARCH_SHARD_PAGES']}”`,
		);
	return n;
}

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
 */
export async function buildSearchIndex(
	site: string,
	whileWriting: () => Promise<unknown> = async () => undefined,
): Promise<{ pages: number; shards: number; ms: number; writeMs: number }> {
	const started = performance.now();
	// Bytes, not text: this pass only looks for the marker (decoding every page twice cost ~2 s
	// at 10,000 entries).
	const searchable = htmlFiles(site).filter((file) =>
		readFileSync(join(site, file)).includes('data-pagefind-body'),
	);
	const shards = Math.max(1, Math.ceil(searchable.length / shardPages()));
	if (shards > 1) nameShards(site, shards);
	const table = readTable(site);
	const dictionary = new Dictionary(table?.dictionary ?? { words: [] });
	const prepare = pageIndexer(dictionary);
	const held = new Set<string>();
	let writeMs = 0;
	let during: Promise<unknown> | undefined;
	for (let s = 0; s < shards; s++) {
		// Every shard-th page: each shard is a sample of the whole site, so its word statistics,
		// and the scores Pagefind merges across shards, stay alike.
		const files = searchable.filter((_, i) => i % shards === s);
		const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
		if (!index) throw new Error(`Pagefind 无法启动 (could not start): ${errors.join('; ')}`);
		const pending: Array<Promise<unknown>> = [];
		for (const file of files) {
			const url = `/${file.replace(/index\.html$/, '')}`;
			const page = prepare(readFileSync(join(site, file), 'utf8'));
			for (const t of page.terms) held.add(t);
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
		const added = performance.now();
		// Pagefind writes in its own process; other work (precompression) runs beside the first.
		during ??= whileWriting();
		const outputPath = join(site, shardPath(s));
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0)
			throw new Error(`Pagefind 写入失败 (writing failed): ${written.errors.join('; ')}`);
		// A new Pagefind process per shard: the last one's memory is given back.
		await pagefind.close();
		writeMs += performance.now() - added;
		if (s > 0) keepIndexOnly(outputPath);
	}
	await during;
	// After the precompression, so its copies (.gz) go too.
	dropUnusedBundles(join(site, shardPath(0)));
	// After the precompression that ran beside the writing, which may have compressed it as it was.
	if (table) {
		const absent = dictionary.words.filter((w) => !held.has(w)).sort();
		writeTable(site, { ...table, dictionary: { ...table.dictionary, absent } });
	}
	return {
		pages: searchable.length,
		shards,
		ms: Math.round(performance.now() - started),
		writeMs: Math.round(writeMs),
	};
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
 * A merged shard is read with the first shard's script and WebAssembly: its own copies, and
 * Pagefind's UI files, would only be published unused.
 */
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

function keepIndexOnly(dir: string): void {
	for (const name of readdirSync(dir))
		if (/\.(js|css)$|^wasm\./.test(name)) rmSync(join(dir, name), { force: true });
}

/** The search table the build wrote (src/pages/search/terms/), or undefined on a site without one. */
function readTable(site: string): SearchTableData | undefined {
	const file = join(site, termsPath('table'));
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SearchTableData) : undefined;
}

/** Writes the search table back, with its precompressed copy. */
function writeTable(site: string, table: SearchTableData): void {
	const file = join(site, termsPath('table'));
	const json = JSON.stringify(table);
	writeFileSync(file, json);
	writeFileSync(`${file}.gz`, gzipSync(json, { level: 9 }));
}
