/**
 * What the content checker refuses so that careless or hostile files never reach a page: raw
 * HTML, script and foreign addresses in bodies, MDX beyond the documented components, files that
 * are not clean UTF-8 text of a sane size, names outside the id pattern or colliding by case,
 * and symbolic links. Each test pins the exact message an editor reads, and fails without its check.
 */
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	lstatSync,
	readlinkSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { MAX_FILE_BYTES } from '../../src/lib/content-check/safety.ts';
import { baseFile, contentSite as site, report } from '../support/content-site.ts';
import { tempTree } from '../support/fixture.ts';

/** The practice with `text` as its body; the body starts on line 11 of the file. */
const practiceBody = (text: string) =>
	site({ 'practices/x.md': baseFile('practices/x.md').replace('做了什么。', text) });
/** The brand as MDX with `text` as its story; the story starts on line 11 of the file. */
const mdxStory = (text: string) =>
	site({ 'brands/b.md': null, 'brands/b.mdx': baseFile('brands/b.md').replace('故事。', text) });

/** Only the messages, for tests where the fix is pinned once. */
const messages = (dir: string) => checkContent(dir).map((p) => `${p.file} | ${p.message}`);

const markdownFix =
	'改用 Markdown 写法：小标题 ##，加粗 **文字**，链接 [文字](/practices/…/)，图片 ![说明](./图片.png)，换行在行尾加 \\ (write Markdown instead: ## headings, **bold**, [text](/practices/…/), ![alt](./image.png), \\ at a line end for a break)';
const linkFix =
	'正文只能链接本站页面（如 /practices/hekou-shuang-daoshi/）、邮箱（mailto:）或电话（tel:） (link only to this site’s pages, mailto: or tel:)';
const symlinkMessage =
	'这是符号链接，content/ 中不允许符号链接：检查不会跟随它，构建却会读入它指向的文件 (a symbolic link: not allowed in content/, as the build would read whatever it points to)';

test('the fixture passes every check, so each test below shows only its own refusal', () => {
	expect(report(site())).toEqual([]);
});

describe('raw HTML in a body is refused, with the line and the Markdown to use instead', () => {
	test('a script block', () => {
		expect(report(practiceBody('<script>alert(1)</script>'))).toEqual([
			`content/practices/x.md | 正文 (body) | 正文不能含 HTML，第 11 行 (line 11)：<script>alert(1)</script> (raw HTML is not allowed in bodies) | ${markdownFix}`,
		]);
	});

	test('inline tags with handlers, and an iframe to another host: one problem per line', () => {
		expect(
			messages(
				practiceBody(
					`文字 <img src=x onerror=alert(1)> 与 <b>粗</b>\n\n<iframe src='https://evil.example/'></iframe>`,
				),
			),
		).toEqual([
			'content/practices/x.md | 正文不能含 HTML，第 11 行 (line 11)：<img src=x onerror=alert(1)> (raw HTML is not allowed in bodies)',
			`content/practices/x.md | 正文不能含 HTML，第 13 行 (line 13)：<iframe src='https://evil.example/'></iframe> (raw HTML is not allowed in bodies)`,
		]);
	});

	test('an HTML comment, which would be published in the page source', () => {
		expect(report(practiceBody('做了什么。\n\n<!-- 内部备注：待核实 -->'))).toEqual([
			'content/practices/x.md | 正文 (body) | 正文不能含 HTML 注释，第 13 行 (line 13)：<!-- 内部备注：待核实 --> (HTML comments are not allowed: they are published in the page source) | 删除它；给维护者的说明写在文件头部以 # 开头的行里，那里不会发布 (delete it; notes for maintainers go in # lines in the frontmatter, which are not published)',
		]);
	});

	test('HTML shown as code is text, not HTML, and passes', () => {
		expect(report(practiceBody('写成 `<b>` 就会显示标签本身。\n\n```\n<script>\n```'))).toEqual([]);
	});
});

describe('links and images go only to this site, mailto: or tel:', () => {
	test('javascript: in every disguise Markdown allows, vbscript: in a reference definition, data: and file:', () => {
		const body = [
			'[点此](javascript:alert(1)) [甲](JAVASCRIPT:x) [乙](&#106;avascript:x) [丙](java&#9;script:x) <javascript:alert(1)>',
			'',
			'[丁][r]',
			'',
			'[r]: vbscript:msgbox(1)',
			'',
			'[戊](data:text/html,hi) [己](file:///etc/passwd)',
		].join('\n');
		expect(report(practiceBody(body))).toEqual([
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“javascript:”，第 11 行 (line 11)：javascript:alert(1) (the link uses the javascript: scheme, which is not allowed) | ${linkFix}`,
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“javascript:”，第 11 行 (line 11)：JAVASCRIPT:x (the link uses the javascript: scheme, which is not allowed) | ${linkFix}`,
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“javascript:”，第 11 行 (line 11)：javascript:x (the link uses the javascript: scheme, which is not allowed) | ${linkFix}`,
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“javascript:”，第 11 行 (line 11)：java\tscript:x (the link uses the javascript: scheme, which is not allowed) | ${linkFix}`,
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“javascript:”，第 11 行 (line 11)：javascript:alert(1) (the link uses the javascript: scheme, which is not allowed) | ${linkFix}`,
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“vbscript:”，第 15 行 (line 15)：vbscript:msgbox(1) (the link uses the vbscript: scheme, which is not allowed) | ${linkFix}`,
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“data:”，第 17 行 (line 17)：data:text/html,hi (the link uses the data: scheme, which is not allowed) | ${linkFix}`,
			`content/practices/x.md | 正文 (body) | 链接使用了不允许的协议“file:”，第 17 行 (line 17)：file:///etc/passwd (the link uses the file: scheme, which is not allowed) | ${linkFix}`,
		]);
	});

	test('links to other hosts, however written, with the source’s url as the fix', () => {
		expect(
			report(
				practiceBody(
					'[甲](https://evil.example/) [乙](//evil.example/x) [丙](/\\evil.example/x) www.evil.example [丁](http:evil.example) <https://evil.example/a>',
				),
			),
		).toEqual(
			[
				'https://evil.example/',
				'//evil.example/x',
				'/\\evil.example/x',
				'http://www.evil.example',
				'http:evil.example',
				'https://evil.example/a',
			].map(
				(url) =>
					`content/practices/x.md | 正文 (body) | 链接指向其他网站，第 11 行 (line 11)：${url} (bodies may not link to other sites) | 其他网站的文章请作为来源：把网址写进 content/sources/ 中来源的 url 字段，并在 sources 中引用它；本站页面用路径链接，如 /brands/xinqiao/ (cite another site’s article as a source with its url; link this site’s pages by path)`,
			),
		);
	});

	test('images from data:, javascript: or another host', () => {
		expect(
			report(
				practiceBody(
					'![图](data:image/png;base64,xx) ![图](javascript:x) ![图](https://evil.example/a.png)',
				),
			),
		).toEqual([
			'content/practices/x.md | 正文 (body) | 图片地址使用了不允许的协议“data:”，第 11 行 (line 11)：data:image/png;base64,xx (an image must be a file in the repository, by relative path) | 把图片文件放进仓库，用相对路径引用 (commit the image and use a relative path)',
			'content/practices/x.md | 正文 (body) | 图片地址使用了不允许的协议“javascript:”，第 11 行 (line 11)：javascript:x (an image must be a file in the repository, by relative path) | 把图片文件放进仓库，用相对路径引用 (commit the image and use a relative path)',
			'content/practices/x.md | 正文 (body) | 图片来自其他网站，第 11 行 (line 11)：https://evil.example/a.png (image loads from another host) | 把图片文件放进仓库，用相对路径引用 (commit the image and use a relative path)',
		]);
	});

	test('this site’s pages by path, anchors, mailto:, tel: and plain e-mail addresses pass', () => {
		expect(
			report(
				practiceBody(
					'[甲](/practices/x/) [乙](../brands/b/) [丙](#top) [丁](mailto:a@b.cn) [戊](tel:12309) 邮箱 a@b.cn\n\n[己][r]\n\n[r]: /topics/t/',
				),
			),
		).toEqual([]);
	});
});

describe('MDX brand stories may use only the story kit, once refused, with file and line', () => {
	// The story kit's check (story-kit.ts) owns MDX; these pin that each hostile construct is
	// refused through the whole checker, and exactly once.
	test('import and export', () => {
		expect(messages(mdxStory("import X from './x.js'\nexport const a = 1\n\n故事。"))).toEqual([
			"content/brands/b.mdx | 第 11 行 (line 11)：不能使用 import / export：故事组件无需导入 (import and export are not allowed; the kit's components need no import)",
		]);
	});

	test('expressions in braces, comments included', () => {
		expect(messages(mdxStory('故事 {alert(1)}。\n\n{/* 备注 */}'))).toEqual([
			'content/brands/b.mdx | 第 11 行 (line 11)：不能使用花括号表达式 {alert(1)} (JavaScript expressions are not allowed)',
			'content/brands/b.mdx | 第 13 行 (line 13)：不能使用花括号表达式 {/* 备注 */} (JavaScript expressions are not allowed)',
		]);
	});

	test('any element that is not a story component: a component, HTML written as JSX, a fragment', () => {
		expect(messages(mdxStory('<Foo />\n\n故事 <b>粗</b> <>片段</>'))).toEqual([
			'content/brands/b.mdx | 第 11 行 (line 11)：未知的组件 <Foo>：品牌故事只能用故事组件 (unknown component <Foo>)',
			'content/brands/b.mdx | 第 13 行 (line 13)：不能使用 HTML 标签 <b> (HTML tags are not allowed in a story)',
			'content/brands/b.mdx | 第 13 行 (line 13)：未知的组件 <>：品牌故事只能用故事组件 (unknown component <>)',
		]);
	});

	test('links in MDX are held to the same rules', () => {
		expect(messages(mdxStory('[点此](javascript:alert(1))'))).toEqual([
			'content/brands/b.mdx | 链接使用了不允许的协议“javascript:”，第 11 行 (line 11)：javascript:alert(1) (the link uses the javascript: scheme, which is not allowed)',
		]);
	});
});

describe('files must be clean UTF-8 text of a sane size', () => {
	test('bytes that are not UTF-8 (a GBK file) name the line they start on', () => {
		const dir = site();
		const gbk = Buffer.from([0xcb, 0xb5, 0xc3, 0xf7]); // 说明 in GBK
		writeFileSync(
			join(dir, 'content/topics/t.yaml'),
			Buffer.concat([Buffer.from('name: 司法救助\ndescription: '), gbk, Buffer.from('\n')]),
		);
		expect(report(dir)).toEqual([
			'content/topics/t.yaml |  | 文件不是 UTF-8 编码，第 2 行起有无法识别的字节 (the file is not UTF-8: undecodable bytes from line 2) | 用编辑器把文件另存为 UTF-8 编码（如 VS Code：右下角的编码 → 通过编码保存 → UTF-8），不要用 GBK 等编码 (save the file as UTF-8, not GBK or another encoding)',
		]);
	});

	test('NUL and other C0 and C1 control characters, with the first line and the count', () => {
		const fix =
			'删除这个看不见的字符，它常随从网页或 Word 复制的文字带入；只允许制表符和换行 (delete it; it comes with text copied from web pages or Word; only tabs and line breaks are allowed)';
		expect(report(practiceBody('做了\u0085什么\u0007。'))).toEqual([
			`content/practices/x.md |  | 第 11 行有控制字符 U+0085，全文共 2 处 (control character U+0085 on line 11; 2 in the file) | ${fix}`,
		]);
		expect(
			messages(site({ 'topics/t.yaml': 'name: 司法救助\ndescription: 说明\u0000。\n' })),
		).toContain(
			'content/topics/t.yaml | 第 2 行有控制字符 U+0000 (control character U+0000 on line 2)',
		);
	});

	test('tabs, Windows line ends and a byte-order mark at the very start are accepted, as Astro reads them', () => {
		const crlf = (text: string) => text.replace(/\n/g, '\r\n');
		expect(
			report(
				site({
					'topics/t.yaml': '\uFEFFname: 司法救助\ndescription: 说明。\n',
					'brands/b.md': `\uFEFF${crlf(baseFile('brands/b.md'))}`,
					'practices/x.md': baseFile('practices/x.md').replace('做了什么。', '做了\t什么。'),
				}),
			),
		).toEqual([]);
	});

	test('a byte-order mark anywhere else', () => {
		expect(
			report(site({ 'topics/t.yaml': 'name: 司法救助\ndescription: 说\uFEFF明。\n' })),
		).toEqual([
			'content/topics/t.yaml |  | 第 2 行有字节顺序标记 U+FEFF，它只能出现在文件开头 (byte-order mark on line 2; it may only start a file) | 删除它：它通常是把两个文件拼接在一起时带进来的 (delete it; it usually comes from joining two files)',
		]);
	});

	test('zero-width and bidi control characters, in names, titles and bodies alike', () => {
		const fix =
			'删除它：它会让看起来相同的文字并不相同（搜索、链接找不到），或改变文字显示的顺序 (delete it: it makes equal-looking text differ and can reorder what readers see)';
		expect(
			report(site({ 'topics/t.yaml': 'name: 司法\u200B救助\ndescription: 说明。\n' })),
		).toEqual([
			`content/topics/t.yaml |  | 第 1 行有看不见的零宽或双向控制字符 U+200B (zero-width or bidi control character U+200B on line 1) | ${fix}`,
		]);
		expect(
			messages(
				site({
					'practices/x.md': baseFile('practices/x.md').replace(
						'title: 司法救助',
						'title: 司法救助\u202E',
					),
				}),
			),
		).toEqual([
			'content/practices/x.md | 第 2 行有看不见的零宽或双向控制字符 U+202E (zero-width or bidi control character U+202E on line 2)',
		]);
		for (const char of ['\u200D', '\u2060', '\u2066', '\u2069', '\u200F']) {
			expect(messages(practiceBody(`做了${char}什么。`))).toHaveLength(1);
		}
	});

	test(`a file over ${MAX_FILE_BYTES / 1024} KB`, () => {
		expect(report(practiceBody('做了什么。'.repeat(20_000)))).toEqual([
			'content/practices/x.md |  | 文件有 294 KB，超过 256 KB 的上限 (the file is 294 KB, over the 256 KB limit) | 一个条目只写一页的内容：删去粘贴进来的整篇原文或嵌入的数据，图片另存为文件 (an entry is one page: remove pasted whole articles or embedded data; keep images as files)',
		]);
	});
});

describe('names follow the id pattern and do not collide; nothing in content/ is a link', () => {
	test('an entry name outside the pattern, with a name to use instead', () => {
		expect(
			report(
				site({ 'topics/t.yaml': null, 'topics/Si_Fa.yaml': baseFile('topics/t.yaml') }),
			).filter((p) => p.includes('Si_Fa.yaml')),
		).toEqual([
			'content/topics/Si_Fa.yaml |  | 文件名“Si_Fa.yaml”只能用小写字母、数字和单个连字符，文件名就是条目的编号和网址 (a name in content/ may hold only lower-case ASCII letters, digits and single hyphens; the name is the entry’s id and URL) | 改名，如 si-fa.yaml (rename it, e.g. si-fa.yaml)',
		]);
	});

	test('an image or folder name outside the pattern; hidden files such as .DS_Store are not built and are left alone', () => {
		expect(
			messages(
				site({ 'practices/Tu 1.PNG': '', 'practices/.DS_Store': '', 'practices/图片/a.png': '' }),
			),
		).toEqual([
			'content/practices/Tu 1.PNG | 文件名“Tu 1.PNG”只能用小写字母、数字和单个连字符 (a name in content/ may hold only lower-case ASCII letters, digits and single hyphens)',
			'content/practices/图片 | 文件名“图片”只能用小写字母、数字和单个连字符 (a name in content/ may hold only lower-case ASCII letters, digits and single hyphens)',
		]);
	});

	test('ids that differ only by case or by full-width look-alikes', () => {
		const fix = '给其中一个改用明显不同的名字 (give one of them a clearly different name)';
		const topic = baseFile('topics/t.yaml');
		const problems = report(site({ 'topics/T.yaml': topic, 'topics/ｔ.yml': topic }));
		expect(problems.filter((p) => p.includes('只差大小写'))).toEqual([
			`content/topics/t.yaml |  | “t”与同一文件夹中的“T”只差大小写或全角、半角等形近字符，在 Windows、macOS 上会互相覆盖，网址也会冲突 (differs from 'T' only by case or look-alike characters: they overwrite each other on Windows and macOS, and their URLs collide) | ${fix}`,
			`content/topics/ｔ.yml |  | “ｔ”与同一文件夹中的“T”只差大小写或全角、半角等形近字符，在 Windows、macOS 上会互相覆盖，网址也会冲突 (differs from 'T' only by case or look-alike characters: they overwrite each other on Windows and macOS, and their URLs collide) | ${fix}`,
		]);
	});

	test('a linked entry, a linked folder and a linked collection are refused and never followed', () => {
		const dir = site({ 'practices/x.md': null, 'practices/tu.png': '' });
		// What the links point at would fail other checks; only the links may be reported.
		const outside = tempTree({
			'x.md': baseFile('practices/x.md').replace('做了什么。', '黨建 <script>alert(1)</script>'),
		});
		symlinkSync(join(outside, 'x.md'), join(dir, 'content/practices/x.md'));
		symlinkSync(outside, join(dir, 'content/practices/imgs'));
		symlinkSync(outside, join(dir, 'content/cases'));
		expect(report(dir)).toEqual(
			['content/cases', 'content/practices/imgs', 'content/practices/x.md'].map(
				(file) =>
					`${file} |  | ${symlinkMessage} | 把链接换成真正的文件或文件夹（复制过来），或删除它 (replace it with a real file or folder, or remove it)`,
			),
		);
	});

	test('a folder named like an entry is reported by name, never read as a file', () => {
		const dir = site();
		mkdirSync(join(dir, 'content/practices/y.md'));
		expect(messages(dir)).toEqual([
			'content/practices/y.md | 文件名“y.md”只能用小写字母、数字和单个连字符 (a name in content/ may hold only lower-case ASCII letters, digits and single hyphens)',
		]);
	});

	test('a linked content folder', () => {
		const real = site();
		const dir = tempTree();
		symlinkSync(join(real, 'content'), join(dir, 'content'));
		expect(messages(dir)).toContain(`content | ${symlinkMessage}`);
	});
});

describe('checks change nothing', () => {
	/** Every path under `dir` with its bytes, or where a link points: not one may change. */
	function snapshot(dir: string): Record<string, string> {
		const out: Record<string, string> = {};
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
			const path = join(dir, name);
			const stat = lstatSync(path);
			if (stat.isSymbolicLink()) out[name] = `→ ${readlinkSync(path)}`;
			else if (stat.isFile()) out[name] = readFileSync(path).toString('base64');
		}
		return out;
	}

	test('a tree of every refused kind of file is reported and left exactly as it was', () => {
		const dir = site({
			'practices/x.md': baseFile('practices/x.md').replace(
				'做了什么。',
				'<script>alert(1)</script> [点此](javascript:alert(1)) \u0000 \u200B \uFEFF',
			),
			'brands/b.md': null,
			'brands/b.mdx': baseFile('brands/b.md').replace(
				'故事。',
				"import X from './x.js'\n\n{alert(1)} <Foo />",
			),
			'topics/Si_Fa.yaml': 'name: 司法\ndescription: 说明。\n',
			'topics/S.yaml': 'name: 司法\ndescription: 说明。\n',
		});
		writeFileSync(
			join(dir, 'content/sources/gbk.yaml'),
			Buffer.from([0xcb, 0xb5, 0xc3, 0xf7, 0x0a]),
		);
		mkdirSync(join(dir, 'outside'));
		writeFileSync(join(dir, 'outside/y.md'), '---\ntitle: 外\n---\n');
		symlinkSync(join(dir, 'outside/y.md'), join(dir, 'content/practices/y.md'));
		const before = snapshot(dir);
		expect(checkContent(dir).length).toBeGreaterThan(8);
		expect(snapshot(dir)).toEqual(before);
	});
});
