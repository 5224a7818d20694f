/** Every page of the site, grouped; the one list behind `/sitemap/` and `/sitemap.xml`. */
import { ui } from '../../i18n/zh-CN.ts';
import { paginatedLists } from './lists.ts';
import { pageHref, pageSizes } from './pagination.ts';
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
			title: '栏目',
			pages: [
				{ href: paths.home(), label: ui.nav.home },
				...mainSections,
				{ href: paths.sources(), label: ui.nav.sources },
				{ href: paths.search(), label: ui.search.pageTitle },
				{ href: paths.sitemap(), label: ui.footer.sitemap },
				{ href: paths.guide(), label: ui.footer.guide },
			],
		},
		{ title: ui.nav.brands, pages: site.brands.map((b) => ({ href: paths.brand(b.id), label: b.data.name })) },
		{ title: ui.nav.practices, pages: site.practices.map((p) => ({ href: paths.practice(p.id), label: p.data.title })) },
		{ title: ui.nav.cases, pages: site.cases.map((c) => ({ href: paths.case(c.id), label: c.data.title })) },
		{ title: ui.nav.topics, pages: site.topics.map((t) => ({ href: paths.topic(t.id), label: t.data.name })) },
		{ title: ui.nav.procuratorates, pages: site.procuratorates.map((o) => ({ href: paths.procuratorate(o.id), label: o.data.name })) },
	];
}

/** The later pages (2, 3, …) of every paginated list, for `/sitemap.xml` and the checks over every page. */
export async function laterListPages(): Promise<string[]> {
	const site = await siteData();
	const linksOnSitemap = (await siteMapEntries()).reduce((n, g) => n + g.pages.length, 0);
	const lists = [...paginatedLists(site), { base: paths.sitemap(), total: linksOnSitemap, size: pageSizes.sitemap }];
	return lists.flatMap(({ base, total, size }) => Array.from({ length: Math.max(0, Math.ceil(total / size) - 1) }, (_, i) => pageHref(base, i + 2)));
}
