/**
 * Query clean-up before it reaches Pagefind, shared by the search page and its tests:
 * traditional characters become simplified (with a table opencc-js derives at build time), and
 * pinyin typed with spaces or hyphens is joined, so `zheng yi xian feng` finds 正义先锋.
 */

/** Traditional → simplified, character by character, for the characters the site contains. */
export type T2S = Record<string, string>;

export function normalizeQuery(raw: string, t2s: T2S): string {
	const simplified = [...raw.normalize('NFKC').trim()].map((c) => t2s[c] ?? c).join('');
	// Pure Latin letters (with spaces, hyphens, apostrophes) are pinyin: join the syllables.
	if (/^[a-zA-Z][a-zA-Z\s'’-]*$/.test(simplified))
		return simplified.toLowerCase().replace(/[\s'’-]+/g, '');
	return simplified.replace(/\s+/g, ' ');
}
