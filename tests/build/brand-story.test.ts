/**
 * A brand page reads as one story to its end (#25): no heading repeated by the one after it
 * (two “荣誉” back to back), no section a reader opens onto nothing (or onto a closed fold
 * alone), the hero's summary not said again as the story's first paragraph, and the line for
 * editors in the site footer rather than at the end of the content.
 */
import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/zh-CN.ts';
import { of } from '../support/content.ts';
import { page } from '../support/site.ts';

interface El {
	name: string;
	attrs: string;
	children: Node[];
}
type Node = El | string;

const VOID = new Set([
	'area',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'wbr',
]);

/** The element tree of built HTML (Astro's output is well formed, so no error recovery). */
function parse(html: string): El {
	const root: El = { name: '#root', attrs: '', children: [] };
	const stack = [root];
	const clean = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
	for (const m of clean.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*?)(\/?)>|([^<]+)/g)) {
		const top = stack.at(-1)!;
		if (m[5] !== undefined) {
			top.children.push(m[5]);
			continue;
		}
		const name = m[2]!.toLowerCase();
		if (m[1]) {
			const at = stack.findLastIndex((e) => e.name === name);
			if (at > 0) stack.length = at;
			continue;
		}
		const el: El = { name, attrs: m[3] ?? '', children: [] };
		top.children.push(el);
		if (!VOID.has(name) && !m[4]) stack.push(el);
	}
	return root;
}

const isEl = (n: Node): n is El => typeof n !== 'string';
const has = (el: El, attr: RegExp) => attr.test(el.attrs);

function* all(el: El): Generator<El> {
	for (const c of el.children)
		if (isEl(c)) {
			yield c;
			yield* all(c);
		}
}

const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

function text(el: El): string {
	return decode(el.children.map((c) => (isEl(c) ? text(c) : c)).join('')).trim();
}

/**
 * What a reader sees of a section besides its headings: text outside headings, hidden
 * elements and the bodies of closed folds (whose summary is a control, not content).
 */
function visible(el: El): string {
	return el.children
		.map((c) => {
			if (!isEl(c)) return decode(c);
			if (/^h[1-6]$/.test(c.name) || has(c, /\shidden(\s|=|$)/)) return '';
			if (c.name === 'details' && !has(c, /\sopen(\s|=|$)/)) return '';
			if (c.name === 'svg' || c.name === 'img' || c.name === 'table')
				return `[${c.name}]${visible(c)}`;
			return visible(c);
		})
		.join('')
		.trim();
}

const find = (el: El, match: (e: El) => boolean) => [...all(el)].find(match);
const main = (id: string) => find(parse(page(`/brands/${id}/`)), (e) => e.name === 'main')!;

/** The share of the summary's character pairs (Han characters only) found in `other`. */
function overlap(summary: string, other: string): number {
	const han = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');
	const pairs = (s: string) => [...han(s)].slice(1).map((c, i) => han(s)[i] + c);
	const theirs = new Set(pairs(other));
	const ours = pairs(summary);
	return ours.filter((p) => theirs.has(p)).length / Math.max(ours.length, 1);
}

const brands = of('brands').map((b) => [b.id, b] as const);

describe('a brand page reads as a story to its end', () => {
	test.each(brands)('%s: no heading is followed by one with the same text', (id) => {
		const headings = [...all(main(id))].filter((e) => /^h[1-6]$/.test(e.name)).map(text);
		const repeats = headings.filter((h, i) => i > 0 && h === headings[i - 1]);
		expect(repeats, headings.join(' | ')).toEqual([]);
	});

	test.each(brands)('%s: every section shows something under its heading', (id) => {
		const sections = [...all(main(id))].filter((e) => e.name === 'section');
		expect(sections.length).toBeGreaterThan(3);
		for (const s of sections) {
			const heading = find(s, (e) => /^h[1-6]$/.test(e.name));
			expect(visible(s), heading ? text(heading) : s.attrs).not.toBe('');
		}
	});

	test.each(brands)('%s: the story does not open by repeating the summary', (id, b) => {
		const story = find(main(id), (e) => e.name === 'div' && has(e, /class="[^"]*\bstory\b/))!;
		const first = story.children.find((c): c is El => isEl(c) && c.name === 'p');
		expect(first, 'the story opens with a paragraph').toBeDefined();
		expect(overlap(b.data.summary, text(first!))).toBeLessThan(0.5);
	});

	test.each(brands)('%s: the page has one honours section', (id) => {
		const headings = [...all(main(id))].filter((e) => /^h[1-6]$/.test(e.name)).map(text);
		expect(headings.filter((h) => h === ui.brand.honours)).toHaveLength(1);
	});

	test.each(brands)('%s: the editing line is in the footer, not the content', (id, b) => {
		const html = page(`/brands/${id}/`);
		const root = parse(html);
		const footer = find(root, (e) => e.name === 'footer')!;
		const note = find(footer, (e) => has(e, /class="[^"]*\beditors-note\b/));
		expect(note && text(note)).toContain(`content/brands/${b.id}.mdx`);
		expect(text(main(id))).not.toContain(ui.edit.editFile.trim());
	});
});

describe('the overlap measure behind the summary test', () => {
	test('a summary said again in other words still overlaps; a different opening does not', () => {
		const summary =
			'蓬安县检察院把门户网站、微博、微信用于党建，让经常外出办案的党员也能参加学习。';
		expect(overlap(summary, `${summary.slice(0, -1)}，这就是智慧党建。`)).toBeGreaterThan(0.9);
		expect(
			overlap(summary, '去年 6 月，干警张天驹远在成都办案，对着手机视频宣了誓。'),
		).toBeLessThan(0.2);
	});
});
