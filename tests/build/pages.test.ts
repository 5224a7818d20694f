/**
 * The built site in dist/: every page the content implies exists, and every fact reaches the
 * pages of the brand and procuratorate it belongs to, with its source shown.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDate, formatFigure } from '../../src/lib/site/format.ts';
import { pageHref, pageSizes } from '../../src/lib/site/pagination.ts';
import { provinceSlug } from '../../src/lib/site/provinces.ts';
import { partnersPerTopic } from '../../src/lib/site/topic-pairs.ts';
import { of, type EntryOf } from '../support/content.ts';
import { page, root, textOf } from '../support/site.ts';

/** Every built HTML file, as a site path. */
function builtPages(dir = join(root, 'dist'), prefix = '/'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		if (d.isDirectory())
			return d.name === 'pagefind' || d.name === '_astro'
				? []
				: builtPages(join(dir, d.name), `${prefix}${d.name}/`);
		return d.name.endsWith('.html') ? [`${prefix}${d.name}`.replace(/index\.html$/, '')] : [];
	});
}

/** The practices index's pre-built filtered lists, with the practices each should hold. */
function filteredLists(): Array<{ path: string; ids: string[] }> {
	const practices = of('practices');
	const province = (p: EntryOf<'practices'>) =>
		of('procuratorates').find((o) => o.id === p.data.procuratorate)!.data.province;
	const lists = [
		...of('topics').map((t) => ({
			path: `/practices/topic/${t.id}/`,
			ids: practices.filter((p) => p.data.topics.includes(t.id)),
		})),
		...[...new Set(practices.map(province))].map((name) => ({
			path: `/practices/province/${provinceSlug(name)}/`,
			ids: practices.filter((p) => province(p) === name),
		})),
		...of('brands').flatMap((b) => {
			const own = practices.filter((p) => p.data.brand === b.id);
			const pillars = b.data.pillars;
			return [
				{ path: `/practices/brand/${b.id}/`, ids: own },
				...pillars.map((pillar, i) => ({
					path: `/practices/brand/${b.id}/pillar/${i + 1}/`,
					ids: own.filter((p) => p.data.pillar === pillar),
				})),
			];
		}),
	];
	return lists
		.filter((l) => l.ids.length > 0)
		.map((l) => ({ path: l.path, ids: l.ids.map((p) => p.id).sort() }));
}

/**
 * The pre-built pairs of topics, by their rule: each topic with practices and the
 * `partnersPerTopic` topics with practices it shares the most practices and cases with (then in
 * the topics' order), the earlier topic first in the address.
 */
function topicPairPages(): string[] {
	const topics = of('topics').sort((a, b) => a.data.order - b.data.order);
	const rank = new Map(topics.map((t, i) => [t.id, i]));
	const entries = [...of('practices'), ...of('cases')];
	const hasRows = (t: string) => of('practices').some((p) => p.data.topics.includes(t));
	const shared = (a: string, b: string) =>
		entries.filter((e) => e.data.topics.includes(a) && e.data.topics.includes(b)).length;
	const pages = topics
		.filter((t) => hasRows(t.id))
		.flatMap((t) =>
			topics
				.filter((o) => o.id !== t.id && hasRows(o.id) && shared(t.id, o.id) > 0)
				.sort(
					(x, y) => shared(t.id, y.id) - shared(t.id, x.id) || rank.get(x.id)! - rank.get(y.id)!,
				)
				.slice(0, partnersPerTopic)
				.map((o) => {
					const [a, b] = rank.get(t.id)! < rank.get(o.id)! ? [t.id, o.id] : [o.id, t.id];
					return `/topics/compare/${a}/${b}/`;
				}),
		);
	return [...new Set(pages)];
}

function laterPages(base: string, total: number, size: number): string[] {
	return Array.from({ length: Math.ceil(total / size) - 1 }, (_, i) => pageHref(base, i + 2));
}

describe('the built site', () => {
	const expected = [
		'/',
		'/brands/',
		'/practices/',
		'/honours/',
		'/cases/',
		'/topics/',
		'/procuratorates/',
		'/sources/',
		'/search/',
		'/sitemap/',
		'/guide/',
		'/404.html',
		...of('brands').map((e) => `/brands/${e.id}/`),
		...of('practices').map((e) => `/practices/${e.id}/`),
		...of('practices').map((e) => `/practices/${e.id}/card/`),
		...of('cases').map((e) => `/cases/${e.id}/`),
		...of('topics').map((e) => `/topics/${e.id}/`),
		...of('procuratorates').map((e) => `/procuratorates/${e.id}/`),
		// Long lists go on over numbered pages (the real practices need two).
		...laterPages('/practices/', of('practices').length, pageSizes.practices),
		...laterPages('/honours/', of('honours').length, pageSizes.honours),
		...laterPages('/cases/', of('cases').length, pageSizes.cases),
		// Each topic's comparison in its other order.
		...of('topics').map((e) => `/topics/${e.id}/sort/procuratorate/`),
		// The practices index narrowed by topic, province, brand and pillar (each fits one page).
		...filteredLists().map((f) => f.path),
		// Two topics in one table, for the pairs that go together in the content.
		...topicPairPages(),
	];

	test('has a page for every collection entry and every index', () => {
		expect(builtPages().sort()).toEqual([...expected].sort());
	});

	test('every page declares simplified Chinese', () => {
		for (const path of builtPages())
			expect(page(path), path).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
	});

	test('the search index is written', () => {
		expect(existsSync(join(root, 'dist/pagefind/pagefind.js'))).toBe(true);
		expect(existsSync(join(root, 'dist/pagefind/pagefind-entry.json'))).toBe(true);
		expect(existsSync(join(root, 'dist/pagefind/pagefind-worker.js'))).toBe(true);
	});

	test('Pagefind’s own interfaces, which no page loads, are not published', () => {
		const published = readdirSync(join(root, 'dist/pagefind'));
		expect(published.filter((name) => /ui|highlight/.test(name))).toEqual([]);
		const html = builtPages().map(page).join('');
		expect(html).not.toMatch(/pagefind-(ui|modular-ui|component-ui|highlight)/);
	});

	test('content pages load no search JavaScript: the reading-preferences script, and a small enhancement on lists and topics', () => {
		// The practices index and its filtered lists enhance their filter panel; a topic's table
		// can take in other topics' rows.
		const enhancements: Array<[RegExp, RegExp, number]> = [
			[
				/^\/practices\/((page|topic|province|brand)\/.*)?$/,
				/^<script type="module" src="\/_astro\/PracticeFilters[^"]+\.js">$/,
				1024,
			],
			[
				/^\/topics\/(?!compare\/)[^/]+\/(sort\/procuratorate\/)?$/,
				/^<script type="module" src="\/_astro\/CompareWith[^"]+\.js">$/,
				3 * 1024,
			],
		];
		for (const path of builtPages().filter((p) => p !== '/search/')) {
			const scripts = [
				...page(path).matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g),
			].map((m) => m[0]);
			const enhanced = enhancements.find(([pages]) => pages.test(path));
			expect(scripts[0], path).toBe('<script src="/site-prefs.js">');
			expect(scripts.length, path).toBe(enhanced ? 2 : 1);
			if (enhanced) {
				expect(scripts[1], path).toMatch(enhanced[1]);
				const file = scripts[1]!.match(/src="([^"]+)"/)![1]!;
				expect(readFileSync(join(root, 'dist', file)).length, file).toBeLessThan(enhanced[2]);
			}
		}
		expect(page('/search/')).toMatch(/<script type="module" src="\/_astro\//);
		expect(readFileSync(join(root, 'dist/site-prefs.js')).length).toBeLessThan(2048);
	});

	test('content pages are indexed for search with their facets; list pages are not', () => {
		expect(page('/practices/hekou-shuang-daoshi/')).toContain('data-pagefind-body');
		expect(page('/practices/hekou-shuang-daoshi/')).toContain(
			'<meta name="pagefind-filter-type" content="做法" data-pagefind-filter="type[content]">',
		);
		expect(page('/brands/xinqiao/')).toContain(
			'<meta name="pagefind-meta-keywords" content="心桥 xinqiao" data-pagefind-meta="keywords[content]">',
		);
		for (const list of ['/', '/practices/', '/brands/', '/topics/', '/sources/', '/search/'])
			expect(page(list), list).not.toContain('data-pagefind-body');
	});

	test('the practice list is split into pages that together list every practice once, linked both ways', () => {
		const pages = [
			'/practices/',
			...laterPages('/practices/', of('practices').length, pageSizes.practices),
		];
		expect(pages.length).toBeGreaterThan(1);
		const listed = pages.flatMap((p) =>
			[...page(p).matchAll(/<a href="\/practices\/([a-z0-9-]+)\/"/g)].map((m) => m[1]),
		);
		expect(listed.sort()).toEqual(
			of('practices')
				.map((e) => e.id)
				.sort(),
		);
		expect(page('/practices/')).toMatch(
			/<nav aria-label="分页"[\s\S]*aria-current="page" aria-label="第 1 页"[\s\S]*href="\/practices\/page\/2\/" rel="next"/,
		);
		expect(page('/practices/page/2/')).toMatch(/<title>做法（第 2 页，共 2 页）/);
		expect(page('/practices/page/2/')).toContain('<a href="/practices/" rel="prev">');
	});

	test('each filtered list of practices holds exactly the practices that match it', () => {
		for (const list of filteredLists()) {
			const listed = [...page(list.path).matchAll(/<a href="\/practices\/([a-z0-9-]+)\/"/g)].map(
				(m) => m[1],
			);
			expect(listed.sort(), list.path).toEqual(list.ids);
		}
	});

	test('every content page shows where its facts come from', () => {
		const content = expected.filter((p) =>
			/^\/(brands|practices|cases|topics|procuratorates)\/[a-z0-9-]+\/$/.test(p),
		);
		for (const path of [...content, '/honours/'])
			expect(textOf(page(path)), path).toContain('信息来源');
	});

	test('every content page says when it last changed and which file to edit', () => {
		const content = expected.filter((p) =>
			/^\/(brands|practices|cases|topics|procuratorates)\/[a-z0-9-]+\/$/.test(p),
		);
		for (const path of content) {
			const [, collection, id] = path.split('/');
			const html = page(path);
			expect(html, path).toMatch(/更新日期：<time datetime="\d{4}-\d{2}-\d{2}">/);
			// The path may break after each slash (<wbr>) on a narrow screen.
			expect(html.replaceAll('<wbr>', ''), path).toMatch(
				new RegExp(
					`编辑此页：修改仓库中的 <code>content/${collection}/${id}\\.(md|mdx|yaml)</code>`,
				),
			);
		}
	});

	test('the editors’ guide is on the site', () => {
		const text = textOf(page('/guide/'));
		for (const s of ['编辑指南', 'npm run check:content', 'npm run new', '新增一个做法'])
			expect(text).toContain(s);
	});
});

describe('every fact on the pages of its brand', () => {
	test('each brand page shows its name, full slogan, kind and owner', () => {
		for (const b of of('brands')) {
			const d = b.data;
			const text = textOf(page(`/brands/${b.id}/`));
			const owner = of('procuratorates').find((p) => p.id === d.procuratorate)!.data;
			for (const fact of [d.name, d.slogan, d.kind, owner.name].filter(Boolean))
				expect(text, b.id).toContain(fact);
		}
	});

	test('each practice is linked from its brand page, or its procuratorate page when it has no brand', () => {
		for (const p of of('practices')) {
			const d = p.data;
			const home = d.brand ? `/brands/${d.brand}/` : `/procuratorates/${d.procuratorate}/`;
			expect(page(home), `${p.id} on ${home}`).toContain(`href="/practices/${p.id}/"`);
		}
	});

	test('each figure appears, as the source writes it, on its practice or case page and its brand’s or 院’s page', () => {
		for (const e of [...of('practices'), ...of('cases')]) {
			const d = e.data;
			const own = textOf(page(`/${e.collection}/${e.id}/`));
			const home = textOf(
				page(d.brand ? `/brands/${d.brand}/` : `/procuratorates/${d.procuratorate}/`),
			);
			for (const f of d.figures) {
				expect(own, `${e.id}: ${f.label}`).toContain(formatFigure(f));
				expect(home, `${e.id}: ${f.label}`).toContain(f.label);
			}
		}
	});

	test('a practice’s figure table has a 时间 column only when one of its figures has a period', () => {
		const withFigures = of('practices').filter((p) => p.data.figures.length > 0);
		const periodHeads = (id: string) =>
			(page(`/practices/${id}/`).match(/<th scope="col">时间<\/th>/g) ?? []).length;
		const timed = withFigures.filter((p) => p.data.figures.some((f) => f.period));
		const untimed = withFigures.filter((p) => p.data.figures.every((f) => !f.period));
		expect(timed.length).toBeGreaterThan(0);
		expect(untimed.length).toBeGreaterThan(0);
		for (const p of timed) expect(periodHeads(p.id), p.id).toBe(1);
		for (const p of untimed) expect(periodHeads(p.id), p.id).toBe(0);
	});

	test('each honour appears with its exact title on the honours page and its brand or procuratorate page', () => {
		const all = textOf(page('/honours/'));
		for (const h of of('honours')) {
			const d = h.data;
			const home = textOf(
				page(d.brand ? `/brands/${d.brand}/` : `/procuratorates/${d.procuratorate}/`),
			);
			for (const text of [all, home]) {
				expect(text, h.id).toContain(`“${d.title}”`);
				expect(text, h.id).toContain(d.recipient);
			}
		}
	});

	test('each named mechanism, team and base appears on its practice page', () => {
		for (const p of of('practices')) {
			const text = textOf(page(`/practices/${p.id}/`));
			for (const n of p.data.named) expect(text, p.id).toContain(n.name);
		}
	});

	test('each case is linked from its brand page or its procuratorate page', () => {
		for (const c of of('cases')) {
			const d = c.data;
			const home = d.brand ? `/brands/${d.brand}/` : `/procuratorates/${d.procuratorate}/`;
			expect(page(home), c.id).toContain(`href="/cases/${c.id}/"`);
		}
	});

	test('each topic page lists every practice and case on that topic', () => {
		for (const t of of('topics')) {
			const html = page(`/topics/${t.id}/`);
			for (const e of [...of('practices'), ...of('cases')].filter((e) =>
				e.data.topics.includes(t.id),
			)) {
				expect(html, `${e.id} on topic ${t.id}`).toContain(`href="/${e.collection}/${e.id}/"`);
			}
		}
	});

	test('the sources page gives publisher, author, date and URL where the article does', () => {
		const text = textOf(page('/sources/'));
		for (const fact of [
			'上海检察',
			'办公室 房文龙',
			'2021年8月30日',
			'唐建东',
			'王良勇',
			'兰桂萍',
			'吴尽',
			'https://www.spp.gov.cn/dj/llyj/202312/t20231201_635733.shtml',
		]) {
			expect(text).toContain(fact);
		}
	});

	test('a corrected misprint is said where it is used and listed on its source, never silent', () => {
		// Every entry that relies on a source's correction says so; entries that do not, do not.
		const corrected = of('sources').filter((e) => e.data.corrections.length > 0);
		expect(corrected.length).toBeGreaterThan(0);
		for (const source of corrected) {
			const sourcesPage = textOf(page('/sources/'));
			for (const c of source.data.corrections) {
				expect(sourcesPage).toContain(`“${c.printed}”“${c.written}”${c.why}`);
			}
		}
		const used = textOf(page('/practices/huzhu-anquan-shengchan/'));
		expect(used).toContain(
			'原文此处印作“湖源治理”，本站更正为“溯源治理”。依据：同文另处作“溯源治理”',
		);
		expect(page('/practices/huzhu-anquan-shengchan/')).toContain(
			'href="/sources/#corrections-huzhu-tuxiang-danxin"',
		);
		// The same article's correct 溯源治理 needs no note.
		expect(textOf(page('/practices/huzhu-dangjian-gongyi/'))).not.toContain('原文此处印作');
	});

	test('the sentence that uses a correction carries a marker linked to its note, on the page and on its 学习卡', () => {
		const anchor = 'correction-huzhu-tuxiang-danxin-1';
		const marker = `<sup class="correction-mark"><a href="#${anchor}">更正</a></sup>`;
		for (const path of [
			'/practices/huzhu-anquan-shengchan/',
			'/practices/huzhu-anquan-shengchan/card/',
		]) {
			const html = page(path);
			// The marker follows the sentence's full stop, in the body, and points at a note on the page.
			expect(html, path).toContain(`溯源治理。${marker}`);
			expect(html, path).toContain(`id="${anchor}"`);
			// The corrected phrase is never quoted as if the article printed it.
			expect(textOf(html), path).not.toContain('“安全生产溯源治理”');
		}
		expect(textOf(page('/practices/huzhu-anquan-shengchan/card/'))).toContain(
			'原文此处印作“湖源治理”，本站更正为“溯源治理”。',
		);
		expect(page('/practices/huzhu-dangjian-gongyi/')).not.toContain('correction-mark');
	});

	test('the home page’s way in by topic names topics the site has', () => {
		const way = /<a href="\/topics\/">(.*?)<\/a>/s.exec(page('/'))?.[1];
		expect(way).toBeDefined();
		const names = textOf(way!.replace(/<strong[^>]*>.*?<\/strong>/s, ''))
			.replace(/……$/, '')
			.split('、');
		expect(names.length).toBe(3);
		const topics = new Set(of('topics').map((t) => t.data.name));
		for (const name of names) expect(topics.has(name), name).toBe(true);
	});

	test('a date that is not the article’s own is never shown without its note, nor dates a figure', () => {
		const noted = of('sources').filter((s) => s.data.date && s.data.dateNote);
		expect(noted.length).toBeGreaterThan(0);
		for (const source of noted) {
			const date = formatDate(source.data.date!);
			const citing = of('practices').filter((p) => p.data.sources.includes(source.id));
			expect(citing.length, source.id).toBeGreaterThan(0);
			for (const practice of citing)
				for (const path of [`/practices/${practice.id}/`, `/practices/${practice.id}/card/`]) {
					const text = textOf(page(path));
					// Every time the date is written, its note follows.
					const bare = text.split(date).slice(1);
					expect(bare.length, path).toBeGreaterThan(0);
					for (const after of bare)
						expect(
							after.startsWith(`（${source.data.dateNote}）`),
							`${path}: ${date}${after.slice(0, 30)}`,
						).toBe(true);
					expect(text, path).not.toContain(`据${date}文章`);
				}
		}
	});

	test('a level the site inferred is printed as the site’s inference, a stated one plainly', () => {
		const honoursPages = [
			'/honours/',
			...laterPages('/honours/', of('honours').length, pageSizes.honours),
		]
			.map(page)
			.join('');
		const inferred = of('honours').filter((h) => h.data.levelSource === '本站推断');
		expect(inferred.length).toBeGreaterThan(0);
		for (const h of of('honours')) {
			const card = new RegExp(
				`<li[^>]*>(?:(?!</li>)[\\s\\S])*id="${h.id}"(?:(?!</li>)[\\s\\S])*</li>`,
			).exec(honoursPages)?.[0];
			expect(card, h.id).toBeDefined();
			const label = textOf(card!).includes('级别（本站推断）');
			expect(label, h.id).toBe(inferred.includes(h) && h.data.level !== '未注明');
			expect(textOf(card!), h.id).toContain(h.data.level);
		}
	});

	test('a procuratorate’s place is labelled as the site’s reference data, not an article fact', () => {
		for (const o of of('procuratorates')) {
			const text = textOf(page(`/procuratorates/${o.id}/`));
			expect(text, o.id).toContain(`${o.data.province}`);
			expect(text, o.id).toContain('（参考资料）');
			expect(text, o.id).toContain('不出自来源文章');
		}
	});
});
