/**
 * Links, buttons, headings and table headers are named, in Chromium's own accessibility tree,
 * as if the page had no word-break marks. The build puts `<wbr>` between the words of headings
 * and labels (src/lib/site/word-breaks.ts), and Chromium names an element from its text with a
 * space for every `<wbr>`: a link's name then differs from its label (voice control, WCAG 2.5.3)
 * and a heading is listed as words apart (“编辑 指南”); the build gives each its shown text as
 * `aria-label`, which must then be exactly what the text alone would name it. Read over the
 * DevTools protocol, the tree the screen readers get, on the first page of every template.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { searchDone, sharedPage, useBuiltSite } from '../support/browser.ts';
import { pathOf } from '../support/links.ts';
import { root } from '../support/site.ts';
import { firstPages, phone, templatesOf } from '../support/sweep.ts';

const site = useBuiltSite();
const NAMED = 'a[href], button, summary, h1, h2, h3, h4, h5, h6, th';
const ATTRIBUTE = 'data-name-check';

/**
 * Each named element whose name in Chromium's accessibility tree changes when the page's
 * `<wbr>`, and the labels given to what holds them, are taken out, as `tag: name with ≠ name
 * without`. What else shapes a name (a label
 * a stylesheet writes before a cell on a phone, a space between blocks) is the same both times.
 */
async function misnamed(page: Page): Promise<string[]> {
	const tags = await page.evaluate(
		({ selector, attribute }) =>
			[...document.querySelectorAll(selector)].map((el, i) => {
				el.setAttribute(attribute, String(i));
				return el.localName;
			}),
		{ selector: NAMED, attribute: ATTRIBUTE },
	);
	const cdp = await page.context().newCDPSession(page);
	const { root: dom } = (await cdp.send('DOM.getDocument', { depth: -1 })) as {
		root: DomNode;
	};
	const indexOf = new Map<number, number>();
	const walk = (node: DomNode) => {
		const at = node.attributes?.indexOf(ATTRIBUTE) ?? -1;
		if (at >= 0 && at % 2 === 0) indexOf.set(node.backendNodeId, Number(node.attributes![at + 1]));
		for (const child of node.children ?? []) walk(child);
	};
	walk(dom);
	/** The names Chromium gives the elements marked, by their index. */
	const names = async () => {
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
		const byIndex = new Map<number, string>();
		for (const node of nodes) {
			const i =
				node.backendDOMNodeId === undefined ? undefined : indexOf.get(node.backendDOMNodeId);
			if (i !== undefined && !node.ignored) byIndex.set(i, String(node.name?.value ?? ''));
		}
		return byIndex;
	};
	const marked = await names();
	// Without the marks, and without the labels the build gave what holds them: the name the
	// text itself gives, which a label must equal.
	await page.evaluate(() => {
		for (const wbr of document.querySelectorAll('wbr')) {
			wbr.parentElement?.closest('[aria-label]')?.removeAttribute('aria-label');
			wbr.remove();
		}
		return new Promise((done) => requestAnimationFrame(done));
	});
	const plain = await names();
	await cdp.detach();
	const wrong = [...marked]
		.filter(([i, name]) => name !== plain.get(i))
		.map(([i, name]) => `${tags[i]}: ${name} ≠ ${plain.get(i)}`);
	if (marked.size === 0) wrong.push('no link, heading or header found in the accessibility tree');
	return wrong;
}
interface DomNode {
	backendNodeId: number;
	attributes?: string[];
	children?: DomNode[];
}
interface AxNode {
	ignored: boolean;
	backendDOMNodeId?: number;
	name?: { value?: unknown };
}

const pages = htmlFiles(join(root, 'dist')).map((f) => (f === '404.html' ? '/404' : pathOf(f)));
const pageAt390 = sharedPage(() => site.browser.newPage({ viewport: phone }));

describe('names in the accessibility tree are not changed by word-break marks', () => {
	test('the check finds a name Chromium spaces at a <wbr>', async () => {
		const page = await pageAt390();
		await page.setContent('<html lang="zh-CN"><body><h2>编辑<wbr>指南</h2></body></html>');
		expect(await misnamed(page)).toEqual(['h2: 编辑 指南 ≠ 编辑指南']);
	});

	test('the check finds a label that says more than the text shows', async () => {
		const page = await pageAt390();
		await page.setContent(
			'<html lang="zh-CN"><body><h2 aria-label="编辑指南移出">编辑<wbr>指南<span hidden>移出</span></h2></body></html>',
		);
		expect(await misnamed(page)).toEqual(['h2: 编辑指南移出 ≠ 编辑指南']);
	});

	test.each(firstPages(pages, templatesOf(join(root, 'src/pages'))))(
		'%s',
		async (path) => {
			const page = await pageAt390();
			await page.goto(site.url + (path === '/404' ? '/404.html' : path));
			if (path === '/search/') await searchDone(page);
			expect(await misnamed(page)).toEqual([]);
		},
		60_000,
	);
});
