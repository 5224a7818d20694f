import { describe, expect, test } from 'vitest';
import { markLetter } from '../../src/lib/share-image/emblem.ts';
import { textOutline } from '../../src/lib/share-image/glyphs.ts';
import { shareSvg } from '../../src/lib/share-image/card.ts';
import { footerFromEnv } from '../../src/site.config.ts';

describe('share image text', () => {
	test('draws Chinese, digits and punctuation as outlines from the packaged font', () => {
		const svg = textOutline('心桥“12309”，检察为民', 60, 0, 60, '#000');
		expect(svg.length).toBeGreaterThan(1000);
		expect(svg).toMatch(/^<g fill="#000"><path transform="translate\(0\.0 60\)" d="M/);
	});

	test('fails, naming the character, rather than drawing a blank box', () => {
		expect(() => textOutline('心\u{E000}', 60, 0, 60, '#000')).toThrow(
			'字体中没有“\u{E000}”(U+E000) 的字形',
		);
	});

	test('a card has no <text>: every letter is an outline, so no system font is needed', () => {
		const svg = shareSvg({
			kind: '品牌',
			title: '土乡丹心 检如磐石',
			owner: '互助县人民检察院',
			colour: '#9d2b2b',
			seal: '土乡丹心',
		});
		expect(svg).not.toContain('<text');
		// The kind line, the title, the owner and the mark's letter, each a group of glyphs.
		expect((svg.match(/<g fill=/g) ?? []).length).toBe(4);
		expect((svg.match(/<path transform=/g) ?? []).length).toBeGreaterThan(20);
	});
});

describe('brand marks', () => {
	test('show the name’s first letter, skipping quotation marks', () => {
		expect(markLetter('心桥')).toBe('心');
		expect(markLetter('船城·摆渡人')).toBe('船');
		expect(markLetter('融+')).toBe('融');
		expect(markLetter('“融+”')).toBe('融');
	});

	test('are type on a square tile, never a ring that could pass for an official seal', () => {
		const svg = shareSvg({
			kind: '品牌',
			title: '心桥',
			owner: '某院',
			colour: '#b3261e',
			seal: '心桥',
		});
		expect(svg).not.toContain('<circle');
	});
});

describe('footer settings', () => {
	test('show only what is set: nothing is invented', () => {
		expect(footerFromEnv({})).toEqual({});
		expect(footerFromEnv({ SITE_ICP: ' 京ICP备00000000号 ', SITE_CONTACT: '' })).toEqual({
			icp: '京ICP备00000000号',
		});
	});
});
