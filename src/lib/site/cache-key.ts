/**
 * The `cacheKey` a page returns from `getStaticPaths`, for Astro's incremental build
 * (`experimental.incrementalBuild`): a page whose key and code are unchanged since the last build
 * is copied from the cache instead of rendered. So the key must change whenever the page's
 * output could: it is made from exactly what the page shows — the same values its context helper
 * hands the template — never from a list of fields someone must keep up to date.
 *
 * Entries count by their data as loaded, their body and the day git says their file last changed
 * (pages print it); everything else counts by its value. The site's
 * configuration (address, edit link, share images, all set from the environment) goes into every
 * key, since pages print it and Astro's own config hash does not see the edit link. So does the
 * editors' search table (content/search.yaml): its words are part of the site dictionary that
 * places the line breaks in every page's headings (src/middleware.ts). (The dictionary also holds
 * the words of entries' titles; a page keyed without an entry whose title brings a new word keeps
 * its former break positions until it is rendered again — line breaks only, never text.)
 * Code is Astro's half: it hashes each page's module graph itself — but not the middleware's,
 * which no page imports and which rewrites every page (src/middleware.ts puts the word breaks
 * in), so the middleware's code, followed through its imports, goes into every key here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeKey } from '../build/memo.ts';
import { siteConfig } from '../../site.config.ts';
import { lastChanged } from './git-dates.ts';

interface EntryLike {
	id: string;
	collection: string;
	data: unknown;
	body?: string | undefined;
	rendered?: { html?: string } | undefined;
	filePath?: string | undefined;
}

const isEntry = (value: object): value is EntryLike =>
	'collection' in value &&
	'id' in value &&
	'data' in value &&
	typeof value.collection === 'string' &&
	typeof value.id === 'string';

/**
 * Writes `value` into `out` as text no other value writes. Pieces are collected and hashed at
 * once: a hash update per value cost more than the hashing itself (1.5 s of a 10k rebuild).
 */
function fold(out: string[], value: unknown, path: Set<object>): void {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'function')
			// A function's output depends on what it closes over, which the key cannot see.
			throw new Error(
				'内部错误：页面缓存键不能包含函数，请传入函数所用的数据 (internal error: a cache key cannot hash a function; pass the data it reads)',
			);
		const text = String(value);
		// Length first, so no two sequences of values run together into the same text.
		out.push(`${typeof value}:${text.length}:${text}`);
		return;
	}
	if (value instanceof Date) {
		out.push(`date:${value.toISOString()}\0`);
		return;
	}
	if (isEntry(value)) {
		out.push(`entry:${value.collection}/${value.id}:${entryHash(value)}\0`);
		return;
	}
	if (path.has(value))
		throw new Error('内部错误：页面缓存键遇到循环引用 (internal error: a cache key met a cycle)');
	path.add(value);
	if (value instanceof Map) {
		out.push('map{');
		for (const [k, v] of value) {
			fold(out, k, path);
			fold(out, v, path);
		}
		out.push('}');
	} else if (Array.isArray(value) || value instanceof Set) {
		out.push('[');
		for (const v of value) fold(out, v, path);
		out.push(']');
	} else {
		const proto: unknown = Object.getPrototypeOf(value);
		if (proto !== Object.prototype && proto !== null)
			// Its own fields may not be what it shows (a URL has none): say what to pass instead.
			throw new Error(
				`内部错误：页面缓存键不能读取 ${value.constructor.name} 对象，请传入它的文本或数据 (internal error: a cache key cannot hash a ${value.constructor.name}; pass its text or data)`,
			);
		out.push('{');
		for (const [k, v] of Object.entries(value)) {
			out.push(`${k.length}:${k}:`);
			fold(out, v, path);
		}
		out.push('}');
	}
	path.delete(value);
}

const entryHashes = new WeakMap<EntryLike, string>();

/**
 * An entry's data as loaded (after the schema's transforms, which its file's `digest` would
 * miss), its body and rendered HTML, its file and that file's last commit day; hashed once per build.
 */
function entryHash(entry: EntryLike): string {
	let known = entryHashes.get(entry);
	if (known === undefined) {
		const out: string[] = [];
		fold(out, entry.data, new Set());
		// The Markdown as rendered at load time, so a change to how it is rendered counts too.
		const [body, html] = [entry.body ?? '', entry.rendered?.html ?? ''];
		out.push(`${body.length}:${body}${html.length}:${html}`);
		// Its file (the edit link names it) and the day it last changed.
		out.push(entry.filePath ? `${entry.filePath}:${lastChanged(entry.filePath) ?? ''}` : '');
		known = createHash('sha256').update(out.join('')).digest('base64url');
		entryHashes.set(entry, known);
	}
	return known;
}

let config: string | undefined;

/** The editors' search table as written, or nothing where a corpus has none. */
function searchTableText(): string {
	const file = join(process.env['SITE_CONTENT_DIR'] ?? 'content', 'search.yaml');
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** A key that changes whenever any of `shown` (entries, context objects, plain values) does. */
export function cacheKey(...shown: unknown[]): string {
	// This module runs bundled: the middleware's source is found from the project folder.
	config ??= JSON.stringify([
		siteConfig,
		searchTableText(),
		codeKey([join(process.cwd(), 'src', 'middleware.ts')], process.cwd()),
	]);
	const out = [config];
	fold(out, shown, new Set());
	return createHash('sha256').update(out.join('')).digest('base64url');
}
