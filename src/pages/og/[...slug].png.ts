import type { APIRoute, GetStaticPaths } from 'astro';
import { sharePng, type ShareCard } from '../../lib/share-image/card.ts';
import { cacheKey } from '../../lib/site/cache-key.ts';
import { siteData } from '../../lib/site/data.ts';
import { shareCards } from '../../lib/site/share-images.ts';

/** `/og/<page>.png`: the share image of every page that has one of its own (see share-images.ts). */
export const getStaticPaths = (async () =>
	shareCards(await siteData()).map(({ slug, card }) => ({
		params: { slug },
		props: { card },
		cacheKey: cacheKey(card),
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
	const png = await sharePng(props.card);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
