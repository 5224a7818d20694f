/**
 * What the build keeps between runs besides Astro's pages and Pagefind's shards
 * (src/lib/build/memo.ts): a kept value is used only under the key that made it; the keys see
 * every change of what they cover; the content check keeps passes only, so a broken file is
 * reported on every build; the output folder is cleared by moving it aside.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearOutputIntegration } from '../../src/integrations/clear-output.ts';
import { contentCheckIntegration } from '../../src/integrations/content-check.ts';
import { codeKey, hashTree, Memo, moduleSource } from '../../src/lib/build/memo.ts';
import { searchData, siteDictionary } from '../../src/lib/search-build/search-data.ts';
import { tempTree } from '../support/fixture.ts';
import { root } from '../support/site.ts';

let cache: string;
beforeEach(() => {
	cache = tempTree({});
	vi.stubEnv('SITE_CACHE_DIR', cache);
});
afterEach(() => {
	vi.unstubAllEnvs();
});

const treeKey = (dir: string, contents = true) =>
	hashTree(createHash('sha256'), dir, contents).digest('hex');

describe('a memo', () => {
	test('makes a value once per key, and keeps only the latest key', () => {
		const make = vi.fn(() => ({ words: ['司法救助'] }));
		const memo = new Memo('test');
		expect(memo.through('k1', make)).toEqual({ words: ['司法救助'] });
		// A new process reading the same folder: the kept value, not made again.
		expect(new Memo('test').through('k1', make)).toEqual({ words: ['司法救助'] });
		expect(make).toHaveBeenCalledTimes(1);
		new Memo('test').through('k2', () => 2);
		expect(new Memo('test').get('k1')).toBeUndefined();
		expect(readdirSync(join(cache, 'memo', 'test'))).toEqual(['k2.json']);
	});

	test('a kept file that cannot be read is made again', () => {
		mkdirSync(join(cache, 'memo', 'test'), { recursive: true });
		writeFileSync(join(cache, 'memo', 'test', 'k.json'), '{"half":');
		expect(new Memo('test').through('k', () => 'again')).toBe('again');
	});
});

describe('the keys', () => {
	test('a module’s source is hashed with every project module it imports, followed through them', () => {
		const dir = tempTree({
			'a.ts': "import { b } from './b.ts';\nexport const a = b;",
			'b.ts': "export { c as b } from './sub/c.ts';",
			'sub/c.ts': 'export const c = 1;',
		});
		const entry = pathToFileURL(join(dir, 'a.ts'));
		const before = moduleSource(entry);
		writeFileSync(join(dir, 'sub/c.ts'), 'export const c = 2;');
		expect(moduleSource(entry)).not.toBe(before);
	});

	test('a tree’s key sees a changed byte, a new file, a renamed file and a link’s target', () => {
		const dir = tempTree({ 'a.md': '一', 'sub/b.yaml': 'x: 1' });
		const base = treeKey(dir);
		expect(treeKey(dir)).toBe(base);
		writeFileSync(join(dir, 'a.md'), '二');
		const edited = treeKey(dir);
		expect(edited).not.toBe(base);
		writeFileSync(join(dir, 'sub/c.txt'), '');
		const added = treeKey(dir);
		expect(added).not.toBe(edited);
		symlinkSync('a.md', join(dir, 'link'));
		const linked = treeKey(dir);
		expect(linked).not.toBe(added);
		const other = tempTree({ 'a.md': '二', 'sub/b.yaml': 'x: 1', 'sub/c.txt': '' });
		symlinkSync('sub/c.txt', join(other, 'link'));
		expect(treeKey(other)).not.toBe(linked);
	});

	test('a tree’s key without contents sees names, not bytes', () => {
		const dir = tempTree({ 'img.png': 'a' });
		const base = treeKey(dir, false);
		writeFileSync(join(dir, 'img.png'), 'b');
		expect(treeKey(dir, false)).toBe(base);
		writeFileSync(join(dir, 'other.png'), 'b');
		expect(treeKey(dir, false)).not.toBe(base);
	});

	test('the code key follows the entry module’s imports and the installed packages', () => {
		const dir = tempTree({
			'src/a.ts': "import { b } from './b.ts';\nexport const a = b;",
			'src/b.ts': 'export const b = 1;',
			'node_modules/.package-lock.json': '{"packages":{}}',
		});
		const key = () => codeKey([join(dir, 'src/a.ts')], dir);
		const base = key();
		writeFileSync(join(dir, 'src/b.ts'), 'export const b = 2;');
		const changed = key();
		expect(changed).not.toBe(base);
		writeFileSync(join(dir, 'node_modules/.package-lock.json'), '{"packages":{"x":{}}}');
		expect(key()).not.toBe(changed);
	});
});

describe('the search vocabulary with the last build’s words', () => {
	test('is the vocabulary made from scratch, whatever the words were read from', () => {
		const entries = [
			{
				collection: 'practices',
				data: { title: '司法救助' },
				body: '开展国家司法救助，帮助困难群众。',
			},
			{ collection: 'practices', data: { title: '公益诉讼' }, body: '检察公益诉讼守护绿水青山。' },
		];
		const table = { synonyms: [], distinct: [], fillers: [], words: [] };
		const fresh = searchData(entries, table, []);
		const kept = new Map<string, string[]>();
		// First as a cold build (every text cut and kept), then as a rebuild reading them back.
		const cold = searchData(entries, table, [], [], (text, cut) => {
			const words = cut(text);
			kept.set(text, words);
			return words;
		});
		const cut = vi.fn((text: string) => [text]);
		// A build also passes the dictionary it made for headings (siteWords), made once.
		const warm = searchData(
			entries,
			table,
			[],
			[],
			(text) => kept.get(text) ?? cut(text),
			siteDictionary(entries, table, []),
		);
		expect(cold).toEqual(fresh);
		expect(warm).toEqual(fresh);
		expect(cut).not.toHaveBeenCalled();
	});
});

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
/** Runs an integration's config hook as `astro build` would, for the project at `dir`. */
async function setUp(integration: AstroIntegration, dir: string): Promise<void> {
	const hook = integration.hooks['astro:config:setup'] as SetupHook;
	const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
	await hook({
		config: {
			root: pathToFileURL(`${dir}/`),
			outDir: pathToFileURL(join(dir, 'dist/')),
			cacheDir: pathToFileURL(`${cache}/`),
		},
		command: 'build',
		logger,
		updateConfig: vi.fn(),
		addDevToolbarApp: vi.fn(),
	} as unknown as Parameters<SetupHook>[0]);
}

describe('the content check before a build', () => {
	test('keeps a pass, never a failure, and checks again after any change', async () => {
		const dir = tempTree({}, { content: join(root, 'content') });
		vi.stubEnv('SITE_CONTENT_DIR', join(dir, 'content'));
		const kept = () =>
			existsSync(join(cache, 'memo', 'content-check'))
				? readdirSync(join(cache, 'memo', 'content-check'))
				: [];
		await setUp(contentCheckIntegration(), dir);
		const passed = kept();
		expect(passed).toHaveLength(1);
		// A broken file fails the build on every run, however often the tree passed before.
		const practice = readdirSync(join(dir, 'content', 'practices')).sort()[0]!;
		writeFileSync(join(dir, 'content', 'practices', practice), 'no frontmatter\n');
		await expect(setUp(contentCheckIntegration(), dir)).rejects.toThrow(/构建已停止/);
		await expect(setUp(contentCheckIntegration(), dir)).rejects.toThrow(/构建已停止/);
		expect(kept()).toEqual(passed);
	}, 60_000);
});

describe('clearing the output folder', () => {
	test('moves the last build aside and deletes it in the background', async () => {
		const dir = tempTree({ 'dist/index.html': '<p>旧</p>', 'dist/a/b.html.gz': 'x' });
		await setUp(clearOutputIntegration(), dir);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
		// The deletion runs on in its own process: wait for it, however busy the machine.
		await vi.waitFor(
			() => {
				const trash = join(cache, 'trash');
				expect(existsSync(trash) ? readdirSync(trash) : []).toEqual([]);
			},
			{ timeout: 60_000, interval: 100 },
		);
	}, 90_000);

	test('leaves a folder holding .git to Astro, which keeps it', async () => {
		const dir = tempTree({ 'dist/index.html': '<p>旧</p>', 'dist/.git/HEAD': 'ref' });
		await setUp(clearOutputIntegration(), dir);
		expect(existsSync(join(dir, 'dist', '.git', 'HEAD'))).toBe(true);
		expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true);
	});
});
