/** Reading built pages for the quality gates: a page's HTML, and the attributes of its tags. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readHtml(dir: string, file: string): string {
	return readFileSync(join(dir, file), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };
const decode = (s: string) =>
	s.replace(/&(amp|quot|#39|lt|gt);/g, (_m, e: string) => ENTITIES[e] ?? _m);

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
		for (const a of (m[2] ?? '').matchAll(
			/([^\s=/"'<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
		)) {
			attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
		}
		out.push({ name: m[1]!.toLowerCase(), attrs });
	}
	return out;
}
