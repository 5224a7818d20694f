/** The built site's files, for the steps after the build (search index, precompression) and the tests that read `dist/`. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under `dir` whose name `accept`s, as paths relative to it, sorted; folders named
 * in `skip` (by name, below `dir`) are not entered.
 */
export function siteFiles(
	dir: string,
	accept: (name: string) => boolean,
	skip: string[] = [],
): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, entry.name);
			if (entry.isDirectory()) {
				if (!skip.includes(entry.name)) walk(p);
			} else if (accept(entry.name)) out.push(relative(dir, p));
		}
	};
	walk(dir);
	return out.sort();
}

/** Every .html file under `dir`, as paths relative to it, skipping Pagefind's own files. */
export function htmlFiles(dir: string): string[] {
	return siteFiles(dir, (name) => name.endsWith('.html'), ['pagefind']);
}
