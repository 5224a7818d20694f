/** schema.org descriptions of pages (JSON-LD), built from content. Pure functions. */
import type { ProcuratorateData } from '../../schemas/procuratorates.ts';
import type { SourceData } from '../../schemas/sources.ts';

type Json = Record<string, unknown>;

export function organisation(o: Pick<ProcuratorateData, 'name' | 'province' | 'city' | 'county'>, url: string): Json {
	return {
		'@context': 'https://schema.org',
		'@type': 'GovernmentOrganization',
		name: o.name,
		url,
		address: { '@type': 'PostalAddress', addressCountry: 'CN', addressRegion: o.province, addressLocality: o.county ?? o.city },
	};
}

/** A source article as a CreativeWork, for `isBasedOn`. */
function sourceWork(s: SourceData): Json {
	return {
		'@type': 'CreativeWork',
		...(s.title && { name: s.title }),
		...(s.author && { author: s.author }),
		...(s.publisher && { publisher: s.publisher }),
		...(s.date && { datePublished: s.date }),
		...(s.url && { url: s.url }),
	};
}

export function article(a: { title: string; summary: string; url: string; owner: string; updated?: string | undefined; sources: SourceData[] }): Json {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: a.title,
		description: a.summary,
		url: a.url,
		inLanguage: 'zh-CN',
		about: { '@type': 'GovernmentOrganization', name: a.owner },
		...(a.updated && { dateModified: a.updated }),
		isBasedOn: a.sources.map(sourceWork),
	};
}

export function brand(b: { name: string; slogan?: string | undefined; summary: string; url: string; owner: string }): Json {
	return {
		'@context': 'https://schema.org',
		'@type': 'Brand',
		name: b.name,
		...(b.slogan && { slogan: b.slogan }),
		description: b.summary,
		url: b.url,
		parentOrganization: { '@type': 'GovernmentOrganization', name: b.owner },
	};
}
