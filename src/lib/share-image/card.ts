/**
 * Share images (Open Graph, 1200×630 PNG), drawn at build time: the page's kind, its title, who
 * it belongs to, and the brand's typographic mark. Text is drawn as glyph outlines (see glyphs.ts), so the
 * image is the same on every machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { colours } from '../../styles/tokens.ts';
import { brandMark, type DrawText } from './emblem.ts';
import { measure, textOutline, wrap } from './glyphs.ts';

export interface ShareCard {
	/** What kind of page: 品牌, 做法, 案例 … */
	kind: string;
	/** The page's title. */
	title: string;
	/** The line at the bottom: brand and procuratorate. */
	owner: string;
	/** The colour of the band and mark. */
	colour: string;
	/** The name whose mark is drawn (a brand's name, else the site's). */
	seal: string;
}

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const outlineText: DrawText = (text, size, cx, baseline, colour) =>
	textOutline(text, size, cx - measure(text, size) / 2, baseline, colour);

/** The card as SVG, every letter an outline. */
export function shareSvg(c: ShareCard): string {
	const titleSize = 60;
	let lines = wrap(c.title, titleSize, 700);
	if (lines.length > 3) lines = [...lines.slice(0, 2), `${[...lines[2]!].slice(0, -1).join('')}…`];
	const title = lines
		.map((l, i) => textOutline(l, titleSize, 80, 250 + i * 80, colours.ink))
		.join('');
	const owner = wrap(c.owner, 30, 760)[0] ?? '';
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">
<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${colours.paper}"/>
<rect width="${SHARE_WIDTH}" height="18" fill="${c.colour}"/>
<rect y="${SHARE_HEIGHT - 10}" width="${SHARE_WIDTH}" height="10" fill="${c.colour}"/>
${textOutline(`检察党建品牌 · ${c.kind}`, 30, 80, 120, colours.muted)}
${title}
${textOutline(owner, 30, 80, 560, colours.ink)}
${brandMark(c.seal, c.colour, 880, 170, 260, outlineText)}
</svg>`;
}

const cacheDir = process.env['SITE_CACHE_DIR']
	? join(process.env['SITE_CACHE_DIR'], 'share-images')
	: join(process.cwd(), 'node_modules', '.cache', 'share-images');

/** The card as PNG. Cached by the SVG's hash, so a rebuild redraws only cards that changed. */
export async function sharePng(c: ShareCard): Promise<Buffer> {
	const svg = shareSvg(c);
	const file = join(cacheDir, `${createHash('sha1').update(svg).digest('hex')}.png`);
	if (existsSync(file)) return readFileSync(file);
	const png = await sharp(Buffer.from(svg))
		.png({ compressionLevel: 6, palette: true, effort: 1, colours: 16, dither: 0 })
		.toBuffer();
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(file, png);
	return png;
}
