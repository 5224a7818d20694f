// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
	site: siteConfig.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [contentCheckIntegration(), mdx(), pagefindIntegration()],
	vite: { plugins: [tailwindcss()] },
});
