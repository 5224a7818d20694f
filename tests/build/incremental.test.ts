/**
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page from the last build
 * when its `cacheKey` (src/lib/site/cache-key.ts) and its code are unchanged. Here a copy of the
 * real content is built cold, one practice's body is edited and the site rebuilt with the same
 * cache: only the pages that show that practice may be rendered again, and the result must be
 * the very same files, byte for byte, as a cold build of the edited content.
 *
 * Which pages were rendered: a page copied from the cache keeps the time its copy was written in
 * the first build (Astro sets it), so a page written during the rebuild was rendered by it.
 * Only `astro build` runs: the search index and precompression come after it and read its output.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempTree } from '../support/fixture.ts';
import { root } from '../support/site.ts';

const work = tempTree({}, { content: join(root, 'content') });
const content = join(work, 'content');

/** `astro build` of the copied content into `out`, with its caches in `cache`. */
function build(out: string, cache: string): void {
	const run = spawnSync(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--silent'],
		{
			cwd: root,
			env: {
				...process.env,
				SITE_CONTENT_DIR: content,
				SITE_OUT_DIR: join(work, out),
				SITE_CACHE_DIR: join(work, cache),
			},
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	if (run.status !== 0)
		throw new Error(`astro build failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
}

/** Every file of a built site, by path, with what it holds. */
function files(dir: string): Map<string, Buffer> {
	return new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.map((d) => {
				const path = join(d.parentPath, d.name);
				return [path.slice(dir.length + 1), readFileSync(path)] as const;
			}),
	);
}

/** The pages (by output file) Astro may copy from its cache: those given a `cacheKey`. */
function keyedPages(cache: string): Set<string> {
	const manifest = JSON.parse(
		readFileSync(join(work, cache, 'incremental-build.json'), 'utf8'),
	) as {
		routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
	};
	return new Set(
		Object.values(manifest.routes).flatMap((r) => Object.values(r.paths).map((p) => p.outputFile)),
	);
}

// The first practice in file order: a page of its own, a 学习卡, and others that list it.
const practice = readdirSync(join(content, 'practices'))
	.sort()[0]!
	.replace(/\.mdx?$/, '');
const file = join(
	content,
	'practices',
	readdirSync(join(content, 'practices')).find((n) => n.startsWith(`${practice}.`))!,
);
const href = `/practices/${practice}/`;
const owner = /^procuratorate: (\S+)$/m.exec(readFileSync(file, 'utf8'))![1]!;
const ownerBrands = readdirSync(join(content, 'brands'))
	.filter((n) =>
		new RegExp(`^procuratorate: ${owner}$`, 'm').test(
			readFileSync(join(content, 'brands', n), 'utf8'),
		),
	)
	.map((n) => n.replace(/\.mdx?$/, ''));

let cold: Map<string, Buffer>;
let rebuilt: Map<string, Buffer>;
let fresh: Map<string, Buffer>;
let rendered: Set<string>;
let keyed: Set<string>;

beforeAll(() => {
	build('dist-1', 'cache');
	cold = files(join(work, 'dist-1'));
	writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n这一段是测试加上的。\n`);
	const started = Date.now();
	build('dist-2', 'cache');
	rebuilt = files(join(work, 'dist-2'));
	rendered = new Set(
		[...rebuilt.keys()].filter((f) => statSync(join(work, 'dist-2', f)).mtimeMs >= started),
	);
	keyed = keyedPages('cache');
	build('dist-3', 'cache-fresh');
	fresh = files(join(work, 'dist-3'));
}, 600_000);

describe('a rebuild after editing one practice', () => {
	test('equals a cold build of the edited content, file for file and byte for byte', () => {
		expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
		const differ = [...fresh]
			.filter(([f, bytes]) => !rebuilt.get(f)?.equals(bytes))
			.map(([f]) => f);
		expect(differ).toEqual([]);
		// The edit shows: this is not two copies of the first build.
		expect(rebuilt.get(`practices/${practice}/index.html`)?.toString()).toContain(
			'这一段是测试加上的。',
		);
	});

	test('renders again only the pages that may show the practice, and copies the rest', () => {
		// Pages that may show it: its own page and 学习卡, every page that links to it, and the
		// pages of its 院's brands, whose stories may name any practice of the 院.
		const mayShow = new Set([
			`practices/${practice}/index.html`,
			`practices/${practice}/card/index.html`,
			...ownerBrands.map((b) => `brands/${b}/index.html`),
		]);
		for (const site of [cold, fresh])
			for (const [f, bytes] of site)
				if (f.endsWith('.html') && bytes.toString().includes(`href="${href}"`)) mayShow.add(f);
		const renderedKeyed = [...rendered].filter((f) => keyed.has(f));
		expect(renderedKeyed.filter((f) => !mayShow.has(f))).toEqual([]);
		expect(renderedKeyed).toContain(`practices/${practice}/index.html`);
		expect(renderedKeyed).toContain(`practices/${practice}/card/index.html`);
		// The rest of what has a key was copied: here well over nine pages in ten.
		expect(renderedKeyed.length).toBeLessThan(keyed.size / 10);
	});
});
