import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = process.cwd();

/** The built HTML of a site path such as `/brands/xinqiao/`. */
export function page(path: string): string {
	const file = path.endsWith('/') ? join(root, 'dist', path, 'index.html') : join(root, 'dist', path);
	return readFileSync(file, 'utf8');
}

/** Text content of built HTML, tags removed and entities of the kinds Astro emits decoded. */
export function textOf(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
