import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../i18n/zh-CN.ts';
import { must, siteData } from '../lib/site/data.ts';
import { lastChanged } from '../lib/site/git-dates.ts';
import { paths } from '../lib/site/paths.ts';
import { siteConfig } from '../site.config.ts';

/**
 * `/rss.xml`: every practice and case, newest change first, so other 院 can follow updates.
 * A feed's links must be absolute, so it is written only when SITE_URL gives the site an
 * address (the route lists no page otherwise, and pages then link to no feed).
 */
export const getStaticPaths = (() =>
	siteConfig.url
		? [{ params: { feed: paths.rss().slice(1, -'.xml'.length) } }]
		: []) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
	const site = await siteData();
	const items = [
		...site.practices.map((e) => ({ e, link: paths.practice(e.id) })),
		...site.cases.map((e) => ({ e, link: paths.case(e.id) })),
	]
		.map(({ e, link }) => ({
			title: e.data.title,
			link,
			description: e.data.summary,
			categories: [
				ui.collections[e.collection],
				site.ownerOf(e).data.name,
				...e.data.topics.map((t) => must(site.topic, t.id).data.name),
			],
			updated: e.filePath ? lastChanged(e.filePath) : undefined,
		}))
		.sort(
			(a, b) => (b.updated ?? '').localeCompare(a.updated ?? '') || a.link.localeCompare(b.link),
		);
	return rss({
		title: ui.feed.title(siteConfig.title),
		description: siteConfig.description,
		site: context.site ?? '',
		customData: '<language>zh-CN</language>',
		items: items.map(({ updated, ...item }) => ({
			...item,
			...(updated && { pubDate: new Date(`${updated}T00:00:00+08:00`) }),
		})),
	});
};
