import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type Topic } from '../../../lib/site/data.ts';
import { feedOf, renderFeed } from '../../../lib/site/feeds.ts';
import { siteConfig } from '../../../site.config.ts';

/** `/topics/<id>/rss.xml`: a topic's newest practices and cases (see feeds.ts); only with SITE_URL. */
export const getStaticPaths = (async () =>
	siteConfig.url
		? (await siteData()).topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }))
		: []) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props }) => {
	const site = await siteData();
	return renderFeed(site, feedOf(site, { kind: 'topic', topic: props.topic }));
};
