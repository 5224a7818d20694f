/**
 * JSON-LD (`structured-data.ts`): the articles' bylines typed as what they are, the practice and
 * case pages' Article with what search engines ask of it, the home page's WebSite and
 * Organization.
 */
import { describe, expect, test } from 'vitest';
import { article, byline, homeGraph } from '../../src/lib/site/structured-data.ts';

describe('a byline', () => {
	test('the five articles’: a 党支部 is an Organization, a name a Person with its post and unit', () => {
		expect(byline('上海市人民检察院第一分院第七检察部党支部')).toEqual({
			'@type': 'Organization',
			name: '上海市人民检察院第一分院第七检察部党支部',
		});
		expect(byline('吉林省吉林市船营区检察院党组书记、检察长 吴尽')).toEqual({
			'@type': 'Person',
			name: '吴尽',
			jobTitle: '党组书记、检察长',
			worksFor: { '@type': 'Organization', name: '吉林省吉林市船营区检察院' },
		});
		expect(byline('办公室 房文龙')).toEqual({
			'@type': 'Person',
			name: '房文龙',
			worksFor: { '@type': 'Organization', name: '办公室' },
		});
		expect(byline('兰桂萍')).toEqual({ '@type': 'Person', name: '兰桂萍' });
	});

	test('a post with no unit is the jobTitle alone', () => {
		expect(byline('检察长 吴尽')).toEqual({ '@type': 'Person', name: '吴尽', jobTitle: '检察长' });
	});
});

const source = { seedFile: 'a.txt', corrections: [], archiveFixes: [] };

describe('a practice or case page’s Article', () => {
	const ld = article({
		title: '做法',
		summary: '一句话。',
		url: 'https://dangjian.example.org/practices/x/',
		image: 'https://dangjian.example.org/og/practices/x.png',
		owner: '某县人民检察院',
		updated: '2026-11-22',
		sources: [{ ...source, title: '甲文', author: '检察长 吴尽', publisher: '最高人民检察院' }],
		publisher: { name: '检察党建品牌', url: 'https://dangjian.example.org' },
	});

	test('has its image, its publisher and the page it is the main entity of', () => {
		expect(ld).toMatchObject({
			'@type': 'Article',
			image: 'https://dangjian.example.org/og/practices/x.png',
			mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://dangjian.example.org/practices/x/' },
			publisher: {
				'@type': 'Organization',
				'@id': 'https://dangjian.example.org#publisher',
				name: '检察党建品牌',
			},
			dateModified: '2026-11-22',
		});
		expect(ld.isBasedOn).toEqual([
			{
				'@type': 'CreativeWork',
				name: '甲文',
				author: { '@type': 'Person', name: '吴尽', jobTitle: '检察长' },
				publisher: { '@type': 'Organization', name: '最高人民检察院' },
			},
		]);
	});

	test('an article’s own date is its datePublished; a repost’s date (one with a note) is not', () => {
		const based = (dated: object) =>
			article({
				title: '做法',
				summary: '一句话。',
				url: undefined,
				image: undefined,
				owner: '某县人民检察院',
				sources: [{ ...source, title: '甲文', ...dated }],
				publisher: { name: '检察党建品牌', url: undefined },
			}).isBasedOn;
		expect(based({ date: '2021-08-30' })).toEqual([
			{ '@type': 'CreativeWork', name: '甲文', datePublished: '2021-08-30' },
		]);
		expect(based({ date: '2024-08-22', dateNote: '转载网站标注的日期' })).toEqual([
			{ '@type': 'CreativeWork', name: '甲文' },
		]);
	});

	test('without an address, says no address at all rather than a relative one', () => {
		const local = article({
			title: '做法',
			summary: '一句话。',
			url: undefined,
			image: undefined,
			owner: '某县人民检察院',
			sources: [],
			publisher: { name: '检察党建品牌', url: undefined },
		});
		expect(JSON.stringify(local)).not.toMatch(/url|image|mainEntityOfPage|@id/);
	});
});

describe('the home page', () => {
	test('a WebSite searchable at /search/ and its publisher, one graph', () => {
		const graph = homeGraph({
			name: '检察党建品牌',
			description: '说明。',
			publisher: { name: '某市人民检察院', url: 'https://dangjian.example.org' },
			searchPath: '/search/',
		});
		expect(graph).toMatchObject({
			'@context': 'https://schema.org',
			'@graph': [
				{
					'@type': 'WebSite',
					url: 'https://dangjian.example.org',
					publisher: { '@id': 'https://dangjian.example.org#publisher' },
					potentialAction: {
						'@type': 'SearchAction',
						target: {
							urlTemplate: 'https://dangjian.example.org/search/?q={search_term_string}',
						},
					},
				},
				{
					'@type': 'Organization',
					'@id': 'https://dangjian.example.org#publisher',
					name: '某市人民检察院',
				},
			],
		});
	});

	test('without an address there is nothing to describe', () => {
		expect(
			homeGraph({
				name: '检察党建品牌',
				description: '说明。',
				publisher: { name: '检察党建品牌', url: undefined },
				searchPath: '/search/',
			}),
		).toBeUndefined();
	});
});
