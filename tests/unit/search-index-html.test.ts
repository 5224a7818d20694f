/**
 * A built page as the indexer hands it to Pagefind (src/lib/build/index-html.ts): words a page
 * holds that its cut text does not are written inside the marked content, where Pagefind looks
 * words up (not in metadata, which it does not search by word), bracketed so no excerpt shows them.
 */
import { describe, expect, test } from 'vitest';
import { pageIndexer } from '../../src/lib/build/index-html.ts';
import { Dictionary } from '../../src/lib/search/dictionary.ts';
import { skipEnd, skipStart } from '../../src/lib/search/sections.ts';

const dict = new Dictionary({ words: ['三快一优', '三快一优办案模式', '办案'] });
const page = (body: string) =>
	`<html><head><title>t</title></head><body><main data-pagefind-body><h1>标题</h1>${body}</main><footer>页脚</footer></body></html>`;

describe('words a page holds that its cut text does not', () => {
	test('are added at the end of the marked content, bracketed as not prose', () => {
		// The quotation marks keep 三快一优 and 办案模式 apart in the text; the name holds both.
		const { html, terms } = pageIndexer(dict)(page('<p>按“三快一优”办案模式办理</p>'));
		expect(terms.has('三快一优办案模式')).toBe(true);
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		expect(main).toContain(`<div> ${skipStart} 三快一优办案模式 ${skipEnd} </div>`);
		expect(html).not.toContain('data-pagefind-meta');
		expect(html.indexOf('三快一优办案模式')).toBeLessThan(html.indexOf('</main>'));
	});

	test('nothing is added to a page whose cut text holds all its words', () => {
		const { html } = pageIndexer(dict)(page('<p>三快一优</p>'));
		expect(html).not.toContain(skipStart);
	});

	test('the end is found past nested elements of the same name', () => {
		const html = pageIndexer(dict)(
			`<body><div data-pagefind-body><div>按“三快一优”办案模式</div></div><div>外</div></body>`,
		).html;
		expect(html).toContain(
			`模式^ </div><div> ${skipStart} 三快一优办案模式 ${skipEnd} </div></div><div> ^外`,
		);
	});
});

describe('what is not searched adds no words', () => {
	test('text Pagefind ignores, or outside the marked content, is not the page’s', () => {
		const { html } = pageIndexer(dict)(
			`<body><main data-pagefind-body><p>三快一优</p><img data-pagefind-ignore src="x"><ul data-pagefind-ignore><li><ul><li>a</li></ul>“三快一优”办案模式</li></ul><p>办案</p></main><footer>“三快一优”办案模式</footer></body>`,
		);
		expect(html).not.toContain(skipStart);
	});

	test('words only in metadata are added, since Pagefind finds no page by them; it stays as written', () => {
		const { html } = pageIndexer(dict)(
			`<html><head><meta name="pagefind-meta-brand" content="三快一优办案模式"></head><body><main data-pagefind-body><p>办案</p></main></body></html>`,
		);
		expect(html).toContain(`${skipStart} 三快一优办案模式 三快一优 ${skipEnd}`);
		// Shown as a result's label, as written.
		expect(html).toContain('content="三快一优办案模式"');
	});
});
