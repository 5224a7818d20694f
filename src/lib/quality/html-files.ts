/** Reading the built site: its files and pages (for the quality gates and the post-build steps), and the attributes of tags. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under `dir` whose name `accept`s, as paths relative to it, sorted; folders named
 * in `skip` (by name, below `dir`) are not entered.
 */
export function siteFiles(dir: string, accept: (name: string) => boolean, skip: string[] = []): string[] {
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

export function readHtml(dir: string, file: string): string {
	return readFileSync(join(dir, file), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };
const decode = (s: string) => s.replace(/&(amp|quot|#39|lt|gt);/g, (_m, e: string) => ENTITIES[e] ?? _m);

export interface Tag {
	name: string;
	attrs: Record<string, string>;
}

/** Start tags with their attributes (double-quoted, single-quoted, bare or empty), in order. */
export function tags(html: string): Tag[] {
	const out: Tag[] = [];
	const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
	for (const m of withoutComments.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*?)?\/?>/g)) {
		const attrs: Record<string, string> = {};
		for (const a of (m[2] ?? '').matchAll(/([^\s=/"'<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
			attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
		}
		out.push({ name: m[1]!.toLowerCase(), attrs });
	}
	return out;
}
