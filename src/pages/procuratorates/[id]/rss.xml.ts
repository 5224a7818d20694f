import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type Procuratorate } from '../../../lib/site/data.ts';
import { feedOf, renderFeed } from '../../../lib/site/feeds.ts';
import { siteConfig } from '../../../site.config.ts';

/**
 * `/procuratorates/<id>/rss.xml`: a procuratorate's newest practices and cases, branded or not
 * (see feeds.ts); only with SITE_URL.
 */
export const getStaticPaths = (async () =>
	siteConfig.url
		? (await siteData()).procuratorates.map((owner) => ({
				params: { id: owner.id },
				props: { owner },
			}))
		: []) satisfies GetStaticPaths;

export const GET: APIRoute<{ owner: Procuratorate }> = async ({ props }) => {
	const site = await siteData();
	return renderFeed(site, feedOf(site, { kind: 'procuratorate', owner: props.owner }));
};
