/**
 * Work every build repeats the same way for the same input, kept between builds by a key made
 * of exactly that input: the content check and the search vocabulary each took about 7 s of a
 * rebuild at 10,000 entries, whatever the edit. A key covers the files read, the project code
 * that reads them (followed through its imports), the installed packages and Node's ICU, so an
 * equal key means an equal result and a stale one is never used.
 *
 * Only what a build can recompute lives here, in the build cache (`SITE_CACHE_DIR`, by default
 * node_modules/.astro): deleting the folder costs time, never correctness.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCache, keepOnly, writeWhole } from './index-cache.ts';

/**
 * What every memo's key shares: the source of the project modules `entries` (paths) start from,
 * each followed through its relative imports, the packages installed in `project` as npm
 * recorded them, and the Node and ICU versions (word segmentation and number reading use ICU).
 */
export function codeKey(entries: string[], project: string): string {
	const hash = createHash('sha256').update(
		JSON.stringify([process.versions.node, process.versions.icu, process.versions.unicode]),
	);
	for (const entry of entries) hash.update(moduleSource(pathToFileURL(entry)));
	const lock = join(project, 'node_modules', '.package-lock.json');
	hash.update(existsSync(lock) ? readFileSync(lock) : '');
	return hash.digest('hex');
}

/**
 * The source of the module `entry` and every module of this project it imports, followed through
 * their imports: the code part of every build cache's key (`codeKey`), so a change to
 * the code that made a kept result makes it again.
 */
export function moduleSource(entry: URL): string {
	const hash = createHash('sha256');
	const seen = new Set<string>();
	const from = fileURLToPath(new URL('.', entry));
	const visit = (url: URL) => {
		if (seen.has(url.href)) return;
		seen.add(url.href);
		const text = readFileSync(url, 'utf8');
		// Named from the entry's folder: the same code in another checkout has the same key.
		hash.update(`\0${relative(from, fileURLToPath(url))}\0${text}`);
		for (const m of text.matchAll(/\b(?:from|import)\s+'(\.{1,2}\/[^']+)'/g))
			visit(new URL(m[1]!, url));
	};
	visit(entry);
	return hash.digest('hex');
}

/**
 * Feeds `hash` the tree under `dir` as it stands: every name in order, what it is (a link's
 * target, never followed) and, with `contents`, every file's bytes.
 */
export function hashTree(hash: Hash, dir: string, contents = true): Hash {
	if (!existsSync(dir)) return hash.update(`none:${dir}\0`);
	const visit = (path: string, name: string) => {
		const stat = lstatSync(path);
		if (stat.isSymbolicLink()) hash.update(`link:${name}>${readlinkSync(path)}\0`);
		else if (stat.isDirectory()) {
			hash.update(`dir:${name}\0`);
			for (const child of readdirSync(path).sort()) visit(join(path, child), `${name}/${child}`);
			hash.update(`end:${name}\0`);
		} else {
			hash.update(`file:${name}:${stat.size}\0`);
			if (contents) hash.update(readFileSync(path));
		}
	};
	visit(dir, '.');
	return hash;
}

/** One kind of memo: its folder in the build cache, holding the latest result only. */
export class Memo {
	readonly #name: string;
	constructor(name: string) {
		this.#name = name;
	}

	/** Found when used, not when made: the build cache's place is read from the environment. */
	get #dir(): string {
		return buildCache(join('memo', this.#name));
	}

	/** The value kept under `key`, if any and readable. */
	get<T>(key: string): T | undefined {
		const file = join(this.#dir, `${key}.json`);
		if (!existsSync(file)) return undefined;
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as T;
		} catch {
			return undefined;
		}
	}

	/**
	 * Keeps `value` under `key` (whole or not at all) and drops what an older key kept.
	 */
	set(key: string, value: unknown): void {
		mkdirSync(this.#dir, { recursive: true });
		writeWhole(join(this.#dir, `${key}.json`), JSON.stringify(value));
		// Another build's file still being written (`<key>.json.<pid>…`) is left to it.
		keepOnly(this.#dir, (name) => name === `${key}.json` || name.includes('.json.'));
	}

	/** The value for `key`: kept, or made now and kept. */
	through<T>(key: string, make: () => T): T {
		const known = this.get<T>(key);
		if (known !== undefined) return known;
		const made = make();
		this.set(key, made);
		return made;
	}
}
