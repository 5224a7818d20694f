import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../lib/site/data.ts';
import { feedOf, renderFeed } from '../lib/site/feeds.ts';
import { paths } from '../lib/site/paths.ts';
import { siteConfig } from '../site.config.ts';

/**
 * `/rss.xml`: the newest practices and cases of the whole site (see feeds.ts). Written only when
 * SITE_URL gives the site an address (the route lists no page otherwise).
 */
export const getStaticPaths = (() =>
	siteConfig.url
		? [{ params: { feed: paths.rss().slice(1, -'.xml'.length) } }]
		: []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const site = await siteData();
	return renderFeed(site, feedOf(site, { kind: 'site' }));
};
