/**
 * Pagefind's output for one shard of the search index, kept between builds by what the shard
 * was made from (src/lib/build/search-index.ts). A rebuild after one edit re-indexes the shard
 * whose pages changed and copies the others: at 10,000 entries one index took about 47 s to
 * write, nearly all of a rebuild's search step.
 *
 * The key covers everything Pagefind's output depends on: its version, what the caller says
 * its pages are prepared with and how the index is made (options, where it is written: the
 * first shard carries the scripts), and every page's URL and built HTML in the order they are
 * added. Equal keys give Pagefind equal input, so a copied shard is the one a cold build writes.
 */
import { createHash, type Hash } from 'node:crypto';
import {
	constants,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

/** Where a step after the build keeps what the next build can reuse (CI can keep the folder). */
export const buildCache = (name: string): string =>
	join(process.env['SITE_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.astro'), name);

/**
 * Writes `data` to `file` whole or not at all: written aside (named for this process and
 * thread) and renamed over it, so a build stopped midway never leaves half a file to be reused.
 */
export function writeWhole(file: string, data: string | Uint8Array): void {
	const part = `${file}.${process.pid}.${threadId}`;
	writeFileSync(part, data);
	renameSync(part, file);
}

/**
 * Removes from the cache folder `dir` everything `keep` does not name: what this build did not
 * use, so each cache holds one build's results and does not grow with every edit.
 */
export function keepOnly(dir: string | undefined, keep: (name: string) => boolean): void {
	if (!dir || !existsSync(dir)) return;
	for (const name of readdirSync(dir))
		if (!keep(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** The installed Pagefind's version: a new Pagefind writes a new index. */
function pagefindVersion(): string {
	const main = fileURLToPath(import.meta.resolve('pagefind'));
	const pkg = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8'));
	return String(pkg.version);
}

/** The key of one shard, fed page by page. */
export class ShardKey {
	readonly #hash: Hash;
	/** `made`: whatever else the shard's output depends on (options, output path, preparation). */
	constructor(made: unknown) {
		// The first item names this cache's own layout, for the day what is stored changes.
		this.#hash = createHash('sha256').update(
			JSON.stringify(['pagefind-shard-2', pagefindVersion(), made]),
		);
	}
	add(url: string, html: string | Uint8Array): void {
		this.#hash.update(`\0${url}\0${Buffer.byteLength(html)}\0`).update(html);
	}
	digest(): string {
		return this.#hash.digest('hex');
	}
}

/**
 * Shards by key, in `dir`: each a folder with Pagefind's files (`index/`) and the dictionary
 * terms its pages hold (`terms.json`). Without `dir` nothing is kept and every shard is indexed.
 */
export class ShardCache {
	readonly #used = new Set<string>();
	readonly dir: string | undefined;
	constructor(dir: string | undefined) {
		this.dir = dir;
	}

	/** Copies the shard with this key to `to` and gives its terms, if it was kept. */
	restore(key: string, to: string): string[] | undefined {
		if (!this.dir) return undefined;
		this.#used.add(key);
		const from = join(this.dir, key);
		if (!existsSync(join(from, 'terms.json'))) return undefined;
		try {
			const terms = JSON.parse(readFileSync(join(from, 'terms.json'), 'utf8')) as string[];
			// A copy-on-write clone where the file system has them, else a copy.
			cpSync(join(from, 'index'), to, { recursive: true, mode: constants.COPYFILE_FICLONE });
			return terms;
		} catch {
			// Pruned by another build sharing the folder meanwhile: this shard is indexed again.
			rmSync(to, { recursive: true, force: true });
			return undefined;
		}
	}

	/**
	 * Keeps what Pagefind wrote to `from` under `key` (the first shard is written apart from the
	 * others' folders, search-index.ts), with the terms its pages hold. Whole or not at all: a build
	 * stopped midway must not leave a half-written shard to reuse.
	 */
	store(key: string, from: string, terms: string[]): void {
		if (!this.dir) return;
		this.#used.add(key);
		const into = join(this.dir, key);
		const part = `${into}.${process.pid}`;
		rmSync(part, { recursive: true, force: true });
		mkdirSync(part, { recursive: true });
		cpSync(from, join(part, 'index'), { recursive: true, mode: constants.COPYFILE_FICLONE });
		writeFileSync(join(part, 'terms.json'), JSON.stringify(terms));
		try {
			rmSync(into, { recursive: true, force: true });
			renameSync(part, into);
		} catch {
			// Another build sharing the folder kept the same shard first: theirs is as good.
			rmSync(part, { recursive: true, force: true });
		}
	}

	/**
	 * Drops the shards this build did not use, so the cache holds one build's index (at 10,000
	 * entries about 35 MB) and does not grow by a shard with every edit.
	 */
	prune(): void {
		keepOnly(this.dir, (name) => this.#used.has(name));
	}
}

/** A page as Pagefind is given it, and the dictionary terms it holds (index-html.ts). */
export interface PreparedText {
	html: string;
	terms: string[];
}

/**
 * The key of a page's prepared text: what it is prepared with (`preparedBy`: the preparing
 * code, ICU, the dictionary) and the hash of its built HTML. Its URL and shard play no part.
 */
export const pageKey = (preparedBy: string, htmlHash: string): string =>
	createHash('sha256').update(`pagefind-page-1\0${preparedBy}\0${htmlHash}`).digest('hex');

/**
 * Prepared pages by key, one file each in `dir` (the terms as JSON on the first line, then the
 * HTML), so a shard indexed again after one edit cuts only the changed page into words: cutting
 * a shard of 3,000 pages took about 10 s at 10,000 entries. Without `dir` nothing is kept.
 */
export class PageCache {
	readonly dir: string | undefined;
	constructor(dir: string | undefined) {
		this.dir = dir;
		if (dir) mkdirSync(dir, { recursive: true });
	}

	get(key: string): PreparedText | undefined {
		if (!this.dir) return undefined;
		let text: string;
		try {
			text = readFileSync(join(this.dir, key), 'utf8');
		} catch {
			return undefined;
		}
		const line = text.indexOf('\n');
		return { terms: JSON.parse(text.slice(0, line)) as string[], html: text.slice(line + 1) };
	}

	set(key: string, page: PreparedText): void {
		if (this.dir) writeWhole(join(this.dir, key), `${JSON.stringify(page.terms)}\n${page.html}`);
	}

	/** Drops the pages not among `keys` (this build's), as the shard cache does its shards. */
	prune(keys: Set<string>): void {
		keepOnly(this.dir, (name) => keys.has(name));
	}
}
