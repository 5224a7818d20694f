/**
 * Pagefind's output for one shard of the search index, kept between builds by the hash of what
 * the shard gives Pagefind (src/lib/build/search-index.ts). A rebuild after one edit re-indexes
 * the shard whose text changed and copies the others: at 10,000 entries one index took about
 * 47 s to write, nearly all of a rebuild's search step.
 *
 * The key covers everything Pagefind's output depends on: its version, the options the index
 * is created with, where the shard is written (the first shard carries the scripts), and every
 * page's URL and prepared HTML in the order they are added. Equal keys give equal input, so a
 * copied shard is the one a cold build would write.
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
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a step after the build keeps what the next build can reuse (CI can keep the folder). */
export const buildCache = (name: string): string =>
	join(process.env['SITE_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.astro'), name);

/** The installed Pagefind's version: a new Pagefind writes a new index. */
function pagefindVersion(): string {
	const main = fileURLToPath(import.meta.resolve('pagefind'));
	const pkg = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8'));
	return String(pkg.version);
}

/** The key of one shard, fed page by page as the pages are prepared. */
export class ShardKey {
	readonly #hash: Hash;
	constructor(options: object, outputPath: string) {
		// The version of this cache's own layout, for the day what is stored changes.
		this.#hash = createHash('sha256').update(
			JSON.stringify(['pagefind-shard-1', pagefindVersion(), options, outputPath]),
		);
	}
	add(url: string, html: string): void {
		this.#hash.update(`\0${url}\0`).update(html);
	}
	digest(): string {
		return this.#hash.digest('hex');
	}
}

/** Shards by key, in `dir`; without `dir` nothing is kept and every shard is indexed. */
export class ShardCache {
	readonly #used = new Set<string>();
	readonly dir: string | undefined;
	constructor(dir: string | undefined) {
		this.dir = dir;
	}

	/** Copies the shard with this key to `to`, if it was kept; true when it was. */
	restore(key: string, to: string): boolean {
		if (!this.dir) return false;
		this.#used.add(key);
		const from = join(this.dir, key);
		if (!existsSync(from)) return false;
		// A copy-on-write clone where the file system has them, else a copy.
		cpSync(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE });
		return true;
	}

	/**
	 * Keeps what Pagefind wrote to `from` under `key` (before any later shard is written inside
	 * the first one's folder). Whole or not at all: a build stopped midway must not leave a
	 * half-written shard to reuse.
	 */
	store(key: string, from: string): void {
		if (!this.dir) return;
		this.#used.add(key);
		const into = join(this.dir, key);
		const part = `${into}.${process.pid}`;
		rmSync(part, { recursive: true, force: true });
		mkdirSync(dirname(part), { recursive: true });
		cpSync(from, part, { recursive: true, mode: constants.COPYFILE_FICLONE });
		rmSync(into, { recursive: true, force: true });
		renameSync(part, into);
	}

	/**
	 * Drops the shards this build did not use, so the cache holds one build's index (at 10,000
	 * entries about 35 MB) and does not grow by a shard with every edit.
	 */
	prune(): void {
		if (!this.dir || !existsSync(this.dir)) return;
		for (const name of readdirSync(this.dir))
			if (!this.#used.has(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
	}
}
