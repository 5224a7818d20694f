import type { APIRoute } from 'astro';
import { siteData } from '../lib/site/data.ts';

/**
 * Each brand's accent colour as a class (`.brand-xinqiao`), so pages colour themselves without
 * inline style attributes, which the Content Security Policy forbids.
 */
export const GET: APIRoute = async () => {
	const site = await siteData();
	const css = site.brands.map((b) => `.brand-${b.id}{--color-brand:${b.data.accent}}`).join('\n');
	return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
