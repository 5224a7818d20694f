/**
 * Tap targets on a phone (issue 25): every visible control of every page template, at 390 px and
 * in 大字, is at least 44 px tall — the comfortable size Apple and GOV.UK use, above WCAG 2.2's
 * 24 px floor (2.5.8). Folds are opened first, so what a reader finds inside them is measured too.
 *
 * What counts as a control: links, buttons, form fields, a fold's summary, anything focusable by
 * tabindex. A checkbox or radio is measured with its label, as one row: tapping either toggles it.
 * A link stretched over its card (`::after` absolutely positioned over the card) is measured as
 * the card it covers. A control shown only when focused (skip links) is measured focused.
 *
 * Exempt, as WCAG 2.5.8's inline exception allows: a link in running prose. Here that is a link
 * laid out inline (display: inline) whose block — the nearest ancestor not laid out inline, the
 * box its lines belong to — has words of its own outside its links (at least one Han character,
 * letter or digit): a link in a sentence. Such a link's height is the line's, set by the sentence
 * around it; padding it to 44 px would pull the lines of the sentence apart. A block made only of
 * links and punctuation (the navigation, breadcrumbs, tags, the footer's links, a 概况 entry, a
 * card's heading) is not prose, and its links are measured.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contextIn } from '../../scripts/lib/browser.ts';
import { htmlFiles } from '../../src/lib/build/site-files.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { tempTree } from '../support/fixture.ts';
import { pathOf } from '../support/links.ts';
import { root } from '../support/site.ts';
import { useBuiltSite } from '../support/browser.ts';
import { phone, templateFor, templatesOf } from '../support/sweep.ts';

const site = useBuiltSite();

/** The comfortable height of a control on a phone, in CSS pixels. */
const MIN_HEIGHT = 44;

/**
 * One page of each template (the first the build wrote, as the sweep picks), the 404 page, and
 * a search with results (the search page's template alone shows none).
 */
function pagesToMeasure(): string[] {
	const templates = templatesOf(join(root, 'src/pages'));
	const first = new Map<string, string>();
	for (const path of htmlFiles(join(root, 'dist'))
		.filter((f) => f !== '404.html')
		.map(pathOf)) {
		const t = templateFor(path, templates);
		if (t && !first.has(t.file)) first.set(t.file, path);
	}
	return [...first.values(), '/no-such-page/', `/search/?q=${encodeURIComponent('心桥')}`];
}

interface Small {
	/** The control as a reader would name it: tag, class and text. */
	what: string;
	width: number;
	height: number;
}

/**
 * Runs in the page: opens every fold, then returns each visible control under `min` px tall.
 * Self-contained (it is sent to the browser as source).
 */
function smallControls(min: number): Small[] {
	for (const d of document.querySelectorAll('details')) d.open = true;
	const selector = [
		'a[href]',
		'button',
		'input:not([type=hidden])',
		'select',
		'textarea',
		'summary',
		'[tabindex]:not([tabindex="-1"])',
	].join(',');
	const words = /[\p{Script=Han}\p{L}\p{N}]/u;
	const inProse = (el: Element): boolean => {
		if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
		let block = el.parentElement;
		while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
		if (!block) return false;
		const own = block.cloneNode(true) as Element;
		for (const a of own.querySelectorAll('a, [aria-hidden="true"]')) a.remove();
		return words.test(own.textContent ?? '');
	};
	const box = (el: Element): DOMRect => {
		const after = getComputedStyle(el, '::after');
		if (after.content !== 'none' && after.position === 'absolute') {
			// A stretched link: its ::after covers the nearest positioned ancestor.
			let holder = el.parentElement;
			while (holder && getComputedStyle(holder).position === 'static')
				holder = holder.parentElement;
			if (holder) return holder.getBoundingClientRect();
		}
		const input = el as HTMLInputElement;
		if (el.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')) {
			const rects = [el, ...(input.labels ?? [])].map((e) => e.getBoundingClientRect());
			const top = Math.min(...rects.map((r) => r.top));
			const left = Math.min(...rects.map((r) => r.left));
			const bottom = Math.max(...rects.map((r) => r.bottom));
			const right = Math.max(...rects.map((r) => r.right));
			return new DOMRect(left, top, right - left, bottom - top);
		}
		return el.getBoundingClientRect();
	};
	const hiddenUntilFocused = (r: DOMRect) =>
		r.width <= 1 || r.height <= 1 || r.bottom + window.scrollY <= 0;
	const small: Small[] = [];
	for (const el of document.querySelectorAll(selector)) {
		if (!el.checkVisibility({ visibilityProperty: true })) continue;
		if (inProse(el)) continue;
		let r = box(el);
		if (hiddenUntilFocused(r)) {
			(el as HTMLElement).focus();
			r = box(el);
			(el as HTMLElement).blur();
			if (hiddenUntilFocused(r)) continue;
		}
		if (r.height < min - 0.01) {
			const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
			// Where it is: the nearest ancestor with a class or id, so a failure can be found.
			let near = el.parentElement;
			while (near && !near.id && !(typeof near.className === 'string' && near.className))
				near = near.parentElement;
			const where = near
				? ` in ${near.tagName.toLowerCase()}${near.id ? `#${near.id}` : `.${String(near.className).split(' ')[0]}`}`
				: '';
			const text = (el.textContent ?? (el as HTMLInputElement).value ?? '')
				.replace(/\s+/g, ' ')
				.trim()
				.slice(0, 24);
			small.push({
				what: `<${el.tagName.toLowerCase()}${cls.split(' ')[0]}>${where} “${text}”`,
				width: Math.round(r.width),
				height: Math.round(r.height * 10) / 10,
			});
		}
	}
	return small;
}

async function measure(page: Page, url: string): Promise<Small[]> {
	await page.goto(url, { waitUntil: 'load' });
	if (new URL(url).pathname === '/search/')
		await page.waitForSelector('#search-results[data-state=done]', { state: 'attached' });
	return page.evaluate(smallControls, MIN_HEIGHT);
}

describe('tap targets on a phone', () => {
	const pages = pagesToMeasure();

	test.each([
		['390 px', {}],
		['390 px in 大字', { 'pref-size': 'large' }],
	] as const)(
		'at %s every visible control of every template is at least 44 px tall',
		async (_mode, prefs) => {
			expect(pages.length).toBeGreaterThan(15);
			const context = await contextIn(site.browser, phone, prefs);
			const page = await context.newPage();
			const failures: string[] = [];
			for (const path of pages)
				for (const s of await measure(page, site.url + path))
					failures.push(`${path}: ${s.what} is ${s.width}×${s.height} px`);
			await context.close();
			expect(failures).toEqual([]);
		},
		120_000,
	);
});

describe('the main navigation on a phone', () => {
	test.each([
		['390 px', phone.width, {}],
		['390 px in 大字', phone.width, { 'pref-size': 'large' }],
		['320 px', 320, {}],
		['320 px in 大字', 320, { 'pref-size': 'large' }],
	] as const)(
		'at %s is one row, or even rows: no item alone on a line',
		async (_m, width, prefs) => {
			const context = await contextIn(site.browser, { ...phone, width }, prefs);
			const page = await context.newPage();
			await page.goto(`${site.url}/brands/xinqiao/`);
			const tops = await page.$$eval('.site-nav li', (items) =>
				items.map((li) => Math.round(li.getBoundingClientRect().top)),
			);
			await context.close();
			const rows = [...Map.groupBy(tops, (t) => t).values()].map((r) => r.length);
			expect(tops.length).toBeGreaterThan(1);
			expect(rows.length === 1 || rows.every((n) => n === rows[0]), `rows of ${rows}`).toBe(true);
		},
	);
});

describe('the tap-target check', () => {
	const fixture =
		'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>' +
		'<nav><a href="/a">小链接</a></nav>' +
		'<p>正文里的<a href="/b">链接</a>不计。</p>' +
		'<p><a href="/c">只有链接</a>。</p>' +
		'<ul><li><article><h3><a href="/f">卡片标题</a></h3><p>卡片摘要</p></article></li></ul>' +
		'<ul><li><input type="checkbox" id="x"><label for="x">小方框</label></li>' +
		'<li style="min-height:44px;display:flex"><input type="checkbox" id="y">' +
		'<label for="y" style="display:flex;align-items:center;min-height:44px">整行</label></li></ul>' +
		'<details><summary style="min-height:44px">展开</summary><button>折叠里的按钮</button></details>' +
		'<div style="position:relative;height:120px"><h3><a href="/d" class="s">卡片</a></h3></div>' +
		'<style>.s::after{content:"";position:absolute;inset:0}</style>' +
		'<a href="/e" style="display:block;min-height:44px">够高</a>' +
		'</body></html>';
	let server: { url: string; close: () => Promise<void> };
	beforeAll(async () => {
		server = await serveDist(tempTree({ 'index.html': fixture }));
	});
	afterAll(async () => server?.close());

	test('flags small links, checkbox rows and buttons in folds; exempts links in sentences and stretched cards', async () => {
		const page = await site.browser.newPage({ viewport: phone });
		const small = (await measure(page, `${server.url}/`)).map((s) => s.what);
		await page.close();
		expect(small.map((w) => w.replace(/^<(\w+)[^“]*“(.*)”$/, '$1 $2'))).toEqual([
			'a 小链接',
			'a 只有链接',
			'a 卡片标题',
			'input ',
			'button 折叠里的按钮',
		]);
	});
});
