/**
 * The site's address. A local build (no SITE_URL) must not publish a wrong absolute address: no
 * `localhost` anywhere, and what needs an absolute address (canonical links, og:url/og:image,
 * the feed, the sitemap) is left out. A deployment build (SITE_URL set) has all of it, absolute
 * and correct. Also the share images, the feed and the structured data, which depend on it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { qrSvg } from '../../src/lib/site/qr.ts';
import { feedLimit } from '../../src/lib/site/feeds.ts';
import { describe, expect, test } from 'vitest';
import { htmlFiles, siteFiles } from '../../src/lib/build/site-files.ts';
import { pathOf } from '../support/links.ts';
import { deployDist, deployed, root, textOf } from '../support/site.ts';

const dist = join(root, 'dist');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const count = (dir: string) =>
	readdirSync(join(root, 'content', dir)).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).length;

describe('a local build, without SITE_URL', () => {
	test('has no localhost, nor any other made-up host, in any file it wrote', () => {
		const text = siteFiles(dist, (name) => /\.(html|xml|txt|json|css|js|webmanifest)$/.test(name), [
			'pagefind',
		]);
		expect(text.length).toBeGreaterThan(100);
		expect(text.filter((f) => /localhost|127\.0\.0\.1|example\.org/.test(read(dist, f)))).toEqual(
			[],
		);
	});

	test('leaves out what needs an absolute address, rather than print a wrong one', () => {
		const home = read(dist, 'index.html');
		for (const tag of [
			'rel="canonical"',
			'property="og:url"',
			'property="og:image"',
			'type="application/rss+xml"',
			'rel="sitemap"',
		])
			expect(home).not.toContain(tag);
		expect(existsSync(join(dist, 'rss.xml'))).toBe(false);
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
		expect(read(dist, 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
	});

	test('a printed 学习卡 prints no address it does not know, nor any note for developers, and 编辑此页 names the file', () => {
		const card = read(dist, 'practices/hekou-shuang-daoshi/card/index.html');
		const text = textOf(card);
		expect(text).toContain('“1+1”双导师制');
		expect(text).not.toContain('SITE_URL');
		expect(text).not.toContain('/practices/hekou-shuang-daoshi/');
		expect(card).not.toContain('class="qr"');
		expect(textOf(read(dist, 'practices/hekou-shuang-daoshi/index.html'))).toContain(
			'编辑此页：修改仓库中的 content/practices/hekou-shuang-daoshi.md',
		);
	});
});

describe('a deployment build, with SITE_URL', () => {
	const pages = htmlFiles(deployDist);

	test('every page but the 404 has its canonical address and og:url on the site’s host', () => {
		expect(pages.length).toBeGreaterThan(100);
		for (const file of pages.filter((f) => f !== '404.html')) {
			const html = read(deployDist, file);
			const canonical = `${deployed.url}${pathOf(file)}`;
			expect(html, file).toContain(`<link rel="canonical" href="${canonical}">`);
			expect(html, file).toContain(`<meta property="og:url" content="${canonical}">`);
		}
		expect(read(deployDist, '404.html')).not.toContain('rel="canonical"');
	});

	test('every og:image is an absolute address of a 1200×630 PNG that exists and is not blank', async () => {
		const checked = new Set<string>();
		for (const file of pages) {
			const url = /<meta property="og:image" content="([^"]+)"/.exec(read(deployDist, file))?.[1];
			expect(url, file).toMatch(new RegExp(`^${deployed.url}/og/.+\\.png$`));
			checked.add(new URL(url!).pathname);
		}
		for (const path of checked) {
			const png = join(deployDist, path);
			const meta = await sharp(png).metadata();
			expect([meta.format, meta.width, meta.height], path).toEqual(['png', 1200, 630]);
			// The title area holds dark pixels: the text was drawn.
			const { channels } = await sharp(png)
				.extract({ left: 80, top: 180, width: 700, height: 200 })
				.stats();
			expect(channels[0]!.min, path).toBeLessThan(80);
		}
	});

	test('there is a share image for every brand, practice, case and topic', () => {
		const images = (dir: string) => readdirSync(join(deployDist, 'og', dir)).length;
		for (const dir of ['brands', 'practices', 'cases', 'topics', 'procuratorates'])
			expect(images(dir), dir).toBe(count(dir));
	});

	test('the sitemap lists every page but the 404, the print-only 学习卡, topics’ other orderings and pairs, and robots.txt names it', () => {
		expect(read(deployDist, 'sitemap-index.xml')).toContain(
			`<loc>${deployed.url}/sitemap-0.xml</loc>`,
		);
		const locs = [...read(deployDist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => m[1],
		);
		const expected = pages
			.filter(
				(f) =>
					f !== '404.html' &&
					!f.endsWith('/card/index.html') &&
					!/^topics\/(?:[^/]+\/sort|compare)\//.test(f),
			)
			.map((f) => `${deployed.url}${pathOf(f)}`);
		expect(locs.sort()).toEqual(expected.sort());
		expect(read(deployDist, 'robots.txt')).toBe(
			`User-agent: *\nAllow: /\n\nSitemap: ${deployed.url}/sitemap-index.xml\n`,
		);
	});

	test('rss.xml lists the newest practices and cases with absolute links, and every page links to it', () => {
		const xml = read(deployDist, 'rss.xml');
		expect((xml.match(/<item>/g) ?? []).length).toBe(
			Math.min(feedLimit, count('practices') + count('cases')),
		);
		expect(xml).toMatch(new RegExp(`<link>${deployed.url}/(practices|cases)/[a-z0-9-]+/</link>`));
		expect(read(deployDist, 'index.html')).toContain(
			'<link rel="alternate" type="application/rss+xml"',
		);
	});

	test('a printed 学习卡 gives the page’s real address and its QR code, and 编辑此页 links to the forge', async () => {
		const card = read(deployDist, 'practices/hekou-shuang-daoshi/card/index.html');
		expect(textOf(card)).toContain(`网页版：${deployed.url}/practices/hekou-shuang-daoshi/`);
		expect(textOf(card)).not.toContain('SITE_URL');
		// The QR code is the one for the practice page's real address.
		expect(card).toContain(await qrSvg(`${deployed.url}/practices/hekou-shuang-daoshi/`));
		expect(read(deployDist, 'practices/hekou-shuang-daoshi/index.html')).toContain(
			`<a href="${deployed.editUrl}content/practices/hekou-shuang-daoshi.md" class="no-print">编辑此页</a>`,
		);
	});

	test('JSON-LD parses and describes the page, with absolute addresses', () => {
		const ld = (p: string) =>
			JSON.parse(
				/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(read(deployDist, p))![1]!,
			);
		expect(ld('practices/pengan-dangjian-qingdan/index.html')).toMatchObject({
			'@type': 'Article',
			headline: '党建清单工作法',
			url: `${deployed.url}/practices/pengan-dangjian-qingdan/`,
			about: { name: '蓬安县人民检察院' },
		});
		expect(ld('brands/zhengyi-xianfeng/index.html')).toMatchObject({
			'@type': 'GovernmentOrganization',
			name: '东营市河口区人民检察院',
			brand: {
				'@type': 'Brand',
				name: '崇德尚法、正义先锋',
				url: `${deployed.url}/brands/zhengyi-xianfeng/`,
			},
		});
		expect(ld('procuratorates/jilin-chuanying/index.html')).toMatchObject({
			'@type': 'GovernmentOrganization',
			name: '吉林省吉林市船营区检察院',
		});
		// The articles' bylines are people, not bare strings.
		expect(ld('practices/hekou-shuang-daoshi/index.html').isBasedOn[0].author).toMatchObject({
			'@type': 'Person',
		});
	});
});
