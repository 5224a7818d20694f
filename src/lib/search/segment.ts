/**
 * Chinese word segmentation for search, the same on both sides: the index is built from page
 * text with spaces put between words (Node's Intl.Segmenter), and the search page splits the
 * visitor's query with the browser's Intl.Segmenter, so both cut a phrase alike (both are ICU's
 * dictionary). Pagefind then indexes plain space-separated words. Pagefind 1.6 can segment
 * Chinese itself (ICU4X), but measured here it cost most of the build's time and memory at
 * scale (see BENCHMARKS.md), and its cut need not match the browser's.
 *
 * Runtime: the browser (search page) and Node (indexing). Pure; imports nothing.
 */

const HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | null | undefined;
/** The word segmenter, made on first use; null where the browser has none (older engines). */
function wordSegmenter(): Intl.Segmenter | null {
	if (segmenter === undefined)
		segmenter =
			typeof Intl.Segmenter === 'function'
				? new Intl.Segmenter('zh', { granularity: 'word' })
				: null;
	return segmenter;
}

/**
 * Without Intl.Segmenter: each run of Chinese cut into two-character pieces (most Chinese words
 * have two), so a query still finds pages, if less precisely than with the real segmenter.
 */
export function pairWords(text: string): string {
	return text.replace(
		/\p{Script=Han}+/gu,
		(run) => ` ${[...run].join('').replace(/(..)(?=.)/gu, '$1 ')} `,
	);
}

/** Puts a space around every Chinese word in `text`; other text is left as it is. */
export function segmentWords(text: string): string {
	if (!HAN.test(text)) return text;
	const words = wordSegmenter();
	if (!words) return pairWords(text);
	// One pass of the segmenter over the whole text: far cheaper than a call per run of Chinese.
	let out = '';
	for (const { segment } of words.segment(text))
		out += HAN.test(segment) ? ` ${segment} ` : segment;
	return out;
}

/** A query as the index holds words: Chinese split into words, spaces collapsed. */
export function segmentQuery(query: string): string {
	return segmentWords(query).replace(/\s+/g, ' ').trim();
}

/**
 * The page as Pagefind should read it: every text node from the main content on is segmented,
 * and so is the keywords meta (Pagefind ranks by it). Tags, attribute values and entities are
 * left alone: filter values such as brand names must stay whole.
 */
export function segmentHtml(html: string): string {
	// Pagefind reads only the marked main content; the text before it need not be segmented.
	const start = html.indexOf('data-pagefind-body');
	if (start < 0) return html;
	const head = html
		.slice(0, start)
		.replace(
			/(<meta name="pagefind-meta-keywords" content=")([^"]*)"/,
			(_, open: string, value: string) => `${open}${segmentQuery(value)}"`,
		);
	return (
		head + html.slice(start).replace(/>([^<]+)</g, (_, text: string) => `>${segmented(text)}<`)
	);
}

/**
 * Text nodes repeat across pages (labels, names, the summaries that lists and topics show): at
 * 10,000 entries only 41% of the indexed characters are unique, and segmenting was most of
 * the time spent adding pages to the index. Each distinct text is segmented once per build.
 */
const segmentedText = new Map<string, string>();
function segmented(text: string): string {
	let out = segmentedText.get(text);
	if (out === undefined) segmentedText.set(text, (out = segmentWords(text)));
	return out;
}

const HAN_CLASS = String.raw`\p{Script=Han}`;
const CJK_PUNCTUATION = String.raw`[\u3000-\u303f\uff00-\uffef“”‘’…—·]`;
const MARK = '(?:</?mark>)?';
const INSERTED_SPACE = new RegExp(
	[
		`(?<=${CJK_PUNCTUATION}${MARK}) +`,
		`(?<! ) +(?=${MARK}${CJK_PUNCTUATION})`,
		`(?<=${HAN_CLASS}${MARK}) +(?=${MARK}${HAN_CLASS})`,
	].join('|'),
	'gu',
);

/**
 * Undoes the segmentation for display, in titles and excerpts (which may hold `<mark>` tags):
 * removes spaces between Chinese characters and next to Chinese punctuation. Spaces between a
 * number or Latin word and Chinese stay, as the site's own text writes them (“共 12 项”).
 */
export function joinWords(text: string): string {
	return text.replace(INSERTED_SPACE, '').trim();
}
