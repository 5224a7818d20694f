/**
 * The articles' archives (`content/sources/*.txt`) are kept for checking, not publishing: the
 * site shows its own words and short quotations, never an article's text. This reads every text
 * file of the built site for a long run of any archive, and shows the gate failing on a small
 * built site that carries one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { collectionFormats } from '../../src/schemas/collections.ts';
import { tempTree } from '../support/fixture.ts';
import { root } from '../support/site.ts';

/**
 * Characters in a row that count as publishing an archive, counting Han characters and Chinese
 * punctuation only: markup, whitespace, addresses and dates (facts the pages cite) are left
 * out. A verbatim quotation may run to several sentences (王玉兰's words on the 服务党建 story are
 * over 60 with their punctuation); 120 clears every quotation a story could make, while a page
 * or file that carried an article would repeat runs of hundreds.
 */
const RUN = 120;

/** The Han characters and Chinese punctuation of `text`, in order, markup removed. */
const han = (text: string) =>
	(
		text.replace(/<[^>]+>/g, '').match(/[\p{Script=Han}\u3000-\u303f\uff01-\uff1f“”‘’…—·]+/gu) ?? []
	).join('');

const TEXT_FILE = /\.(html|xml|txt|json|js|mjs|css|svg|md|webmanifest)$/;

/** Every run of `RUN` Han characters of the archives in `dir`. */
function archiveRuns(dir: string): Map<string, string> {
	const runs = new Map<string, string>();
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
		const text = han(readFileSync(join(dir, name), 'utf8'));
		for (let i = 0; i + RUN <= text.length; i++) runs.set(text.slice(i, i + RUN), name);
	}
	return runs;
}

/** Files of the built site `dist` that repeat a run of an archive, with the archive they repeat. */
function leaks(dist: string, runs: Map<string, string>): Array<{ file: string; archive: string }> {
	const found: Array<{ file: string; archive: string }> = [];
	for (const file of siteFiles(dist, (name) => TEXT_FILE.test(name))) {
		const text = han(readFileSync(join(dist, file), 'utf8'));
		for (let i = 0; i + RUN <= text.length; i++) {
			const archive = runs.get(text.slice(i, i + RUN));
			if (archive) {
				found.push({ file, archive });
				break;
			}
		}
	}
	return found;
}

describe('the articles’ archives', () => {
	const sources = join(root, 'content', 'sources');

	test('are there to check against: one per source, beside it', () => {
		expect(readdirSync(sources).filter((n) => n.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
		// The sources collection reads only YAML, so Astro never loads an archive as an entry.
		expect(collectionFormats.sources).toEqual(['yaml', 'yml']);
	});

	test('no file of the built site repeats a long run of any archive', () => {
		expect(leaks(join(root, 'dist'), archiveRuns(sources))).toEqual([]);
	});

	test('fails on a page that shows an article and on a copied archive file', () => {
		const article = [
			'近年来，某院始终坚持以人民为中心，把党建与业务深度融合，推动检察工作高质量发展，取得了明显成效，',
			'得到了群众的广泛好评和上级的充分肯定，干警常年奔走在田间地头，倾听群众呼声，化解矛盾纠纷。',
			'院里建立了一整套制度，定期研究部署，层层压实责任，确保各项工作落到实处，群众满意度持续提升，',
			'多项工作受到表彰，成为当地一张亮丽的名片，也为兄弟单位提供了可以借鉴的经验和做法。',
		].join('');
		const archives = tempTree({ 'a.txt': article });
		const dist = tempTree({
			'index.html': `<!DOCTYPE html><html lang="zh-CN"><body><p>${article.slice(0, 60)}</p><p>${article.slice(60)}</p></body></html>`,
			'a.txt': article,
			// A long verbatim quotation is not a leak.
			'ok/index.html': `<p>“${article.slice(0, 100)}”</p>`,
		});
		expect(leaks(dist, archiveRuns(archives))).toEqual([
			{ file: 'a.txt', archive: 'a.txt' },
			{ file: 'index.html', archive: 'a.txt' },
		]);
	});
});
