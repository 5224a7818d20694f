/**
 * schema.org descriptions of pages (JSON-LD), built from content and typed with schema-dts, so a
 * property a type does not have, or a person given as a bare string, fails the type check.
 * Addresses (`url`, `image`, `mainEntityOfPage`) are given only where the deployment has absolute
 * ones. Pure functions.
 */
import type {
	Article,
	CreativeWork,
	GovernmentOrganization,
	Graph,
	Organization,
	Person,
	SearchAction,
	WebSite,
	WithActionConstraints,
	WithContext,
} from 'schema-dts';
import type { ProcuratorateData } from '../../schemas/procuratorates.ts';
import type { SourceData } from '../../schemas/sources.ts';
import type { SiteConfig } from '../../site.config.ts';
import { publishedOn } from './format.ts';

const context = 'https://schema.org' as const;

/**
 * Where a unit's name ends in a byline: what comes after it is a post (检察长). 党组 and 党委 are
 * left out: before 书记 they are part of the post (党组书记), not a unit.
 */
const UNIT_END =
	/^(.*(?:检察院|分院|检察部|检察室|党支部|支部|委员会|办公室|中心|部|处|科|室))(.*)$/;

/** A byline that is itself a unit (`…第七检察部党支部`), not a person. */
const WHOLE_UNIT = /(?:检察院|分院|检察部|检察室|党支部|支部|党委|委员会|办公室|中心)$/;

/**
 * An article's byline as what it is: a unit (`上海市人民检察院第一分院第七检察部党支部`) is an
 * Organization; a name is a Person, with the post (`党组书记、检察长`) and the unit (`吉林省吉林市
 * 船营区检察院`, `办公室`) printed before it, space-separated, as its jobTitle and worksFor.
 */
export function byline(text: string): Person | Organization {
	const parts = text.trim().split(/\s+/);
	const name = parts.at(-1)!;
	if (parts.length === 1 && WHOLE_UNIT.test(name)) return { '@type': 'Organization', name };
	const before = parts.slice(0, -1).join(' ');
	const split = UNIT_END.exec(before);
	const unit = split ? split[1]! : undefined;
	const post = split ? split[2]!.trim() : before;
	return {
		'@type': 'Person',
		name,
		...(post && { jobTitle: post }),
		...(unit && { worksFor: { '@type': 'Organization', name: unit } }),
	};
}

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

/** A source article as a CreativeWork, for `isBasedOn`: its byline typed, its publisher an organisation. */
function sourceWork(s: SourceData): CreativeWork {
	const published = publishedOn(s);
	return {
		'@type': 'CreativeWork',
		...(s.title && { name: s.title }),
		...(s.author && { author: byline(s.author) }),
		...(s.publisher && { publisher: { '@type': 'Organization', name: s.publisher } }),
		...(published && { datePublished: published }),
		...(s.url && { url: s.url }),
	};
}

/** Who publishes this site: the 主办单位 where the deployment names one, else the site by its name. */
export interface SitePublisher {
	name: string;
	/** The site's address, where it has one. */
	url: string | undefined;
}

/** The site's publisher from its settings: SITE_ORGANIZER where set, else the site's own name. */
export function publisherFrom(config: Pick<SiteConfig, 'title' | 'url' | 'footer'>): SitePublisher {
	return { name: config.footer.organizer ?? config.title, url: config.url };
}

/** The site's publisher as an Organization, with an `@id` the home page's WebSite points to. */
function publisherOf(p: SitePublisher): Organization {
	return {
		'@type': 'Organization',
		...(p.url && { '@id': `${p.url}#publisher`, url: p.url }),
		name: p.name,
	};
}

/** A practice or case page: an article about the procuratorate's work, based on its sources. */
export function article(a: {
	title: string;
	summary: string;
	url: string | undefined;
	/** The page's share image, as an absolute address. */
	image: string | undefined;
	owner: string;
	updated?: string | undefined;
	sources: SourceData[];
	publisher: SitePublisher;
}): WithContext<Article> {
	return {
		'@context': context,
		'@type': 'Article',
		headline: a.title,
		description: a.summary,
		...(a.url && { url: a.url, mainEntityOfPage: { '@type': 'WebPage', '@id': a.url } }),
		...(a.image && { image: a.image }),
		inLanguage: 'zh-CN',
		publisher: publisherOf(a.publisher),
		about: { '@type': 'GovernmentOrganization', name: a.owner },
		...(a.updated && { dateModified: a.updated }),
		isBasedOn: a.sources.map(sourceWork),
	};
}

/**
 * The home page: the site (a WebSite, searchable at `/search/?q=`) and who publishes it (an
 * Organization), in one graph. Without an address there is nothing to say a search engine can
 * use, so nothing is written.
 */
export function homeGraph(h: {
	name: string;
	description: string;
	publisher: SitePublisher;
	searchPath: string;
}): Graph | undefined {
	const url = h.publisher.url;
	if (!url) return undefined;
	const publisher = publisherOf(h.publisher);
	// schema-dts types `query-input` only on an action wrapped in WithActionConstraints.
	const search: WithActionConstraints<SearchAction> = {
		'@type': 'SearchAction',
		target: {
			'@type': 'EntryPoint',
			urlTemplate: `${new URL(h.searchPath, url).href}?q={search_term_string}`,
		},
		'query-input': 'required name=search_term_string',
	};
	const site: WebSite = {
		'@type': 'WebSite',
		'@id': `${url}#website`,
		name: h.name,
		description: h.description,
		url,
		inLanguage: 'zh-CN',
		publisher: { '@id': `${url}#publisher` },
		potentialAction: search,
	};
	return { '@context': context, '@graph': [site, publisher] };
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
