import { ui } from '../../i18n/zh-CN.ts';
import { siteConfig } from '../../site.config.ts';
import { notBody } from '../search/sections.ts';
import { pageHref } from './pagination.ts';

/** Every URL of the site, built in one place so links and pages cannot drift apart. */
export const paths = {
	home: () => '/',
	brands: () => '/brands/',
	brand: (id: string) => `/brands/${id}/`,
	practices: () => '/practices/',
	practice: (id: string) => `/practices/${id}/`,
	/** The practices index narrowed to one topic, province (its slug) or brand. */
	practicesBy: (filter: 'topic' | 'province' | 'brand', value: string) =>
		`/practices/${filter}/${value}/`,
	/** A brand's practices under its `n`th pillar (1-based, in the brand's order). */
	practicesByPillar: (brand: string, n: number) => `/practices/brand/${brand}/pillar/${n}/`,
	/** A practice's printable 学习卡. */
	card: (id: string) => `/practices/${id}/card/`,
	honours: () => '/honours/',
	cases: () => '/cases/',
	case: (id: string) => `/cases/${id}/`,
	topics: () => '/topics/',
	topic: (id: string) => `/topics/${id}/`,
	/** A topic's comparison in another order than by province (the default). */
	topicSorted: (id: string, order: 'province' | 'procuratorate') =>
		order === 'province' ? `/topics/${id}/` : `/topics/${id}/sort/${order}/`,
	/**
	 * Two topics in one table, pre-built for the pairs `topic-pairs.ts` picks; `a` is the topic
	 * that comes first in the topics' order.
	 */
	topicPair: (a: string, b: string) => `/topics/compare/${a}/${b}/`,
	/** A topic's feed: its newest practices and cases (only when SITE_URL is set, as every feed). */
	topicFeed: (id: string) => `/topics/${id}/rss.xml`,
	procuratorates: () => '/procuratorates/',
	procuratorate: (id: string) => `/procuratorates/${id}/`,
	/** A procuratorate's feed: its newest practices and cases. */
	procuratorateFeed: (id: string) => `/procuratorates/${id}/rss.xml`,
	/** The section of a procuratorate's page that lists its own work, the practices of no brand. */
	procuratorateWork: (id: string) => `/procuratorates/${id}/#${notBody.id.practices}`,
	sources: () => '/sources/',
	/**
	 * A source's entry on the (possibly paginated) sources list; `page` from `pageWith`. `part`
	 * picks a part of the entry (its corrections) rather than its heading.
	 */
	source: (id: string, page = 1, part?: 'corrections') =>
		`${pageHref('/sources/', page)}#${part ? `${part}-${id}` : id}`,
	search: () => '/search/',
	sitemap: () => '/sitemap/',
	guide: () => '/guide/',
	/** The feed of the newest practices and cases (only when SITE_URL is set: a feed's links must be absolute). */
	rss: () => '/rss.xml',
	/** The machine-readable sitemap (written by @astrojs/sitemap, only when SITE_URL is set). */
	sitemapXml: () => '/sitemap-index.xml',
} as const;

/** The main sections, in navigation order: the header's menu and the sitemap's first group. */
export const mainSections = [
	{ href: paths.brands(), label: ui.nav.brands },
	{ href: paths.practices(), label: ui.nav.practices },
	{ href: paths.cases(), label: ui.nav.cases },
	{ href: paths.honours(), label: ui.nav.honours },
	{ href: paths.topics(), label: ui.nav.topics },
	{ href: paths.procuratorates(), label: ui.nav.procuratorates },
] as const;

/**
 * A site path as an absolute address, where the deployment gave one (SITE_URL); otherwise
 * undefined, and callers leave out what needs it rather than print a wrong host.
 */
export function absoluteUrl(path: string): string | undefined {
	return siteConfig.url ? new URL(path, siteConfig.url).href : undefined;
}

/** Where an editor changes a content file: the forge's edit page when SITE_EDIT_URL is set. */
export function editUrl(filePath: string): string | undefined {
	return siteConfig.editUrl
		? `${siteConfig.editUrl}${filePath.split('/').map(encodeURIComponent).join('/')}`
		: undefined;
}
