// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { precompressIntegration } from './src/integrations/precompress.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
	site: siteConfig.url,
	trailingSlash: 'always',
	// The benchmark builds generated corpora into their own folders, with their own caches.
	outDir: process.env.SITE_OUT_DIR ?? './dist',
	cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
	// Stylesheets stay files: the Content Security Policy allows no inline <style>.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// No syntax colouring: Shiki writes inline style attributes, which the CSP forbids, and the
	// site's only code blocks are the editors' guide's shell commands.
	markdown: { syntaxHighlight: false },
	integrations: [contentCheckIntegration(), mdx(), pagefindIntegration(), precompressIntegration()],
	vite: { plugins: [tailwindcss()] },
});
