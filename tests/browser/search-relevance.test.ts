/**
 * Search relevance in real Chromium against the built index, through the search page exactly as
 * a visitor uses it. Guards against Pagefind upgrades that change Chinese segmentation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist } from '../../scripts/lib/serve.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** The pages (without #anchor) of the first results for a query and filters, in order. */
async function search(q: string, filters: Record<string, string[]> = {}): Promise<string[]> {
	const params = new URLSearchParams({ q });
	for (const [k, vs] of Object.entries(filters)) for (const v of vs) params.append(k, v);
	await page.goto(`${server.url}/search/?${params}`);
	await page.waitForSelector('#search-results[data-state=done]', { state: 'attached' });
	return page.$$eval('#search-results h3 a', (as) =>
		as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}

const brand = (id: string) => `/brands/${id}/`;
const practice = (id: string) => `/practices/${id}/`;
const topic = (id: string) => `/topics/${id}/`;
const owner = (id: string) => `/procuratorates/${id}/`;

describe('a brand’s name puts the brand’s own page first', () => {
	test.each([
		['心桥', 'xinqiao'],
		['正义先锋', 'zhengyi-xianfeng'],
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

describe('traditional characters and pinyin', () => {
	test.each([
		['心橋', 'xinqiao'],
		['正義先鋒', 'zhengyi-xianfeng'],
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
	test('titles and excerpts show no spaces between Chinese words (the index holds them split)', async () => {
		await search('司法救助');
		const texts = await page.$$eval('#search-results li :is(h3, p:last-child)', (els) =>
			els.map((e) => e.textContent ?? ''),
		);
		expect(texts.length).toBeGreaterThan(2);
		for (const t of texts) expect(t, t).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
		const marks = await page.$$eval('#search-results mark', (els) => els.map((e) => e.textContent));
		expect(marks).toContain('司法');
	});
});

describe('filters', () => {
	test('a type filter keeps only that type', async () => {
		await search('司法救助', { type: ['做法'] });
		const types = await page.$$eval('#search-results .tag', (els) => els.map((e) => e.textContent));
		expect(types.length).toBeGreaterThan(2);
		expect(new Set(types)).toEqual(new Set(['做法']));
	});

	test('browsing by brand with no query lists that brand’s pages', async () => {
		const urls = await search('', { brand: ['心桥'] });
		expect(urls[0]).toBe(brand('xinqiao'));
		// Brands first, topics last: the types come in the browsing order, never back and forth.
		const types = await page.$$eval('#search-results .tag', (els) =>
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
		const url = new URL(page.url());
		expect(url.searchParams.get('q')).toBe('救助');
		expect(url.searchParams.getAll('topic')).toEqual(['司法救助']);
		expect(await page.isChecked('input[name=topic][value=司法救助]')).toBe(true);
	});
});
