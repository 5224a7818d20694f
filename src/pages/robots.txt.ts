import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../lib/site/paths.ts';

/** `/robots.txt`: everything may be crawled; the sitemap is named where the site has an address. */
export const GET: APIRoute = () => {
	const sitemap = absoluteUrl(paths.sitemapXml());
	return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
