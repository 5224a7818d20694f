/**
 * Following the site, in the deployment build (SITE_URL set): every feed is well-formed RSS 2.0
 * that a feed parser reads, names its own address and holds the newest entries of its topic or
 * procuratorate; the sitemap dates entry pages by git; JSON-LD says what search engines ask of
 * practice, case and home pages, with bylines typed.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { feedLimit } from '../../src/lib/site/feeds.ts';
import { readGitDates } from '../../src/lib/site/git-dates.ts';
import { of } from '../support/content.ts';
import { deployDist, deployed, root } from '../support/site.ts';

const read = (file: string) => readFileSync(join(deployDist, file), 'utf8');

/** A feed read strictly (well-formed XML, RSS 2.0's required elements) and by a feed parser. */
function feed(path: string) {
	const xml = read(path);
	// Throws with the line and column of the first fault.
	expect(() => SyntaxValidator.validate(xml), path).not.toThrow();
	expect(xml, path).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
	const parsed = parseFeed(xml);
	expect(parsed.meta, path).toEqual({ type: 'rss', version: '2.0' });
	expect(parsed.self, path).toBe(`${deployed.url}/${path}`);
	expect(parsed.title && parsed.description && parsed.url, path).toBeTruthy();
	expect(parsed.language, path).toBe('zh-CN');
	for (const item of parsed.items) {
		expect(item.title, path).toBeTruthy();
		expect(item.url, path).toMatch(new RegExp(`^${deployed.url}/(practices|cases)/[a-z0-9-]+/$`));
		expect(item.id, path).toBe(item.url);
		expect(item.published, `${path} ${item.url}`).toBeInstanceOf(Date);
	}
	return parsed;
}

const ids = (items: Array<{ url: string | null }>) =>
	items.map((i) => new URL(i.url!).pathname.split('/').slice(1, 3).join('/')).sort();
const entries = [...of('practices'), ...of('cases')];
const key = (e: (typeof entries)[number]) => `${e.collection}/${e.id}`;

describe('feeds', () => {
	test('the site’s holds the newest feedLimit practices and cases, newest first', () => {
		const parsed = feed('rss.xml');
		expect(parsed.items).toHaveLength(Math.min(feedLimit, entries.length));
		const dates = parsed.items.map((i) => i.published!.getTime());
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
	});

	test('each topic’s validates and holds exactly its practices and cases', () => {
		for (const t of of('topics')) {
			const parsed = feed(`topics/${t.id}/rss.xml`);
			expect(ids(parsed.items), t.id).toEqual(
				entries
					.filter((e) => e.data.topics.includes(t.id))
					.map(key)
					.sort(),
			);
			expect(parsed.title).toBe(`检察党建品牌：“${t.data.name}”的做法与案例`);
		}
	});

	test('each procuratorate’s validates and holds its own, branded or not', () => {
		for (const o of of('procuratorates')) {
			const parsed = feed(`procuratorates/${o.id}/rss.xml`);
			const own = entries.filter((e) => e.data.procuratorate === o.id).map(key);
			expect(own.length, o.id).toBeLessThanOrEqual(feedLimit);
			expect(ids(parsed.items), o.id).toEqual(own.sort());
		}
	});

	test('topic and procuratorate pages announce their own feed and link to it', () => {
		for (const [dir, id] of [
			['topics', 'sifa-jiuzhu'],
			['procuratorates', 'haidong-huzhu'],
		]) {
			const html = read(`${dir}/${id}/index.html`);
			expect(html).toMatch(
				new RegExp(
					`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="/${dir}/${id}/rss.xml">`,
				),
			);
			expect(html).toContain(`<a href="/${dir}/${id}/rss.xml" type="application/rss+xml">`);
		}
	});
});

describe('the sitemap', () => {
	const withPages = new Set(['brands', 'practices', 'cases', 'topics', 'procuratorates']);

	test('dates every entry page by its file’s last commit, and nothing else', () => {
		const xml = read('sitemap-0.xml');
		const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)];
		const dated = new Map(urls.filter((u) => u[2]).map((u) => [u[1]!, u[2]!]));
		// Files of the past (renamed, removed) are in the history too: only today's have pages.
		const expected = new Map(
			[...readGitDates(root)]
				.filter(([file]) => existsSync(join(root, file)))
				.map(([file, date]) => [/^content\/(\w+)\/([a-z0-9-]+)\.\w+$/.exec(file), date] as const)
				.filter(([m]) => m && withPages.has(m[1]!))
				.map(([m, date]) => [`${deployed.url}/${m![1]}/${m![2]}/`, `${date}T00:00:00.000Z`]),
		);
		expect(expected.size).toBeGreaterThan(100);
		expect(Object.fromEntries(dated)).toEqual(Object.fromEntries(expected));
	});
});

describe('JSON-LD', () => {
	const ld = (file: string) =>
		JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(read(file))![1]!);

	test('practice and case pages: image, publisher and the page they are the main entity of', () => {
		for (const file of [
			'practices/huzhu-sifa-jiuzhu/index.html',
			'cases/pengan-jiabao-qiche/index.html',
		]) {
			const url = `${deployed.url}/${file.replace('index.html', '')}`;
			expect(ld(file), file).toMatchObject({
				'@type': 'Article',
				image: expect.stringMatching(new RegExp(`^${deployed.url}/og/.+\\.png$`)),
				mainEntityOfPage: { '@type': 'WebPage', '@id': url },
				publisher: { '@type': 'Organization', name: '检察党建品牌', url: deployed.url },
			});
		}
	});

	test('bylines are what they are: a 党支部 an Organization, a 检察长 a Person with a jobTitle', () => {
		expect(ld('practices/xinqiao-song-falv/index.html').isBasedOn[0].author).toEqual({
			'@type': 'Organization',
			name: '上海市人民检察院第一分院第七检察部党支部',
		});
		expect(ld('practices/chuanying-tingzheng/index.html').isBasedOn[0].author).toEqual({
			'@type': 'Person',
			name: '吴尽',
			jobTitle: '党组书记、检察长',
			worksFor: { '@type': 'Organization', name: '吉林省吉林市船营区检察院' },
		});
	});

	test('the home page: the WebSite, searchable, and its publisher', () => {
		const graph = ld('index.html')['@graph'];
		expect(graph.map((n: { '@type': string }) => n['@type'])).toEqual(['WebSite', 'Organization']);
		expect(graph[0].potentialAction.target.urlTemplate).toBe(
			`${deployed.url}/search/?q={search_term_string}`,
		);
	});
});
