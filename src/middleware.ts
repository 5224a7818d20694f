/**
 * Every page's headings and labels break lines between words, not inside them: the page's HTML
 * gets `<wbr>` between the words of its headings, table headers and `keep-words` elements
 * (src/lib/site/word-breaks.ts), cut with the site dictionary so its terms stay whole. Runs as
 * each page is rendered (at build, and in `npm run dev`); other responses pass untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { markWordBreaks } from './lib/site/word-breaks.ts';
import { Terms } from './lib/text/line-breaks.ts';
import { siteWords } from './pages/search/_vocabulary.ts';

let terms: Promise<Terms> | undefined;

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	terms ??= siteWords().then((words) => new Terms(words));
	const html = markWordBreaks(await response.text(), await terms);
	return new Response(html, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
