import type { APIRoute, GetStaticPaths } from 'astro';
import { sharePng, type ShareCard } from '../../lib/share-image/card.ts';
import { must, siteData } from '../../lib/site/data.ts';
import { siteConfig } from '../../site.config.ts';

const SITE_COLOUR = '#a61b1b';
const SITE_SEAL = '检察党建';

/** `/og/<page>.png`: the share image of every page that has one (see shareImagePath). */
export const getStaticPaths = (async () => {
	const site = await siteData();
	const ownerOf = (id: string) => must(site.procuratorate, id).data.name;
	const brandOf = (id: string | undefined) => (id ? must(site.brand, id) : undefined);
	const cards: Array<{ slug: string; card: ShareCard }> = [
		{ slug: 'site', card: { kind: '首页', title: siteConfig.title, owner: `${site.brands.length} 个品牌 · ${site.practices.length} 项做法 · 每条注明出处`, colour: SITE_COLOUR, seal: SITE_SEAL } },
		...site.brands.map((b) => ({
			slug: `brands/${b.id}`,
			card: { kind: '品牌', title: b.data.slogan ?? b.data.name, owner: ownerOf(b.data.procuratorate.id), colour: b.data.accent, seal: b.data.name },
		})),
		...(siteConfig.shareImages === 'all' ? [...site.practices.map((e) => ({ e, kind: '做法', dir: 'practices' })), ...site.cases.map((e) => ({ e, kind: '案例', dir: 'cases' }))] : []).map(({ e, kind, dir }) => {
			const brand = brandOf(e.data.brand?.id);
			return {
				slug: `${dir}/${e.id}`,
				card: {
					kind,
					title: e.data.title,
					owner: [brand?.data.name, ownerOf(e.data.procuratorate.id)].filter(Boolean).join(' · '),
					colour: brand?.data.accent ?? SITE_COLOUR,
					seal: brand?.data.name ?? SITE_SEAL,
				},
			};
		}),
		...site.topics.map((t) => ({ slug: `topics/${t.id}`, card: { kind: '主题', title: t.data.name, owner: t.data.description, colour: SITE_COLOUR, seal: SITE_SEAL } })),
		...(siteConfig.shareImages === 'all' ? site.procuratorates : []).map((o) => ({
			slug: `procuratorates/${o.id}`,
			card: { kind: '检察院', title: o.data.name, owner: [o.data.province, o.data.city === o.data.province ? '' : o.data.city, o.data.county].filter(Boolean).join(' '), colour: SITE_COLOUR, seal: SITE_SEAL },
		})),
	];
	return cards.map(({ slug, card }) => ({ params: { slug }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
	const png = await sharePng(props.card);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
