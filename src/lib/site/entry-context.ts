/**
 * What a practice or case page needs besides the entry itself: who it belongs to (its brand where
 * the article gives it one, else the 院 alone), its pillar as printed, its topics and sources, its
 * address, and what it tells search engines and the search index. One place for the practice
 * page, its 学习卡 and the case page.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { lastChanged } from './git-dates.ts';
import { absoluteUrl, paths } from './paths.ts';
import type { SearchFacets } from '../search/facets.ts';
import type { Case, Practice } from './data.ts';
import { must, type SiteData } from './site-index.ts';
import { shareImageOf } from './share-images.ts';
import { article, publisherFrom } from './structured-data.ts';
import { siteConfig } from '../../site.config.ts';
import { relatedEntries } from './related.ts';

export function entryContext(site: SiteData, entry: Practice | Case) {
	const d = entry.data;
	const isPractice = entry.collection === 'practices';
	const owner = site.ownerOf(entry);
	const brand = site.brandOf(entry);
	const topics = d.topics.map((t) => must(site.topic, t.id));
	const sources = d.sources.map((s) => must(site.source, s.id));
	const path = isPractice ? paths.practice(entry.id) : paths.case(entry.id);
	const url = absoluteUrl(path);
	const facets: SearchFacets = {
		type: ui.collections[entry.collection],
		brands: brand ? [brand.data.name] : [],
		owner: owner.data.shortName ?? owner.data.name,
		provinces: [owner.data.province],
		topics: topics.map((t) => t.data.name),
	};
	const shareImage = shareImageOf({ kind: entry.collection, id: entry.id, brand: brand?.id });
	const jsonLd = article({
		title: d.title,
		summary: d.summary,
		url,
		image: absoluteUrl(shareImage),
		owner: owner.data.name,
		updated: entry.filePath ? lastChanged(entry.filePath) : undefined,
		sources: sources.map((s) => s.data),
		publisher: publisherFrom(siteConfig),
	});
	const pillar = 'pillar' in d ? d.pillar : undefined;
	// The pillar as the page prints it: a grouping of the site's own says so wherever it is shown.
	const pillarLabel =
		pillar && brand?.data.pillarsBySite && brand.data.pillars.includes(pillar)
			? `${pillar}${ui.pillarsBySite.mark}`
			: pillar;
	// The way back up is to whoever the work belongs to: its brand, else its 院.
	const crumbs = [
		brand
			? { label: brand.data.name, href: paths.brand(brand.id) }
			: { label: owner.data.name, href: paths.procuratorate(owner.id) },
		{ label: d.title },
	];
	return {
		owner,
		brand,
		pillarLabel,
		crumbs,
		topics,
		sources,
		path,
		url,
		facets,
		jsonLd,
		shareImage,
	};
}

/**
 * “同主题的其他做法” of a practice or case page, with what each card shows, and the same 院's
 * other practices on each topic with the way to the 院's page.
 */
export function relatedGroups(site: SiteData, entry: Practice | Case) {
	const owner = site.ownerOf(entry);
	return relatedEntries(site, entry).map((g) => ({
		topic: must(site.topic, g.topic),
		total: g.total,
		items: g.items.map((p) => ({ entry: p, owner: site.ownerOf(p), brand: site.brandOf(p) })),
		own: {
			name: owner.data.shortName ?? owner.data.name,
			href: paths.procuratorate(owner.id),
			items: g.own.map((p) => ({ title: p.data.title, href: paths.practice(p.id) })),
			total: g.ownTotal,
		},
	}));
}
