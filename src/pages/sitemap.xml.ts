import type { APIRoute } from 'astro';
import { laterListPages, siteMapEntries } from '../lib/site/sitemap.ts';
import { siteConfig } from '../site.config.ts';

/** `/sitemap.xml`: every page of the site, from the same list as the human sitemap. */
export const GET: APIRoute = async () => {
	const groups = await siteMapEntries();
	const hrefs = [...groups.flatMap((g) => g.pages.map((p) => p.href)), ...(await laterListPages())];
	const urls = hrefs.map((href) => `<url><loc>${new URL(href, siteConfig.url).href}</loc></url>`);
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
