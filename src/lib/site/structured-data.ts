/**
 * schema.org descriptions of pages (JSON-LD), built from content and typed with schema-dts, so a
 * property a type does not have, or a person given as a bare string, fails the type check.
 * Addresses (`url`) are given only where the deployment has an absolute one. Pure functions.
 */
import type { Article, CreativeWork, GovernmentOrganization, WithContext } from 'schema-dts';
import type { ProcuratorateData } from '../../schemas/procuratorates.ts';
import type { SourceData } from '../../schemas/sources.ts';

const context = 'https://schema.org' as const;

/** A procuratorate, with where it is (reference data, kept for search and filters). */
export function organisation(
	o: Pick<ProcuratorateData, 'name' | 'province' | 'city' | 'county'>,
	url: string | undefined,
): WithContext<GovernmentOrganization> {
	return {
		'@context': context,
		'@type': 'GovernmentOrganization',
		name: o.name,
		...(url && { url }),
		address: {
			'@type': 'PostalAddress',
			addressCountry: 'CN',
			addressRegion: o.province,
			addressLocality: o.county ?? o.city,
		},
	};
}

/** A source article as a CreativeWork, for `isBasedOn`: its byline as a person, its publisher as an organisation. */
function sourceWork(s: SourceData): CreativeWork {
	return {
		'@type': 'CreativeWork',
		...(s.title && { name: s.title }),
		...(s.author && { author: { '@type': 'Person', name: s.author } }),
		...(s.publisher && { publisher: { '@type': 'Organization', name: s.publisher } }),
		...(s.date && { datePublished: s.date }),
		...(s.url && { url: s.url }),
	};
}

/** A practice or case page: an article about the procuratorate's work, based on its sources. */
export function article(a: {
	title: string;
	summary: string;
	url: string | undefined;
	owner: string;
	updated?: string | undefined;
	sources: SourceData[];
}): WithContext<Article> {
	return {
		'@context': context,
		'@type': 'Article',
		headline: a.title,
		description: a.summary,
		...(a.url && { url: a.url }),
		inLanguage: 'zh-CN',
		about: { '@type': 'GovernmentOrganization', name: a.owner },
		...(a.updated && { dateModified: a.updated }),
		isBasedOn: a.sources.map(sourceWork),
	};
}

/**
 * A brand page: the procuratorate that owns the brand, with the brand as its `brand` (a schema.org
 * Brand has no property naming its owner, so the owner carries it).
 */
export function brand(b: {
	name: string;
	slogan?: string | undefined;
	summary: string;
	url: string | undefined;
	owner: string;
}): WithContext<GovernmentOrganization> {
	return {
		'@context': context,
		'@type': 'GovernmentOrganization',
		name: b.owner,
		brand: {
			'@type': 'Brand',
			name: b.name,
			...(b.slogan && { slogan: b.slogan }),
			description: b.summary,
			...(b.url && { url: b.url }),
		},
	};
}
