/**
 * The site's feeds, for staff who follow a topic or a procuratorate rather than visit: the whole
 * site's (`/rss.xml`), each topic's and each procuratorate's, every one holding the `feedLimit`
 * newest practices and cases (by their file's last commit), so no feed grows with the country
 * (one of everything was about 21 MB at national scale). Each names its own address
 * (`atom:link rel="self"`), as feed readers and validators expect. Feeds need absolute links, so
 * they exist only when SITE_URL gives the site an address; without it no page links to one.
 */
import rss from '@astrojs/rss';
import { ui } from '../../i18n/zh-CN.ts';
import { siteConfig } from '../../site.config.ts';
import type { Case, Practice, Procuratorate, Topic } from './data.ts';
import { lastChanged } from './git-dates.ts';
import { absoluteUrl, paths } from './paths.ts';
import { must, type SiteData } from './site-index.ts';

/** How many items a feed holds: the newest. */
export const feedLimit = 50;

/** Which feed: the site's, a topic's or a procuratorate's. */
export type FeedKey =
	| { kind: 'site' }
	| { kind: 'topic'; topic: Topic }
	| { kind: 'procuratorate'; owner: Procuratorate };

export interface Feed {
	/** The feed's path on the site, e.g. `/topics/sifa-jiuzhu/rss.xml`. */
	path: string;
	title: string;
	description: string;
	/** Its entries, newest first, at most `feedLimit`. */
	entries: Array<Practice | Case>;
}

const updated = (e: Practice | Case) => (e.filePath ? lastChanged(e.filePath) : undefined);

/** The newest `feedLimit` of `entries`; undated ones (not yet committed) last, then by address. */
export function newest<T extends Practice | Case>(
	entries: readonly T[],
	dateOf: (e: T) => string | undefined = updated,
	limit = feedLimit,
): T[] {
	const link = (e: T) => `${e.collection}/${e.id}`;
	return entries
		.map((e) => ({ e, date: dateOf(e) ?? '' }))
		.sort((a, b) => b.date.localeCompare(a.date) || link(a.e).localeCompare(link(b.e)))
		.slice(0, limit)
		.map(({ e }) => e);
}

/** A feed's address, title and description, without reading its entries. */
function feedHead(key: FeedKey): Omit<Feed, 'entries'> {
	const siteTitle = siteConfig.title;
	switch (key.kind) {
		case 'site':
			return {
				path: paths.rss(),
				title: ui.feed.title(siteTitle),
				description: siteConfig.description,
			};
		case 'topic':
			return {
				path: paths.topicFeed(key.topic.id),
				title: ui.feed.topic(key.topic.data.name, siteTitle),
				description: key.topic.data.description,
			};
		case 'procuratorate':
			return {
				path: paths.procuratorateFeed(key.owner.id),
				title: ui.feed.procuratorate(key.owner.data.name, siteTitle),
				description: ui.procuratorate.description(key.owner.data.name),
			};
	}
}

/** A feed with its entries. */
export function feedOf(site: SiteData, key: FeedKey): Feed {
	const entries =
		key.kind === 'site'
			? [...site.practices, ...site.cases]
			: key.kind === 'topic'
				? [...site.of.topic.practices(key.topic.id), ...site.of.topic.cases(key.topic.id)]
				: [
						...site.of.procuratorate.practices(key.owner.id),
						...site.of.procuratorate.cases(key.owner.id),
					];
	return { ...feedHead(key), entries: newest(entries) };
}

/** The link a page puts in its head and shows to subscribe, or undefined without SITE_URL. */
export function feedLink(key: FeedKey): { href: string; title: string } | undefined {
	if (!siteConfig.url) return undefined;
	const { path, title } = feedHead(key);
	return { href: path, title };
}

/** The feed as RSS 2.0, with absolute links and its own address. */
export function renderFeed(site: SiteData, feed: Feed): Promise<Response> {
	const self = absoluteUrl(feed.path);
	if (!self || !siteConfig.url)
		throw new Error('内部错误：未设置 SITE_URL 时不生成订阅 (feeds need SITE_URL)');
	return rss({
		title: feed.title,
		description: feed.description,
		site: siteConfig.url,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>zh-CN</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		items: feed.entries.map((e) => {
			const date = updated(e);
			return {
				title: e.data.title,
				link: e.collection === 'practices' ? paths.practice(e.id) : paths.case(e.id),
				description: e.data.summary,
				categories: [
					ui.collections[e.collection],
					site.ownerOf(e).data.name,
					...e.data.topics.map((t) => must(site.topic, t.id).data.name),
				],
				...(date && { pubDate: new Date(`${date}T00:00:00+08:00`) }),
			};
		}),
	});
}
