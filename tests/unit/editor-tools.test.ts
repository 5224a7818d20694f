/**
 * The editors' command-line tools, run as editors run them: `check:content` reports and changes
 * nothing, `new` writes a template that passes the checks and never overwrites, `normalize`
 * cleans pasted text and never rewrites its input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findPinyinAnnotations, findTraditional } from '../../src/lib/text/chinese.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readGitDates } from '../../src/lib/site/git-dates.ts';
import { normalizeText } from '../../src/lib/editor/normalize.ts';
import { tempTree } from '../support/fixture.ts';
import { root } from '../support/site.ts';
import { of } from '../support/content.ts';
import { colourDistance, DISTINCT } from '../../src/schemas/brand-palette.ts';
import { colours } from '../../src/styles/tokens.ts';

/** Ids of every entry that belongs to another procuratorate than `own` (brands, practices, cases, honours, sources). */
function otherIds(own: string): string[] {
	const owned = (['brands', 'practices', 'cases', 'honours'] as const).flatMap((c) =>
		of(c)
			.filter((e) => e.data.procuratorate !== own)
			.map((e) => e.id),
	);
	const procuratorates = of('procuratorates')
		.filter((p) => p.id !== own)
		.map((p) => p.id);
	const ownSources = new Set(of('procuratorates').find((p) => p.id === own)?.data.sources);
	const sources = of('sources')
		.map((s) => s.id)
		.filter((id) => !ownSources.has(id));
	return [...owned, ...procuratorates, ...sources];
}

/** A copy of the real content in a temporary project folder. */
const project = (): string => tempTree({}, { content: join(root, 'content') });

function run(script: string, args: string[], cwd: string) {
	const r = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
		cwd,
		encoding: 'utf8',
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under a folder with its contents, to prove a tool changed nothing. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else out[p] = readFileSync(p, 'utf8');
		}
	};
	walk(dir);
	return out;
}

describe('npm run check:content', () => {
	test('passes on the real content and says so', () => {
		const r = run('check-content.ts', [], root);
		expect(r.code).toBe(0);
		expect(r.out).toContain('内容检查通过');
	});

	test('fails with every problem listed, and leaves the files exactly as they were', () => {
		const dir = project();
		const file = join(dir, 'content/practices/hekou-dangxing-jiaoyu-jidi.md');
		writeFileSync(
			file,
			readFileSync(file, 'utf8')
				.replace('brand: zhengyi-xianfeng', 'brand: zhengyixianfeng')
				.replace('topics: [dangyuan-jiaoyu,', 'topics: [dangyuan,'),
		);
		const before = snapshot(join(dir, 'content'));
		const r = run('check-content.ts', [], dir);
		expect(r.code).toBe(1);
		expect(r.err).toContain('内容检查发现 2 个问题 (content check found 2 problems)');
		expect(r.err).toContain(
			'✗ content/practices/hekou-dangxing-jiaoyu-jidi.md:3（第 3 行） 字段 (field) brand\n  问题：引用的品牌“zhengyixianfeng”不存在，是不是 zhengyi-xianfeng？',
		);
		expect(r.err).toContain(
			'✗ content/practices/hekou-dangxing-jiaoyu-jidi.md:6（第 6 行） 字段 (field) topics.0\n  问题：引用的主题“dangyuan”不存在，是不是 dangyuan-jiaoyu？',
		);
		expect(snapshot(join(dir, 'content'))).toEqual(before);
	});
});

/** One editor's own ids: 河口区's procuratorate, brand and article. */
const hekou = [
	'--procuratorate',
	'dongying-hekou',
	'--brand',
	'zhengyi-xianfeng',
	'--source',
	'hekou-zhengyi-xianfeng',
];

describe('npm run new', () => {
	/**
	 * A new entry is reported where the editor still has to write: a field to be copied word for
	 * word from the article (the placeholder is not in it), and the sample text of fields and
	 * paragraphs in the editor's own words (it would be published as it stands). A new brand or
	 * procuratorate is also not yet among those its article is about (`sources.0`): the editor
	 * adds it to the source's `about`, as the message says. Nothing else is reported.
	 */
	const body = '正文 (body)';
	test.each([
		['practices', ['title', 'summary', body]],
		['cases', ['title', 'summary', 'background']],
		['topics', ['name', 'description']],
		['brands', ['name', 'sources.0', 'summary', body, body]],
		['honours', ['title', 'recipient']],
		['procuratorates', ['name', 'sources.0']],
	])(
		'a new %s entry is reported only where the editor has still to write: %j',
		(collection, fields) => {
			const dir = project();
			const r = run('new.ts', [collection, 'xin-tiaomu', ...hekou], dir);
			expect(r.code).toBe(0);
			expect(
				readdirSync(join(dir, 'content', collection)).some((f) => f.startsWith('xin-tiaomu.')),
			).toBe(true);
			const problems = checkContent(dir);
			expect(problems.map((p) => p.field).sort()).toEqual([...fields].sort());
			for (const p of problems) {
				expect(p.file).toBe(
					`content/${collection}/xin-tiaomu.${{ brands: 'mdx', practices: 'md' }[collection] ?? 'yaml'}`,
				);
				if (p.field === 'sources.0') expect(p.fix).toContain('about.');
				else if (p.message.includes('示例文字')) expect(p.fix).toContain('自己写');
				else expect(p.message).toContain('须与原文一字不差');
			}
		},
	);

	test('fills in only the editor’s own ids, never another 院’s', () => {
		const dir = project();
		const huzhu = ['--procuratorate', 'haidong-huzhu', '--source', 'huzhu-tuxiang-danxin'];
		for (const c of ['practices', 'cases', 'honours', 'brands'])
			expect(run('new.ts', [c, 'xin-tiaomu', ...huzhu], dir).code).toBe(0);
		const written = ['practices/xin-tiaomu.md', 'cases/xin-tiaomu.yaml', 'honours/xin-tiaomu.yaml']
			.map((f) => readFileSync(join(dir, 'content', f), 'utf8'))
			.concat(readFileSync(join(dir, 'content/brands/xin-tiaomu.mdx'), 'utf8'));
		const others = otherIds('haidong-huzhu');
		expect(others.length).toBeGreaterThan(20);
		for (const text of written) {
			expect(text).toContain('procuratorate: haidong-huzhu');
			expect(text).toContain('sources: [huzhu-tuxiang-danxin]');
			for (const id of others) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
		}
	});

	test('without the editor’s procuratorate, and no terminal to ask in, it says which flag to give and writes nothing', () => {
		const dir = project();
		const before = snapshot(dir);
		const r = run('new.ts', ['practices', 'xin-tiaomu'], dir);
		expect(r.code).toBe(1);
		expect(r.err).toContain('请加上 --procuratorate <文件名>');
		expect(snapshot(dir)).toEqual(before);
	});

	test('remembers the editor’s ids from one entry to the next, outside content/', () => {
		const dir = project();
		writeFileSync(join(dir, 'content/sources/xin-wenzhang.txt'), '文章全文\n');
		expect(run('new.ts', ['sources', 'xin-wenzhang'], dir).code).toBe(0);
		expect(run('new.ts', ['procuratorates', 'xin-yuan'], dir).code).toBe(0);
		expect(run('new.ts', ['brands', 'xin-pinpai'], dir).code).toBe(0);
		expect(run('new.ts', ['practices', 'xin-zuofa'], dir).code).toBe(0);
		const read = (f: string) => readFileSync(join(dir, 'content', f), 'utf8');
		expect(read('procuratorates/xin-yuan.yaml')).toContain('sources: [xin-wenzhang]');
		expect(read('brands/xin-pinpai.mdx')).toContain('procuratorate: xin-yuan');
		expect(read('practices/xin-zuofa.md')).toMatch(
			/brand: xin-pinpai[\s\S]*procuratorate: xin-yuan[\s\S]*sources: \[xin-wenzhang\]/,
		);
		expect(JSON.parse(readFileSync(join(dir, '.cache/editor.json'), 'utf8'))).toEqual({
			procuratorate: 'xin-yuan',
			brand: 'xin-pinpai',
			source: 'xin-wenzhang',
		});
		// A brand named on the command line brings its own 院, and is remembered with it.
		expect(run('new.ts', ['practices', 'xin-zuofa-2', '--brand', 'xinqiao'], dir).code).toBe(0);
		expect(read('practices/xin-zuofa-2.md')).toContain('procuratorate: shanghai-yifenyuan');
	});

	test('a new source is made beside the archive the guide asks for first', () => {
		const dir = project();
		writeFileSync(join(dir, 'content/sources/xin-wenzhang.txt'), '文章全文\n');
		const r = run('new.ts', ['sources', 'xin-wenzhang'], dir);
		expect(r.err).toBe('');
		const written = readFileSync(join(dir, 'content/sources/xin-wenzhang.yaml'), 'utf8');
		expect(written).toContain('seedFile: xin-wenzhang.txt');
		// A new 院 has no file yet, so the source comes first with its list left for the editor.
		expect(written).toMatch(/^ {2}procuratorates: \[\]/m);
		expect(written).not.toContain('undefined');
	});

	test('a new brand’s colour is legible and clearly apart from every brand’s and the site’s red', () => {
		const dir = project();
		expect(run('new.ts', ['brands', 'xin-pinpai', ...hekou], dir).code).toBe(0);
		const accent = /accent: "(#[0-9a-f]{6})"/.exec(
			readFileSync(join(dir, 'content/brands/xin-pinpai.mdx'), 'utf8'),
		)?.[1];
		expect(accent).toBeDefined();
		for (const other of [...of('brands').map((b) => b.data.accent), colours.accent])
			expect(colourDistance(accent!, other)).toBeGreaterThanOrEqual(DISTINCT);
		expect(checkContent(dir).filter((p) => p.field === 'accent')).toEqual([]);
	});

	test('a mistyped id is refused with the one meant, and a brand of another 院 with its owner', () => {
		const dir = project();
		expect(
			run('new.ts', ['practices', 'x', '--procuratorate', 'dongying-hekuo'], dir).err,
		).toContain('content/procuratorates/ 中没有 dongying-hekuo，是不是 dongying-hekou？');
		expect(
			run(
				'new.ts',
				['practices', 'x', '--procuratorate', 'dongying-hekou', '--brand', 'xinqiao'],
				dir,
			).err,
		).toContain('品牌 xinqiao 属于 shanghai-yifenyuan，不属于 dongying-hekou');
	});

	test('refuses to overwrite an existing entry, and leaves it alone', () => {
		const dir = project();
		const file = join(dir, 'content/practices/hekou-shuang-daoshi.md');
		const before = readFileSync(file, 'utf8');
		const r = run('new.ts', ['practices', 'hekou-shuang-daoshi'], dir);
		expect(r.code).toBe(1);
		expect(r.err).toContain(
			'content/practices/hekou-shuang-daoshi.md 已存在，不会覆盖 (already exists; not overwritten)',
		);
		expect(readFileSync(file, 'utf8')).toBe(before);
	});

	test('refuses a non-ASCII file name and an unknown collection', () => {
		const dir = project();
		expect(run('new.ts', ['practices', '新做法'], dir).err).toContain(
			'文件名只能用小写字母、数字和连字符',
		);
		expect(run('new.ts', ['articles', 'x'], dir).err).toContain('没有名为 articles 的集合');
	});

	test('refuses names and collections that would reach outside content/, and writes nothing anywhere', () => {
		// The project sits one level down, so a file written through `..` would land in `outer`.
		const outer = tempTree({}, { 'project/content': join(root, 'content') });
		const dir = join(outer, 'project');
		const before = snapshot(outer);
		for (const slug of [
			'..',
			'../x',
			'../../x',
			'a/b',
			'/tmp/x',
			'x/..',
			'.',
			'x\\y',
			'x\n',
			'-x',
			'x--y',
			'X',
		]) {
			const r = run('new.ts', ['practices', slug], dir);
			expect(r.code, slug).toBe(1);
			expect(r.err, slug).toContain(
				`文件名只能用小写字母、数字和连字符，如 hekou-xin-zuofa (lower-case ASCII, digits, hyphens): ${slug}`,
			);
		}
		for (const collection of [
			'../x',
			'..',
			'../..',
			'practices/..',
			'practices/../brands',
			'/tmp',
			'content/practices',
		]) {
			const r = run('new.ts', [collection, 'xin-tiaomu'], dir);
			expect(r.code, collection).toBe(1);
			expect(r.err, collection).toContain(`没有名为 ${collection} 的集合 (no such collection)`);
		}
		expect(snapshot(outer)).toEqual(before);
	});
});

describe('npm run normalize', () => {
	const pasted = readFileSync(join(root, 'tests/fixtures/pasted-traditional-pinyin.txt'), 'utf8');

	test('the fixture really is traditional text with pinyin annotations', () => {
		expect(findPinyinAnnotations(pasted).length).toBeGreaterThan(5);
		expect(findTraditional(pasted).length).toBeGreaterThan(10);
	});

	test('the checker reports every annotation the normalizer removes, several syllables included', () => {
		const text = '領(lǐng)導（dǎo） 業務(yè wù)';
		expect(findPinyinAnnotations(text)).toEqual(['(lǐng)', '（dǎo）', '(yè wù)']);
		expect(findPinyinAnnotations(normalizeText(text))).toEqual([]);
	});

	test('cases fuzzing found: punctuation runs, full-width pinyin, nested annotations, two-step characters, invisible characters', () => {
		expect(normalizeText('党::')).toBe('党：：\n');
		expect(normalizeText('"党",')).toBe('“党”，\n');
		expect(normalizeText('党.\t:')).toBe('党。：\n');
		expect(normalizeText('（ｌǐｎｇ）領')).toBe('领\n');
		expect(normalizeText('(l(ǐ)ǐ)')).toBe('\n');
		expect(normalizeText('薴')).toBe('苎\n');
		expect(normalizeText('心\u200B桥\u202E')).toBe('心桥\n');
	});

	test('leaves no traditional characters and no annotations', () => {
		const clean = normalizeText(pasted);
		expect(findPinyinAnnotations(clean)).toEqual([]);
		expect(findTraditional(clean)).toEqual([]);
		expect(clean).toContain('党建引领架起检察为民“心桥”');
		expect(clean).toContain('来源：上海检察');
	});

	test('puts punctuation and spacing into Chinese conventions', () => {
		expect(
			normalizeText('今年是五周年,聚焦民生:做实检察为民;对吗?是的! 见 (附件) 与 "心桥" .'),
		).toBe('今年是五周年，聚焦民生：做实检察为民；对吗？是的！见（附件）与“心桥”。\n');
		expect(normalizeText('办理案件１２件')).toBe('办理案件12件\n');
		expect(normalizeText('检察 工作　现代化')).toBe('检察工作现代化\n');
	});

	test('prints to stdout and never rewrites its input', () => {
		const dir = tempTree();
		const input = join(dir, 'in.txt');
		writeFileSync(input, pasted);
		const r = run('normalize.ts', [input], dir);
		expect(r.code).toBe(0);
		expect(r.out).toBe(normalizeText(pasted));
		expect(readFileSync(input, 'utf8')).toBe(pasted);
	});

	test('--out writes a new file, and refuses the input or an existing file', () => {
		const dir = tempTree();
		const input = join(dir, 'in.txt');
		writeFileSync(input, pasted);
		expect(run('normalize.ts', [input, '--out', join(dir, 'out.txt')], dir).code).toBe(0);
		expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(normalizeText(pasted));
		expect(run('normalize.ts', [input, '--out', input], dir).err).toContain('不会改写原文件');
		expect(run('normalize.ts', [input, '--out', join(dir, 'out.txt')], dir).err).toContain(
			'已存在，不会覆盖',
		);
		expect(readFileSync(input, 'utf8')).toBe(pasted);
		expect(existsSync(join(dir, 'out.txt'))).toBe(true);
	});
});

describe('update dates from git history', () => {
	/** A repository whose site lives in `site/`, committed at the given times (UTC). */
	function repo(): string {
		const dir = tempTree({
			'site/content/practices/a.md': 'a\n',
			'site/content/practices/例子.md': 'b\n',
			'other/content/x.md': 'x\n',
		});
		const git = (args: string[], date?: string) =>
			spawnSync('git', args, {
				cwd: dir,
				env: {
					...process.env,
					GIT_AUTHOR_NAME: 't',
					GIT_AUTHOR_EMAIL: 't@t',
					GIT_COMMITTER_NAME: 't',
					GIT_COMMITTER_EMAIL: 't@t',
					...(date && { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date }),
				},
			});
		git(['init', '-q']);
		git(['add', '.']);
		git(['commit', '-qm', 'first'], '2026-10-01T09:00:00+00:00');
		writeFileSync(join(dir, 'site/content/practices/a.md'), 'a2\n');
		git(['commit', '-qam', 'second'], '2026-11-21T20:30:00+00:00');
		return join(dir, 'site');
	}

	test('take the newest commit per file, for a site in a subfolder, with non-ASCII names, as China Standard Time days', () => {
		// 20:30 UTC on the 21st is 04:30 on the 22nd in Beijing.
		expect(Object.fromEntries(readGitDates(repo()))).toEqual({
			'content/practices/a.md': '2026-11-22',
			'content/practices/例子.md': '2026-10-01',
		});
	});

	test('outside a git checkout there are no dates, and no error', () => {
		expect(readGitDates(tempTree({ 'content/a.md': 'a\n' })).size).toBe(0);
	});
});
