// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { clearOutputIntegration } from './src/integrations/clear-output.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { pageDates, pageDatesIntegration } from './src/integrations/page-dates.ts';
import { correctionMarks } from './src/lib/site/correction-marks.ts';
import { siteConfig } from './src/site.config.ts';

/** @type {Map<string, string> | undefined} Read once, when the sitemap is written. */
let dates;

export default defineConfig({
	...(siteConfig.url && { site: siteConfig.url }),
	trailingSlash: 'always',
	// The benchmark builds generated corpora into their own folders, with their own caches.
	outDir: process.env.SITE_OUT_DIR ?? './dist',
	cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
	// A page whose getStaticPaths cacheKey (src/lib/site/cache-key.ts) and code are unchanged is
	// copied from the last build's output, kept in cacheDir (`incremental-build.json` and `dist/`):
	// CI that keeps cacheDir between runs re-renders only what an edit changed.
	experimental: { incrementalBuild: true },
	// Stylesheets stay files: the Content Security Policy allows no inline <style>.
	// Concurrency lets pages render while sharp encodes share images on libuv's threads.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// No syntax colouring: Shiki writes inline style attributes, which the CSP forbids, and the
	// site's only code blocks are the editors' guide's shell commands.
	// A sentence that uses a corrected misprint of its article gets a marker linked to the note.
	markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [correctionMarks] }) },
	// Search indexing and precompression run after the build, in their own process (see the
	// `build` script), so Pagefind's memory does not add to Astro's.
	// The sitemap is written only when SITE_URL gives the site an address; without one the
	// integration is left out, since it would print a yellow “requires site” warning an editor
	// could take for their own mistake. It leaves out the 404 page and the pages marked noindex:
	// the print-only 学习卡, the topics' other orderings and the pre-built pairs of topics. A page
	// that stands for one content file has its git date.
	integrations: [
		clearOutputIntegration(),
		contentCheckIntegration(),
		pageDatesIntegration(),
		mdx(),
		...(siteConfig.url
			? [
					sitemap({
						filter: (page) =>
							!/\/404(\.html|\/)?$|\/card\/$|^\/topics\/(?:[^/]+\/sort|compare)\//.test(
								new URL(page).pathname,
							),
						serialize: (item) => {
							dates ??= pageDates(process.cwd());
							const lastmod = dates.get(new URL(item.url).pathname);
							return lastmod ? { ...item, lastmod } : item;
						},
					}),
				]
			: []),
	],
	// Scripts stay files too: Vite would inline a small page script, which the CSP forbids.
	vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
