/**
 * The browser sweep's plan: every page at least once, every template in every width and mode,
 * and no run whose length grows with the site.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	modes,
	planSweep,
	runsOf,
	templateFor,
	templateOf,
	templatesOf,
} from '../support/sweep.ts';

const templates = templatesOf(join(process.cwd(), 'src/pages'));
const fileFor = (path: string) => templateFor(path, templates)?.file;

describe('templates of built paths', () => {
	test('each path is matched to the route Astro renders it from', () => {
		expect(fileFor('/')).toBe('index.astro');
		expect(fileFor('/brands/xinqiao/')).toBe('brands/[id].astro');
		expect(fileFor('/brands/')).toBe('brands/[...page].astro');
		expect(fileFor('/brands/page/2/')).toBe('brands/[...page].astro');
		expect(fileFor('/practices/hekou-shuang-daoshi/card/')).toBe('practices/[id]/card.astro');
		expect(fileFor('/practices/topic/sifa-jiuzhu/')).toBe(
			'practices/[filter]/[value]/[...page].astro',
		);
		expect(fileFor('/practices/topic/sifa-jiuzhu/page/2/')).toBe(
			'practices/[filter]/[value]/[...page].astro',
		);
		expect(fileFor('/topics/')).toBe('topics/index.astro');
		expect(fileFor('/topics/sifa-jiuzhu/sort/procuratorate/')).toBe('topics/[id]/[...page].astro');
		expect(fileFor('/guide/')).toBe('guide/index.astro');
	});

	test('a static segment wins over a parameter, a parameter over a rest parameter', () => {
		const ts = ['a/[id].astro', 'a/new.astro', 'a/[...rest].astro'].map(templateOf);
		expect(templateFor('/a/new/', ts)?.file).toBe('a/new.astro');
		expect(templateFor('/a/x/', ts)?.file).toBe('a/[id].astro');
		expect(templateFor('/a/x/y/', ts)?.file).toBe('a/[...rest].astro');
		expect(templateFor('/b/', ts)).toBeUndefined();
	});
});

describe('the sweep', () => {
	const pages = Array.from({ length: 1000 }, (_, i) =>
		i % 3 === 0 ? `/brands/b${i}/` : i % 3 === 1 ? `/practices/p${i}/` : `/practices/p${i}/card/`,
	);
	const runs = planSweep(['/', ...pages], templates, 25);
	const visits = runs.flatMap((r) => r.visits);

	test('visits every page at least once', () => {
		const seen = new Set(visits.map((v) => v.path));
		expect(['/', ...pages].filter((p) => !seen.has(p))).toEqual([]);
	});

	test('shows each template in every width and mode', () => {
		for (const file of ['index.astro', 'brands/[id].astro', 'practices/[id]/card.astro']) {
			const seen = visits.filter((v) => fileFor(v.path) === file).map((v) => v.mode.name);
			expect(new Set(seen)).toEqual(new Set(modes.map((m) => m.name)));
		}
		expect(new Set(modes.map((m) => m.width))).toEqual(new Set([320, 390, 1440]));
	});

	test('a run stays in one mode, so one browser page serves it, and nothing is visited twice', () => {
		for (const run of runs)
			expect(new Set(run.visits.map((v) => v.mode.name))).toEqual(new Set([run.mode.name]));
		const keys = visits.map((v) => `${v.mode.name} ${v.path}`);
		expect(keys.length).toBe(new Set(keys).size);
	});

	test('no run grows with the site', () => {
		expect(Math.max(...runs.map((r) => r.visits.length))).toBe(25);
		const bigger = planSweep(
			Array.from({ length: 45_000 }, (_, i) => `/practices/p${i}/`),
			templates,
			25,
		);
		expect(Math.max(...bigger.map((r) => r.visits.length))).toBe(25);
	});
});

describe('runs of any whole-site check', () => {
	test('hold every item once, in order, none longer than its size, each named by its items', () => {
		const items = Array.from({ length: 53 }, (_, i) => i);
		const runs = runsOf(items, 25);
		expect(runs.map((r) => r.items.length)).toEqual([25, 25, 3]);
		expect(runs.flatMap((r) => r.items)).toEqual(items);
		expect(runs.map((r) => r.label)).toEqual(['1–25 of 53', '26–50 of 53', '51–53 of 53']);
		expect(runsOf([], 25)).toEqual([]);
	});
});
