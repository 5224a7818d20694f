/**
 * The sections search excerpts skip (src/lib/search/sections.ts) are named in one place: pages
 * and components write those ids from the list, never by hand, and the list names nothing that
 * no page writes (a pattern for ids that no longer exist skips nothing and misleads the reader).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteFiles } from '../../src/lib/build/site-files.ts';
import { isNotBody, notBody } from '../../src/lib/search/sections.ts';
import { root } from '../support/site.ts';

/** Where page markup and its section ids are written. */
const writers = ['src/pages', 'src/components', 'src/layouts', 'src/lib/site'].flatMap((dir) =>
	siteFiles(join(root, dir), (n) => /\.(astro|ts|mdx)$/.test(n)).map((f) => join(dir, f)),
);
const text = (file: string) => readFileSync(join(root, file), 'utf8');

/**
 * The skipped ids typed as literals where an id is written: `id="…"`, `aria-labelledby="…"`,
 * `href="#…"`, an `id: '…'` property or `id = '…'` default, `idPrefix="…"`, and any template
 * literal that starts a numbered id (`pillar-${i}`).
 */
function handTypedIds(source: string): string[] {
	const found: string[] = [];
	for (const m of source.matchAll(
		/\b(?:id|aria-labelledby)\s*[=:]\s*\{?\s*(['"`])([^'"`$]*)\1|href=(['"])#([^'"]*)\3/g,
	))
		if (isNotBody(m[2] ?? m[4]!)) found.push(m[2] ?? m[4]!);
	for (const m of source.matchAll(/\bidPrefix\s*=\s*\{?\s*(['"`])([^'"`]*)\1/g))
		if (Object.values<string>(notBody.prefix).includes(m[2]!)) found.push(m[2]!);
	for (const m of source.matchAll(/`([\w-]+-)\$\{/g)) if (isNotBody(`${m[1]}0`)) found.push(m[1]!);
	return found;
}

describe('the sections excerpts skip', () => {
	test('are the listed ids and the listed prefixes’ numbered ids; everything else is body', () => {
		for (const id of Object.values(notBody.id)) expect(isNotBody(id)).toBe(true);
		expect(isNotBody('pillar-0')).toBe(true);
		expect(isNotBody('h-haidong-huzhu')).toBe(true);
		// Body: a brand's story, a practice's parts, a case's parts, a heading from the text.
		for (const id of ['story', 'story-1', 'what', 'results', 'background', '支部是怎么做的'])
			expect(isNotBody(id)).toBe(false);
		// A bare prefix, a longer word sharing its start, and the topic pages' old runs (`o-…`).
		for (const id of ['pillar', 'pillar-', 'h', 'hekou-biaozhunhua-shidian', 'o-haidong-huzhu'])
			expect(isNotBody(id)).toBe(false);
	});

	test('no page or component types one of their ids by hand: they write them from the list', () => {
		const typed = writers.flatMap((f) => handTypedIds(text(f)).map((id) => `${f}: ${id}`));
		expect(typed).toEqual([]);
	});

	test('every id and prefix on the list is written by some page or component', () => {
		const all = writers.map(text).join('\n');
		const unwritten = [
			...Object.keys(notBody.id).map((k) => `notBody.id.${k}`),
			...Object.keys(notBody.prefix).map((k) => `notBody.prefix.${k}`),
		].filter((use) => !new RegExp(`${use.replace(/\./g, '\\.')}\\b`).test(all));
		expect(unwritten).toEqual([]);
	});

	test('the check can fail: ids typed by hand are found, ids from the list are not', () => {
		expect(
			handTypedIds(`<section aria-labelledby="figures"><h2 id="figures">
				<a href="#named">…</a> idPrefix="pillar" id={\`pillar-\${i}\`}
				{ id: 'cases', label } const { id = 'sources' } = Astro.props;`),
		).toEqual(['figures', 'figures', 'named', 'cases', 'sources', 'pillar', 'pillar-']);
		expect(
			handTypedIds(`<h2 id={notBody.id.figures}> idPrefix={notBody.prefix.pillar}
				<h2 id="story"> <h2 id="what"> idPrefix="m" id={\`related-\${i}\`} id={\`owner-\${o}\`}`),
		).toEqual([]);
	});
});
