import type { APIRoute } from 'astro';
import { siteData } from '../lib/site/data.ts';
import { HIGH_CONTRAST, strengthen } from '../schemas/colour.ts';

/**
 * Each brand's colour as a class (`.brand-xinqiao`), so pages colour themselves without inline
 * style attributes, which the Content Security Policy forbids. 高对比 (chosen on the site or asked
 * for by the system) deepens every brand colour to at least 9:1 on white, keeping its hue, so
 * brands stay told apart while reading gets easier.
 */
export const GET: APIRoute = async () => {
	const site = await siteData();
	const normal = site.brands.map((b) => `.brand-${b.id}{--color-brand:${b.data.accent}}`);
	const high = site.brands.map(
		(b) => `.brand-${b.id}{--color-brand:${strengthen(b.data.accent, HIGH_CONTRAST)}}`,
	);
	const css = [
		...normal,
		...high.map((rule) => `html[data-contrast='high'] ${rule}`),
		`@media (prefers-contrast: more){${high.join('')}}`,
	].join('\n');
	return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
