/** The human sitemap (`/sitemap/`): the main sections, then every entry page, grouped. */
import { ui } from '../../i18n/zh-CN.ts';
import { mainSections, paths } from './paths.ts';
import { siteData } from './data.ts';

export interface SiteMapGroup {
	title: string;
	pages: Array<{ href: string; label: string }>;
}

export async function siteMapEntries(): Promise<SiteMapGroup[]> {
	const site = await siteData();
	return [
		{
			title: ui.sitemap.sections,
			pages: [
				{ href: paths.home(), label: ui.nav.home },
				...mainSections,
				{ href: paths.sources(), label: ui.nav.sources },
				{ href: paths.search(), label: ui.search.pageTitle },
				{ href: paths.sitemap(), label: ui.footer.sitemap },
				{ href: paths.guide(), label: ui.footer.guide },
			],
		},
		{
			title: ui.nav.brands,
			pages: site.brands.map((b) => ({ href: paths.brand(b.id), label: b.data.name })),
		},
		{
			title: ui.nav.practices,
			pages: site.practices.map((p) => ({ href: paths.practice(p.id), label: p.data.title })),
		},
		{
			title: ui.nav.cases,
			pages: site.cases.map((c) => ({ href: paths.case(c.id), label: c.data.title })),
		},
		{
			title: ui.nav.topics,
			pages: site.topics.map((t) => ({ href: paths.topic(t.id), label: t.data.name })),
		},
		{
			title: ui.nav.procuratorates,
			pages: site.procuratorates.map((o) => ({
				href: paths.procuratorate(o.id),
				label: o.data.name,
			})),
		},
	];
}
