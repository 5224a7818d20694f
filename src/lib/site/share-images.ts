/**
 * “This page's share image”, in one place: which pages get an image of their own, what each
 * image says, and the address a page puts in `og:image`. The `/og/…png` route draws exactly the
 * images `shareCards` lists, and every page asks `shareImageOf`, so the two cannot disagree.
 *
 * With `shareImages: 'all'` (the default) every brand, topic, practice, case and procuratorate has
 * its own image; with `'brands'` only the home page, brands and topics do, and the others use
 * their brand's image (or the site's).
 */
import { ui } from '../../i18n/zh-CN.ts';
import { siteConfig } from '../../site.config.ts';
import type { ShareCard } from '../share-image/card.ts';
import { colours } from '../../styles/tokens.ts';
import type { SiteData } from './site-index.ts';
import { placeName } from './format.ts';

/** The kinds of page that may have a share image of their own. */
export type SharedKind = 'brands' | 'topics' | 'practices' | 'cases' | 'procuratorates';

/** Kinds that have their own image only when `shareImages` is `all`. */
const perPageKinds: readonly SharedKind[] = ['practices', 'cases', 'procuratorates'];

const SITE_COLOUR = colours.accent;
const SITE_SEAL = '检察党建';
const SITE_IMAGE = '/og/site.png';

const own = (kind: SharedKind, id: string) => `/og/${kind}/${id}.png`;
const hasOwn = (kind: SharedKind) =>
	!perPageKinds.includes(kind) || siteConfig.shareImages === 'all';

/**
 * The share image of a page: its own where it has one, else its brand's, else the site's.
 * Pages with no kind (lists, search, the home page) use the site's.
 */
export function shareImageOf(page?: {
	kind: SharedKind;
	id: string;
	brand?: string | undefined;
}): string {
	if (!page) return SITE_IMAGE;
	if (hasOwn(page.kind)) return own(page.kind, page.id);
	return page.brand ? own('brands', page.brand) : SITE_IMAGE;
}

/** Every image the `/og/` route draws: its slug (`brands/xinqiao`) and what the card says. */
export function shareCards(site: SiteData): Array<{ slug: string; card: ShareCard }> {
	const entry = (
		kind: 'practices' | 'cases',
		e: SiteData['practices'][number] | SiteData['cases'][number],
	) => {
		const brand = site.brandOf(e);
		return {
			slug: `${kind}/${e.id}`,
			card: {
				kind: ui.collections[kind],
				title: e.data.title,
				owner: [brand?.data.name, site.ownerOf(e).data.name].filter(Boolean).join(' · '),
				colour: brand?.data.accent ?? SITE_COLOUR,
				seal: brand?.data.name ?? SITE_SEAL,
			},
		};
	};
	return [
		{
			slug: 'site',
			card: {
				kind: ui.nav.home,
				title: siteConfig.title,
				owner: ui.share.siteLine(site.brands.length, site.practices.length),
				colour: SITE_COLOUR,
				seal: SITE_SEAL,
			},
		},
		...site.brands.map((b) => ({
			slug: `brands/${b.id}`,
			card: {
				kind: ui.collections.brands,
				title: b.data.slogan ?? b.data.name,
				owner: site.ownerOf(b).data.name,
				colour: b.data.accent,
				seal: b.data.name,
			},
		})),
		...(hasOwn('practices') ? site.practices.map((e) => entry('practices', e)) : []),
		...(hasOwn('cases') ? site.cases.map((e) => entry('cases', e)) : []),
		...site.topics.map((t) => ({
			slug: `topics/${t.id}`,
			card: {
				kind: ui.collections.topics,
				title: t.data.name,
				owner: t.data.description,
				colour: SITE_COLOUR,
				seal: SITE_SEAL,
			},
		})),
		...(hasOwn('procuratorates') ? site.procuratorates : []).map((o) => ({
			slug: `procuratorates/${o.id}`,
			card: {
				kind: ui.collections.procuratorates,
				title: o.data.name,
				owner: placeName(o.data),
				colour: SITE_COLOUR,
				seal: SITE_SEAL,
			},
		})),
	];
}
