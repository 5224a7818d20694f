import { ui } from '../../i18n/zh-CN.ts';
import { pageHref } from './pagination.ts';

/** Every URL of the site, built in one place so links and pages cannot drift apart. */
export const paths = {
	home: () => '/',
	brands: () => '/brands/',
	brand: (id: string) => `/brands/${id}/`,
	practices: () => '/practices/',
	practice: (id: string) => `/practices/${id}/`,
	honours: () => '/honours/',
	cases: () => '/cases/',
	case: (id: string) => `/cases/${id}/`,
	topics: () => '/topics/',
	topic: (id: string) => `/topics/${id}/`,
	procuratorates: () => '/procuratorates/',
	procuratorate: (id: string) => `/procuratorates/${id}/`,
	sources: () => '/sources/',
	/** A source's entry on the (possibly paginated) sources list; `page` from `pageWith`. */
	source: (id: string, page = 1) => `${pageHref('/sources/', page)}#${id}`,
	search: () => '/search/',
	sitemap: () => '/sitemap/',
	guide: () => '/guide/',
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
