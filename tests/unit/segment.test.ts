import { afterEach, describe, expect, test, vi } from 'vitest';
import { joinWords, segmentHtml, segmentQuery } from '../../src/lib/search/segment.ts';

describe('search segmentation', () => {
	test('splits Chinese into words and leaves numbers and pinyin whole', () => {
		expect(segmentQuery('司法救助')).toBe('司法 救助');
		expect(segmentQuery('12309检察服务 xinqiao')).toBe('12309 检察 服务 xinqiao');
	});

	test('segments the text of the body and the keywords meta, never tags, attributes or entities', () => {
		const html =
			'<html><head><title>司法救助</title><meta name="pagefind-meta-keywords" content="正义先锋 zhengyixianfeng"></head><body><nav>首页</nav><div data-pagefind-body><h1 class="x" title="司法救助">司法救助&amp;公益诉讼</h1></div></body></html>';
		const out = segmentHtml(html).replace(/ {2,}/g, ' ');
		expect(out).toContain('<title>司法救助</title>');
		expect(out).toContain('content="正义 先锋 zhengyixianfeng"');
		expect(out).toContain('<h1 class="x" title="司法救助"> 司法 救助 &amp; 公益 诉讼 </h1>');
		expect(out).toContain('<nav>首页</nav>');
		expect(segmentHtml('<body><p>司法救助</p></body>')).toBe('<body><p>司法救助</p></body>');
	});

	test('joining for display restores the text, marks included, and keeps spaces between Latin words', () => {
		expect(joinWords(' 司法 救助 ， 帮助 “ 困难 ” 群众 。')).toBe('司法救助，帮助“困难”群众。');
		expect(joinWords('开展 <mark>司法</mark> <mark>救助</mark> 工作')).toBe(
			'开展<mark>司法</mark><mark>救助</mark>工作',
		);
		expect(joinWords('12309 mobile app')).toBe('12309 mobile app');
		expect(joinWords('心桥. 品牌')).toBe('心桥. 品牌');
		expect(joinWords('共 4 个 检察院 有 12 项')).toBe('共 4 个检察院有 12 项');
	});

	describe('where the browser has no Intl.Segmenter', () => {
		afterEach(() => {
			vi.unstubAllGlobals();
			vi.resetModules();
		});

		test('search still works: Chinese is cut into two-character words, made only when first needed', async () => {
			vi.resetModules();
			vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
			const fresh = await import('../../src/lib/search/segment.ts');
			expect(fresh.segmentQuery('司法救助')).toBe('司法 救助');
			expect(fresh.segmentQuery('检察听证会 12309')).toBe('检察 听证 会 12309');
		});
	});
});
