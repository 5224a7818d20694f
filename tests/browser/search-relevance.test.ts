/**
 * Search relevance in real Chromium against the built index, through the search page exactly as
 * a visitor uses it. Guards against Pagefind upgrades that change Chinese segmentation, and holds
 * query understanding (slips, pinyin, questions, synonyms, suggestions), precision for the words
 * the word splitter cut apart, and how results read. (Every dictionary term's count and first
 * page: search-words.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { axeViolations, searchDone } from '../support/browser.ts';
import { of } from '../support/content.ts';
import { resultUrls, searchFor, searchSite } from '../support/search-text.ts';

const site = searchSite();

/**
 * The pages (without #anchor) of the first results for a query and filters, in order. A query
 * alone is typed into the open search page and submitted, as a visitor searches again (a new
 * page load would cost each test about a second more, reloading Pagefind); with filters, the
 * search's address is opened, as a shared link is.
 */
async function search(q: string, filters: Record<string, string[]> = {}): Promise<string[]> {
	const params = new URLSearchParams({ q });
	for (const [k, vs] of Object.entries(filters)) for (const v of vs) params.append(k, v);
	if (Object.keys(filters).length > 0) {
		await site.page.goto(`${site.url}/search/?${params}`);
		await searchDone(site.page);
		return resultUrls(site.page);
	}
	// Typing keeps the filters the page has checked: start from a page that has none.
	const here = new URL(site.page.url());
	if (here.pathname !== '/search/' || [...here.searchParams.keys()].some((k) => k !== 'q'))
		await site.page.goto(`${site.url}/search/`);
	return (await searchFor(site.page, q)).urls;
}

const brand = (id: string) => `/brands/${id}/`;
const practice = (id: string) => `/practices/${id}/`;
const topic = (id: string) => `/topics/${id}/`;
const owner = (id: string) => `/procuratorates/${id}/`;

describe('a brand’s name puts the brand’s own page first', () => {
	test.each([
		['心桥', 'xinqiao'],
		['崇德尚法', 'zhengyi-xianfeng'],
		['土乡丹心', 'tuxiang-danxin'],
		['船城·摆渡人', 'chuancheng-baiduren'],
		['摆渡人', 'chuancheng-baiduren'],
		['文化党建', 'wenhua-dangjian'],
		['智慧党建', 'zhihui-dangjian'],
		['服务党建', 'fuwu-dangjian'],
	])('%s', async (q, id) => {
		expect((await search(q))[0]).toBe(brand(id));
	});
});

describe('business terms find the practices of every procuratorate that does them', () => {
	test.each([
		[
			'司法救助',
			[
				topic('sifa-jiuzhu'),
				practice('xinqiao-song-wennuan'),
				practice('huzhu-sifa-jiuzhu'),
				practice('pengan-fuwu-qunzhong'),
			],
		],
		[
			'公益诉讼',
			[
				topic('gongyi-susong'),
				practice('huzhu-gongyi-susong'),
				practice('huzhu-dangjian-gongyi'),
				practice('hekou-huanghe-gongjian'),
			],
		],
		['12309', [brand('xinqiao'), practice('chuanying-xinfang'), practice('huzhu-liang-shenfen')]],
		[
			'农民工讨薪',
			[
				topic('nongmingong-taoxin'),
				practice('huzhu-nongmingong-taoxin'),
				practice('chuanying-nongmingong'),
				practice('hekou-nongmingong-taoxin'),
			],
		],
		['未成年人', [brand('chuancheng-baiduren'), topic('weichengnianren')]],
		[
			'检察听证',
			[practice('xinqiao-song-falv'), practice('chuanying-tingzheng'), topic('jiancha-tingzheng')],
		],
		[
			'刑事执行',
			[
				practice('hekou-renquan-baozhang-zhongxin'),
				practice('hekou-jiuzheng-yijian'),
				topic('xingshi-zhixing'),
			],
		],
		['民营企业', [practice('hekou-minying-jingji')]],
		[
			'支持起诉',
			[practice('chuanying-zhichi-qisu-zhongxin'), practice('huzhu-nongmingong-taoxin')],
		],
		['信访', [practice('huzhu-xinfang'), practice('xinqiao-xianfeng-tujizu')]],
		['检察建议', [practice('chuanying-shehui-zhili'), practice('huzhu-pingan-jianshe')]],
		['志愿服务', [practice('hekou-zhiyuan-fuwu'), practice('huzhu-fazhi-xuanjiang')]],
	])('%s', async (q, expected) => {
		expect(await search(q)).toEqual(expect.arrayContaining(expected));
	});
});

describe('named mechanisms, teams and works find their practice', () => {
	test.each([
		['双导师制', practice('hekou-shuang-daoshi')],
		['党建清单工作法', practice('pengan-dangjian-qingdan')],
		['在线党支部', practice('pengan-zaixian-dangzhibu')],
		['支部建在办案组', practice('huzhu-zhibu-jianzai-banganzu')],
		['一号检察建议', practice('chuanying-yihao-jianyi')],
		['守正', practice('hekou-shouzheng-dangzhibu')],
		['检调对接', practice('xinqiao-zhibu-gongjian')],
		['枫桥经验', practice('xinqiao-xuexi-mingxin')],
		['派驻+巡回', practice('hekou-paizhu-xunhui')],
		['微电影', practice('pengan-weidianying')],
		['大数据法律监督模型', practice('huzhu-shuzi-jiancha')],
		['四化工作法', owner('jilin-chuanying')],
		['嘉宝', '/cases/pengan-jiabao-qiche/'],
		['全国青少年维权岗', '/honours/'],
	])('%s', async (q, expected) => {
		expect((await search(q)).slice(0, 3)).toContain(expected);
	});
});

describe('places find their procuratorates', () => {
	test.each([
		['青海', owner('haidong-huzhu')],
		['东营', owner('dongying-hekou')],
		['蓬安', owner('nanchong-pengan')],
		['吉林', owner('jilin-chuanying')],
		['上海', owner('shanghai-yifenyuan')],
		['互助', owner('haidong-huzhu')],
	])('%s', async (q, expected) => {
		expect(await search(q)).toContain(expected);
	});
});

describe('half a brand’s full name that the article also gives to one of the brand’s works', () => {
	// 河口's brand is “崇德尚法、正义先锋”; alone, the article uses 正义先锋 only for the brand's
	// 党性教育基地. Either page may lead: both are the brand's own, and both come before the rest.
	test.each(['正义先锋', '正義先鋒'])('%s', async (q) => {
		const top = (await search(q)).slice(0, 2).sort();
		expect(top).toEqual([brand('zhengyi-xianfeng'), practice('hekou-dangxing-jiaoyu-jidi')]);
	});
});

describe('traditional characters and pinyin', () => {
	test.each([
		['心橋', 'xinqiao'],
		['xinqiao', 'xinqiao'],
		['zhengyixianfeng', 'zhengyi-xianfeng'],
		['zheng yi xian feng', 'zhengyi-xianfeng'],
		['tuxiangdanxin', 'tuxiang-danxin'],
	])('%s finds the brand first', async (q, id) => {
		expect((await search(q))[0]).toBe(brand(id));
	});

	test.each([
		['檢察聽證', '检察听证'],
		['農民工討薪', '农民工讨薪'],
		['司法救助', '司法救助'],
	])('%s finds what %s finds', async (traditional, simplified) => {
		expect(await search(traditional)).toEqual(await search(simplified));
	});
});

describe('results read as written', () => {
	test('titles and excerpts show no spaces between Chinese words but the page’s own (the index holds them split)', async () => {
		await search('司法救助');
		const shownTexts = await site.page.$$eval('#search-results > li', (lis) =>
			lis.flatMap((li) => {
				const url = new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href);
				return [...li.querySelectorAll(':is(h3, p:last-child)')].map(
					(e) => [url.pathname, e.textContent ?? ''] as const,
				);
			}),
		);
		expect(shownTexts.length).toBeGreaterThan(2);
		// A space between Chinese is shown only where the page wrote one (土乡丹心 检如磐石).
		for (const [url, t] of shownTexts)
			for (const [spaced] of t.matchAll(/\p{Script=Han} +\p{Script=Han}/gu))
				expect(site.texts.get(url) ?? '', `${url}: ${t}`).toContain(spaced);
		const marks = await site.page.$$eval('#search-results mark', (els) =>
			els.map((e) => e.textContent),
		);
		expect(marks).toContain('司法救助');
	});
});

describe('filters', () => {
	test('a type filter keeps only that type', async () => {
		await search('司法救助', { type: ['做法'] });
		const types = await site.page.$$eval('#search-results .tag', (els) =>
			els.map((e) => e.textContent),
		);
		expect(types.length).toBeGreaterThan(2);
		expect(new Set(types)).toEqual(new Set(['做法']));
	});

	test('browsing by brand with no query lists that brand’s pages', async () => {
		const urls = await search('', { brand: ['心桥'] });
		expect(urls[0]).toBe(brand('xinqiao'));
		// Brands first, topics last: the types come in the browsing order, never back and forth.
		const types = await site.page.$$eval('#search-results .tag', (els) =>
			els.map((e) => e.textContent ?? ''),
		);
		const order = ['品牌', '做法', '案例', '荣誉', '检察院', '主题'];
		expect(types.map((t) => order.indexOf(t))).toEqual(
			types.map((t) => order.indexOf(t)).sort((a, b) => a - b),
		);
		expect(new Set(types).size).toBeGreaterThan(1);
		expect(urls).toContain(practice('xinqiao-song-falv'));
		expect(
			urls.every(
				(u) =>
					u.includes('xinqiao') ||
					u.startsWith('/topics/') ||
					u === '/honours/' ||
					u.startsWith('/procuratorates/'),
			),
		).toBe(true);
	});

	test('a province filter keeps only that province’s pages', async () => {
		const urls = await search('党员', { province: ['青海省'] });
		expect(urls.length).toBeGreaterThan(2);
		expect(urls.every((u) => /huzhu|tuxiang|\/topics\/|\/honours\//.test(u))).toBe(true);
	});

	test('the query and filters stay in the URL, so a search can be shared', async () => {
		await search('救助', { topic: ['司法救助'] });
		const url = new URL(site.page.url());
		expect(url.searchParams.get('q')).toBe('救助');
		expect(url.searchParams.getAll('topic')).toEqual(['司法救助']);
		expect(await site.page.isChecked('input[name=topic][value=司法救助]')).toBe(true);
	});
});

/** What the page said it did to the query (corrections, pinyin, synonyms, dropped words). */
const notes = () => site.page.textContent('#search-notes').then((t) => t ?? '');

describe('homophone slips are corrected to site terms, and said so', () => {
	test.each([
		['检查听证', '检察听证', [topic('jiancha-tingzheng'), practice('chuanying-tingzheng')]],
		[
			'检查建议',
			'检察建议',
			[practice('chuanying-shehui-zhili'), practice('huzhu-pingan-jianshe')],
		],
	])('%s finds what %s finds', async (slip, term, expected) => {
		const urls = await search(slip);
		expect(urls).toEqual(expect.arrayContaining(expected));
		expect(await notes()).toContain(`已按“${term}”搜索。仍搜索“${slip}”`);
	});

	test('“仍搜索” searches what was typed, uncorrected', async () => {
		await search('检查听证');
		await site.page.click('#search-notes a');
		await searchDone(site.page);
		expect(new URL(site.page.url()).searchParams.get('exact')).toBe('1');
		expect(await site.page.inputValue('#search-q')).toBe('检查听证');
		expect(await notes()).not.toContain('已按');
	});

	test.each(['检察听证', '检查'])('a site term is never “corrected”: %s', async (q) => {
		await search(q);
		expect(await notes()).not.toContain('已按');
	});
});

describe('pinyin for any site term, full or initials', () => {
	test.each([
		['sifa jiuzhu', '司法救助'],
		['sfjz', '司法救助'],
		['jiancha tingzheng', '检察听证'],
		['nongmingong taoxin', '农民工讨薪'],
	])('%s finds what %s finds', async (pinyin, chinese) => {
		const expected = (await search(chinese)).slice(0, 5);
		const urls = await search(pinyin);
		expect(urls).toEqual(expect.arrayContaining(expected));
		expect(await notes()).toContain(`拼音已按“${chinese}”搜索`);
	});

	test('pinyin of words the site does not contain finds nothing, and says where to go', async () => {
		expect(await search('diannao youxi')).toEqual([]);
		expect(await site.page.isVisible('#search-help')).toBe(true);
	});
});

describe('questions and filler words', () => {
	test('如何帮助农民工追讨欠薪 finds the pages that answer it, and says what it left out', async () => {
		const urls = await search('如何帮助农民工追讨欠薪');
		expect(urls).toEqual(
			expect.arrayContaining([
				topic('nongmingong-taoxin'),
				practice('huzhu-nongmingong-taoxin'),
				practice('chuanying-nongmingong'),
				practice('hekou-nongmingong-taoxin'),
			]),
		);
		expect(await notes()).toContain('省略了：如何、帮助');
	});

	test('如何申请司法救助 finds the practice', async () => {
		expect(await search('如何申请司法救助')).toContain(practice('xinqiao-song-wennuan'));
		expect(await notes()).toContain('省略了：如何');
	});

	test('a query of nothing but a filler word is searched as typed: 帮助 drops nothing', async () => {
		expect((await search('帮助')).length).toBeGreaterThan(0);
		expect(await notes()).not.toContain('省略');
	});
});

describe('words, not characters: precision for the words the word splitter cut apart', () => {
	// Cut into single characters (党建 → 党|建), these matched every page with the characters
	// anywhere: 联建 said 23 results for 1 page holding it, 未检 66 for 6.
	test.each([
		'党建',
		'联建',
		'共建',
		'未检',
		'听证',
		'信访',
		'讨薪',
		'帮教',
		'控申',
		'廉政',
		'普法',
	])(
		'%s: every result of the first ten holds it, and the count is the pages holding it',
		async (q) => {
			const expected = site.holding(q);
			const shown = await searchFor(site.page, q);
			expect(shown.urls.length).toBeGreaterThan(0);
			const precision = shown.urls.filter((u) => expected.includes(u)).length / shown.urls.length;
			expect(precision, shown.urls.join(' ')).toBe(1);
			expect(shown.count).toBe(expected.length);
		},
	);

	test('a page holding the word inside a longer one is found: 信访人 holds 信访', async () => {
		const within = [...site.texts].filter(([, t]) => t.includes('信访人')).map(([u]) => u);
		expect(within.length).toBeGreaterThan(0);
		await searchFor(site.page, '信访');
		const all = [];
		for (;;) {
			all.push(
				...(await site.page.$$eval('#search-results h3 a', (as) =>
					as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
				)),
			);
			if (await site.page.isHidden('#search-more')) break;
			await site.page.click('#search-more');
		}
		expect(all).toEqual(expect.arrayContaining(within));
	});
});

/** The practices tagged with a topic, as their pages. */
const practicesOf = (topicId: string) =>
	of('practices')
		.filter((p) => p.data.topics.includes(topicId))
		.map((p) => practice(p.id));

describe('questions find the topic, then its practices', () => {
	test.each([
		['怎么开展司法救助', 'sifa-jiuzhu'],
		['如何做好司法救助', 'sifa-jiuzhu'],
		['怎样开展检察听证', 'jiancha-tingzheng'],
		['农民工讨薪怎么办', 'nongmingong-taoxin'],
		['有哪些公益诉讼的做法', 'gongyi-susong'],
	])('%s: the topic first, then its practices, all in the first ten', async (q, id) => {
		const urls = await search(q);
		expect(urls[0]).toBe(topic(id));
		const practices = practicesOf(id);
		expect(practices.length).toBeGreaterThan(1);
		expect(urls.slice(1, 1 + practices.length).sort()).toEqual([...practices].sort());
		expect(await notes()).toContain('省略了');
	});

	test('a topic’s other name leads with it too: 未检 → 未成年人检察', async () => {
		const urls = await search('未检');
		expect(urls[0]).toBe(topic('weichengnianren'));
		const practices = practicesOf('weichengnianren');
		expect(urls.slice(1, 10).every((u) => practices.includes(u))).toBe(true);
	});
});

describe('abbreviations and synonyms from content/search.yaml expand the query', () => {
	test.each<[string, string[], Record<string, string[]>?]>([
		['未检', [topic('weichengnianren')]],
		// The brand says only 未成年人检察; unfiltered, the topic 未检 names and its practices
		// fill the first page before it (they lead), so it is looked for among the brands.
		['未检', [brand('chuancheng-baiduren')], { type: ['品牌'] }],
		['控申', [topic('konggao-shensu')]],
		['被拖欠工资', [topic('nongmingong-taoxin'), practice('chuanying-nongmingong')]],
		['追讨欠薪', [practice('huzhu-nongmingong-taoxin'), practice('hekou-nongmingong-taoxin')]],
	])('%s %o', async (q, expected, filters = {}) => {
		expect(await search(q, filters)).toEqual(expect.arrayContaining(expected));
		expect(await notes()).toContain('同时搜索了同义词和缩略语');
	});

	test('expanding never replaces: 农民工讨薪 still finds everything it found alone', async () => {
		const urls = await search('农民工讨薪');
		for (const u of [topic('nongmingong-taoxin'), practice('huzhu-nongmingong-taoxin')])
			expect(urls).toContain(u);
	});

	test('公诉 is not 公益诉讼', async () => {
		const urls = await search('公诉');
		expect(urls).not.toContain(topic('gongyi-susong'));
		expect(await notes()).not.toContain('公益诉讼');
	});
});

describe('when nothing matches', () => {
	test('the closest site terms and topics, and what search tolerates', async () => {
		// Both are site terms, but no page holds both.
		expect(await search('心桥讨薪')).toEqual([]);
		const help = (await site.page.textContent('#search-help')) ?? '';
		expect(help).toContain('拼音');
		expect(help).toContain('繁体');
		const links = await site.page.$$eval('#search-help a', (as) =>
			as.map((a) =>
				decodeURIComponent(
					new URL((a as HTMLAnchorElement).href).pathname +
						new URL((a as HTMLAnchorElement).href).search,
				),
			),
		);
		expect(links).toEqual(
			expect.arrayContaining([topic('nongmingong-taoxin'), '/topics/', '/search/?q=讨薪']),
		);
		expect(await site.page.isVisible('[data-fewer-filters]')).toBe(false);
	});
});

describe('results that read well', () => {
	/** The excerpts shown, with the page each belongs to. */
	const excerpts = () =>
		site.page.$$eval('#search-results > li', (lis) =>
			lis.map((li) => ({
				url: new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname,
				title: li.querySelector('h3')!.textContent ?? '',
				// A page with no prose of its own (a 院) has no excerpt.
				text: li.querySelector('p:last-child')?.textContent ?? '',
			})),
		);

	test.each(['双导师制', '司法救助', '检察听证', '支持起诉'])(
		'%s: practice excerpts are cut from the body text, at the start of a sentence',
		async (q) => {
			await search(q);
			const practices = (await excerpts()).filter((e) => e.url.startsWith('/practices/'));
			expect(practices.length).toBeGreaterThan(0);
			for (const e of practices) {
				const body = await site.page.evaluate(async (url) => {
					const html = await (await fetch(url)).text();
					const doc = new DOMParser().parseFromString(html, 'text/html');
					return [...doc.querySelectorAll('.prose')].map((p) => p.textContent).join('');
				}, e.url);
				const squeeze = (s: string) => s.replace(/\s+/g, '');
				const text = squeeze(e.text.replace(/…/g, ''));
				expect(squeeze(body), `${e.url}: ${e.text}`).toContain(text);
				if (!e.text.startsWith('…')) {
					const before = squeeze(body).slice(0, squeeze(body).indexOf(text)).at(-1);
					expect(before === undefined || /[。！？；]/.test(before), `${e.url}: ${e.text}`).toBe(
						true,
					);
				}
			}
		},
	);

	test('whole words are marked, never a single character', async () => {
		for (const q of ['未成年人', '司法救助', '检察听证']) {
			await search(q);
			const marks = await site.page.$$eval('#search-results mark', (els) =>
				els.map((e) => e.textContent ?? ''),
			);
			expect(marks.length).toBeGreaterThan(0);
			for (const m of marks) expect([...m].length, m).toBeGreaterThan(1);
		}
	});

	test('type, brand and procuratorate are labels; the 院’s own work has no brand', async () => {
		const labelsOf = (href: string) =>
			site.page.$$eval(`#search-results > li:has(h3 a[href^="${href}"]) .result-labels li`, (els) =>
				els.map((e) => e.textContent),
			);
		await search('党建+公益诉讼');
		expect(await labelsOf(practice('huzhu-dangjian-gongyi'))).toEqual([
			'类型：做法',
			'品牌：土乡丹心 检如磐石',
			'检察院：互助县人民检察院',
		]);
		await search('司法救助融入巩固拓展脱贫攻坚成果');
		expect(await labelsOf(practice('huzhu-sifa-jiuzhu'))).toEqual([
			'类型：做法',
			'检察院：互助县人民检察院',
		]);
	});

	test('facet counts for the query show before any box is ticked, and ticking keeps them', async () => {
		const counts = () =>
			site.page.$$eval('[data-count^="type:"]', (els) =>
				els.map((e) => `${e.getAttribute('data-count')}${e.textContent}`),
			);
		await search('司法救助');
		const before = await counts();
		expect(before).toContain('type:做法（5）');
		expect(before.some((c) => /（[1-9]\d*）$/.test(c) && c.startsWith('type:主题'))).toBe(true);
		await search('司法救助', { type: ['做法'] });
		expect(await counts()).toEqual(before);
	});

	test('active filters are chips that remove them', async () => {
		await search('救助', { topic: ['司法救助'], type: ['做法'] });
		const chip = site.page.getByRole('button', { name: '取消筛选：主题“司法救助”' });
		await chip.click();
		await searchDone(site.page);
		expect(await site.page.isChecked('input[name=topic][value=司法救助]')).toBe(false);
		expect(new URL(site.page.url()).searchParams.getAll('topic')).toEqual([]);
		expect(new URL(site.page.url()).searchParams.getAll('type')).toEqual(['做法']);
	});
});

describe('the search page’s layout and accessibility', () => {
	test.each([
		[1440, true],
		[390, false],
	])('at %i px the filters are beside the results, open: %s', async (width, beside) => {
		const context = await site.browser.newContext({ viewport: { width, height: 900 } });
		const p = await context.newPage();
		// A ticked filter: on a phone the filters stay folded, the chips say what is ticked.
		await p.goto(
			`${site.url}/search/?q=${encodeURIComponent('司法救助')}&type=${encodeURIComponent('做法')}`,
		);
		await searchDone(p);
		const filters = (await p.locator('#search-filters').boundingBox())!;
		const results = (await p.locator('#search-results').boundingBox())!;
		expect(filters.x + filters.width <= results.x).toBe(beside);
		expect(await p.isVisible('input[name=type][value=做法]')).toBe(beside);
		expect(await p.isVisible('#search-filters summary')).toBe(!beside);
		expect(await p.isVisible('#search-chips')).toBe(true);
		await context.close();
	});

	test.each([
		['results, filtered', '?q=司法救助&type=做法'],
		['a corrected query', '?q=检查听证'],
		['no results', '?q=心桥讨薪'],
	])('no axe violations with %s', async (_label, query) => {
		await site.page.goto(`${site.url}/search/${query}`);
		await searchDone(site.page);
		expect(await axeViolations(site.page)).toEqual([]);
	});

	test('without JavaScript it is a plain GET form, filters included', async () => {
		const context = await site.browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 },
		});
		const p = await context.newPage();
		await p.goto(`${site.url}/search/`);
		await p.fill('#search-q', '司法救助');
		await p.click('#search-filters summary');
		await p.check('input[name=type][value=做法]');
		await Promise.all([p.waitForURL(/q=/), p.press('#search-q', 'Enter')]);
		const url = new URL(p.url());
		expect(url.pathname).toBe('/search/');
		expect(url.searchParams.get('q')).toBe('司法救助');
		expect(url.searchParams.getAll('type')).toEqual(['做法']);
		await context.close();
	});
});
