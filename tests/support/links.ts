/**
 * Link checking over a built site: every internal link and `#anchor` must resolve to a file
 * and an element id that exist. External links are listed, not fetched (there is no network).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { readHtml, tags } from './html.ts';

export interface BrokenLink {
	/** The page the link is on, relative to the site folder. */
	page: string;
	/** The link as written. */
	href: string;
	/** What is wrong. */
	reason: string;
}

/** The site path a built file is served at: `brands/x/index.html` → `/brands/x/`. */
export function pathOf(file: string): string {
	return `/${file}`.replace(/index\.html$/, '');
}

/** The file a site path is served from, if any. */
function fileFor(dir: string, path: string): string | undefined {
	const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
	return candidates
		.map((c) => join(dir, decodeURIComponent(c)))
		.find((f) => existsSync(f) && statSync(f).isFile());
}

export function checkLinks(
	dir: string,
	origin = 'http://localhost',
): { broken: BrokenLink[]; external: string[] } {
	const pages = htmlFiles(dir);
	const ids = new Map<string, Set<string>>();
	const parsed = new Map(pages.map((p) => [p, tags(readHtml(dir, p))]));
	for (const [p, t] of parsed)
		ids.set(
			join(dir, p),
			new Set(t.map((x) => x.attrs['id']).filter((v): v is string => v !== undefined)),
		);

	const broken: BrokenLink[] = [];
	const external = new Set<string>();
	for (const [page, pageTags] of parsed) {
		const base = new URL(pathOf(page), origin);
		for (const tag of pageTags) {
			const refs = [
				tag.attrs['href'],
				tag.attrs['src'],
				tag.name === 'form' ? tag.attrs['action'] : undefined,
			];
			for (const ref of refs) {
				if (ref === undefined || ref === '' || /^(mailto|tel|data|javascript):/i.test(ref))
					continue;
				const url = new URL(ref, base);
				if (url.origin !== origin) {
					external.add(url.href);
					continue;
				}
				const file = fileFor(dir, url.pathname);
				if (!file) {
					broken.push({
						page,
						href: ref,
						reason: `没有这个页面或文件 (no such page or file): ${url.pathname}`,
					});
					continue;
				}
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (anchor && file.endsWith('.html') && !ids.get(file)?.has(anchor)) {
					broken.push({
						page,
						href: ref,
						reason: `页面中没有 id 为“${anchor}”的位置 (no element with that id)`,
					});
				}
			}
		}
	}
	return { broken, external: [...external].sort() };
}

/** Resources (scripts, styles, images, fonts, frames, media) that would load from another host. */
export function thirdPartyResources(
	dir: string,
	origin = 'http://localhost',
): Array<{ page: string; url: string }> {
	const found: Array<{ page: string; url: string }> = [];
	for (const page of htmlFiles(dir)) {
		const base = new URL(pathOf(page), origin);
		for (const tag of tags(readHtml(dir, page))) {
			const isResourceLink =
				tag.name === 'link' &&
				/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/.test(
					tag.attrs['rel'] ?? '',
				);
			const refs = [
				...([
					'script',
					'img',
					'iframe',
					'frame',
					'audio',
					'video',
					'source',
					'track',
					'embed',
					'input',
				].includes(tag.name)
					? [tag.attrs['src']]
					: []),
				...(isResourceLink ? [tag.attrs['href']] : []),
				...(tag.name === 'object' ? [tag.attrs['data']] : []),
				...(tag.attrs['srcset']
					? tag.attrs['srcset'].split(',').map((s) => s.trim().split(/\s+/)[0])
					: []),
			];
			for (const ref of refs) {
				if (!ref) continue;
				const url = new URL(ref, base);
				if (url.origin !== origin && url.protocol !== 'data:') found.push({ page, url: url.href });
			}
		}
	}
	return found;
}
