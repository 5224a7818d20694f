/**
 * Headings and labels break lines between words, not inside them (“特殊/群体保护”, never
 * “特/殊群体保护”), on a phone and on a desktop, in every page template (tests/support/sweep.ts),
 * with every folded section open, in normal size and in 大字. Each line box's first character is found
 * with a Range per character; a break between two letters (Chinese, Latin or digits) must be
 * one of the word breaks src/lib/text/line-breaks.ts finds with the site dictionary the build
 * used. Breaks next to spaces and punctuation are the browser's own and always allowed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contextIn } from '../../scripts/lib/browser.ts';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { Terms, wordBreaks } from '../../src/lib/text/line-breaks.ts';
import { searchDone, sharedPage, useBuiltSite } from '../support/browser.ts';
import { pathOf } from '../support/links.ts';
import { root } from '../support/site.ts';
import { modes, narrowest, templateFor, templatesOf } from '../support/sweep.ts';

const site = useBuiltSite();
const dist = join(root, 'dist');
const terms = new Terms(
	(
		JSON.parse(readFileSync(join(dist, 'search/terms/table.json'), 'utf8')) as {
			dictionary: { words: string[] };
		}
	).dictionary.words,
);

/**
 * What the build marks (headings, table cells, dt/dd, card meta and source lines), and buttons: a label such as
 * 搜索 is one word, and a button squeezed by the field beside it must not split it (it did, on
 * the search page at 390 px in 大字).
 */
const MARKED = 'h1, h2, h3, h4, h5, h6, th, td, dt, dd, .keep-words, button';

interface Lines {
	/** The element's text (its text nodes in order). */
	text: string;
	/** Offsets in `text` where a line box starts, after the first. */
	breaks: number[];
}

/** Each visible marked element's text and where its lines start, folded sections opened. */
async function lineStarts(page: Page, selector: string): Promise<Lines[]> {
	return page.evaluate((selector) => {
		for (const d of document.querySelectorAll('details')) d.open = true;
		const out: Array<{ text: string; breaks: number[] }> = [];
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			// Visually hidden text (one pixel wide) puts every character on a line of its own.
			if (el.getBoundingClientRect().width < 20 || el.closest('[hidden]')) continue;
			// Where the stylesheet lets text break anywhere (a cramped table's cells), it may.
			if (getComputedStyle(el).overflowWrap === 'anywhere') continue;
			let text = '';
			const breaks: number[] = [];
			let previous: DOMRect | undefined;
			let block: Element | null = null;
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text) {
				// Blocks inside the element (a cell's list items) start lines of their own: a line
				// between them is no break, so a newline stands between their texts.
				let own = node.parentElement;
				while (own && own !== el && getComputedStyle(own).display.startsWith('inline'))
					own = own.parentElement;
				if (block && own !== block) text += '\n';
				block = own;
				// Prose inside a marked element breaks as prose does (word-breaks.ts PROSE_BREAKS).
				if (node.parentElement?.closest('.prose-breaks')) {
					text += '\n'.repeat(node.length);
					continue;
				}
				for (let i = 0; i < node.length; i++) {
					const range = document.createRange();
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = [...range.getClientRects()].find((r) => r.width > 0);
					// Lines may be set closer than a CJK font's glyph boxes are tall (line-height
					// 1.35, boxes 1.45em), so a new line is a top half a box lower, not below the last.
					if (rect && previous && rect.top > previous.top + previous.height / 2)
						breaks.push(text.length + i);
					if (rect) previous = rect;
				}
				text += node.data;
			}
			if (text.trim()) out.push({ text, breaks });
		}
		return out;
	}, selector);
}

const LETTER = /[\p{L}\p{N}]/u;
const URL_BEFORE = /https?:\/\/\S*$/;

/** The breaks in `lines` that fall inside a word, as `text: 特/殊群体保护`. */
function insideWords(lines: Lines[]): string[] {
	return lines.flatMap(({ text, breaks }) => {
		const allowed = new Set(wordBreaks(text, terms));
		return (
			breaks
				.filter((i) => LETTER.test(text[i - 1]!) && LETTER.test(text[i]!) && !allowed.has(i))
				// An address has no words to keep: it breaks wherever the line ends.
				.filter((i) => !URL_BEFORE.test(text.slice(0, i)))
				.map((i) => `${text.slice(0, i)}/${text.slice(i)}`.trim())
		);
	});
}

const templates = templatesOf(join(root, 'src/pages'));
const firstOfEach = new Map<string, string>();
for (const path of htmlFiles(dist).map((f) => (f === '404.html' ? '/404' : pathOf(f)))) {
	const t = templateFor(path, templates);
	if (t && !firstOfEach.has(t.file)) firstOfEach.set(t.file, path);
}
/**
 * Both widths, in normal size and in 大字 (高对比 changes colours only). Not 320 px: there, in
 * 大字, a field name such as `procuratorates` is wider than its column in the guide's tables, and
 * fitting the screen (WCAG reflow, site.test) comes before keeping a word whole.
 */
const sizes = modes.filter((m) => !m.prefs['pref-contrast'] && m.width !== narrowest.width);
/** One page per mode, navigated from template to template. */
const pageIn = new Map(
	sizes.map((mode) => [
		mode.name,
		sharedPage(async () => {
			const context = await contextIn(site.browser, mode, mode.prefs);
			return context.newPage();
		}),
	]),
);

describe('headings and labels break between words at 390 and 1440 px', () => {
	test('the check finds a break inside a word (a heading without word marks)', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.setContent(
			'<html lang="zh-CN"><body><h2 style="width:5.5em;line-height:1.2">特殊群体保护工作机制</h2></body></html>',
		);
		const found = insideWords(await lineStarts(page, 'h2'));
		await page.close();
		expect(found.length).toBeGreaterThan(0);
	});

	test('every template is covered', () => {
		expect(firstOfEach.size).toBe(templates.length);
	});

	test.each(
		[...firstOfEach].flatMap(([file, path]) =>
			sizes.map((mode) => [file, mode.name, path, mode] as const),
		),
	)(
		'%s (%s)',
		async (_file, _mode, path, mode) => {
			const page = await pageIn.get(mode.name)!();
			await page.goto(site.url + (path === '/404' ? '/404.html' : path));
			if (path === '/search/') await searchDone(page);
			const lines = await lineStarts(page, MARKED);
			expect(lines.length).toBeGreaterThan(0);
			expect(insideWords(lines)).toEqual([]);
		},
		60_000,
	);
});
