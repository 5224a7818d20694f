import type { APIRoute } from 'astro';
import { siteData } from '../lib/site/data.ts';
import { accentClass, HIGH_CONTRAST, strengthen } from '../schemas/colour.ts';

/**
 * Each brand colour as a class (`.brand-c-b3261e`, see accentClass), so pages colour themselves without inline
 * style attributes, which the Content Security Policy forbids. 高对比 (chosen on the site or asked
 * for by the system) deepens every brand colour to at least 9:1 on white, keeping its hue, so
 * brands stay told apart while reading gets easier.
 */
export const GET: APIRoute = async () => {
	const site = await siteData();
	const accents = [...new Set(site.brands.map((b) => b.data.accent.toLowerCase()))].sort();
	const normal = accents.map((a) => `.${accentClass(a)}{--color-brand:${a}}`);
	const high = accents.map(
		(a) => `.${accentClass(a)}{--color-brand:${strengthen(a, HIGH_CONTRAST)}}`,
	);
	const css = [
		...normal,
		...high.map((rule) => `html[data-contrast='high'] ${rule}`),
		`@media (prefers-contrast: more){${high.join('')}}`,
	].join('\n');
	return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
