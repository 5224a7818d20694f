/**
 * Checks of Markdown and MDX bodies with Sätteri, the parser Astro itself uses, so the checker
 * sees exactly the tree the build renders: syntax errors, unclosed code fences, images (missing
 * file, no alt text), and what a body may not carry into a page: raw HTML; links anywhere but
 * this site's pages, mailto: and tel:; images anywhere but files in the repository. In MDX,
 * import/export, expressions and components are judged by the story kit's check (story-kit.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { markdownToMdast, mdxToJs, mdxToMdast } from 'satteri';
import type { RawEntry } from './read.ts';
import type { Problem } from './problems.ts';

interface MdNode {
	type: string;
	url?: string;
	alt?: string | null;
	value?: string;
	name?: string | null;
	attributes?: Array<{ type: string; value?: unknown }>;
	position?: { start: { line: number } };
	children?: MdNode[];
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Where a link or image leads, judged as a browser would judge it: the WHATWG URL parser strips
 * the tabs, newlines and leading spaces that hide `java\tscript:`, reads `//host` and `/\\host` as
 * other hosts, and Sätteri has already decoded entities such as `&#106;avascript:`.
 */
type Target = { kind: 'here' | 'other-host' | 'invalid' } | { kind: 'scheme'; scheme: string };
const HERE = new URL('https://this-site.invalid/content/');
function target(url: string): Target {
	let parsed: URL;
	try {
		parsed = new URL(url, HERE);
	} catch {
		return { kind: 'invalid' };
	}
	if (parsed.protocol === 'https:' || parsed.protocol === 'http:')
		return { kind: parsed.host === HERE.host ? 'here' : 'other-host' };
	return { kind: 'scheme', scheme: parsed.protocol };
}

/**
 * Schemes a body may link to besides this site's own pages. Never another site: an article's
 * address belongs in its source's `url`, shown and checked with the citation, so every foreign
 * address on the site lives in content/sources/ alone and a dead or sold domain is fixed once.
 */
const LINK_SCHEMES = ['mailto:', 'tel:'];

/** A piece of the file to quote in a message: its first line, cut short. */
function quote(text: string): string {
	const line = text.split('\n')[0] ?? '';
	return [...line].length > 60 ? `${[...line].slice(0, 60).join('')}…` : line;
}

const markdownInstead =
	'改用 Markdown 写法：小标题 ##，加粗 **文字**，链接 [文字](/practices/…/)，图片 ![说明](./图片.png)，换行在行尾加 \\ (write Markdown instead: ## headings, **bold**, [text](/practices/…/), ![alt](./image.png), \\ at a line end for a break)';

/** Problems in one entry's body (MDX components are checked by story-kit.ts). */
export function markdownProblems(entry: RawEntry, root: string): Problem[] {
	if (!entry.file.endsWith('.md') && !entry.file.endsWith('.mdx')) return [];
	const offset = (entry.bodyLine ?? 1) - 1;
	const at = (line: number) => `第 ${line + offset} 行 (line ${line + offset})`;
	const problem = (message: string, fix: string): Problem => ({
		file: entry.file,
		entry: entry.id,
		field: '正文 (body)',
		message,
		fix,
	});
	const problems: Problem[] = [];
	const isMdx = entry.file.endsWith('.mdx');

	if (isMdx) {
		try {
			mdxToJs(entry.body);
		} catch (error) {
			const text = error instanceof Error ? error.message : String(error);
			const line = Number(/^(\d+):/.exec(text)?.[1] ?? 1);
			return [
				problem(
					`MDX 语法错误，${at(line)}：${text.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)/g, '')} (MDX syntax error)`,
					'检查标签是否成对闭合、花括号 { } 是否成对；普通文字中的 { < 请改用 Markdown 文件或转义 (close tags and braces)',
				),
			];
		}
	}

	const fences = entry.body
		.split('\n')
		.map((l, i) => [l, i + 1] as const)
		.filter(([l]) => /^\s*(```|~~~)/.test(l));
	if (fences.length % 2 === 1) {
		const last = fences[fences.length - 1]!;
		problems.push(
			problem(
				`代码块没有结束，${at(last[1])} 开始的 \`\`\` 缺少对应的结束行 (unclosed code block)`,
				'在代码块末尾另起一行写 ``` (add a closing ``` line)',
			),
		);
	}

	const tree = (isMdx ? mdxToMdast(entry.body) : markdownToMdast(entry.body)) as MdNode;
	const htmlLines = new Set<number>();
	walk(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		switch (node.type) {
			case 'html': {
				// One problem per line: `<b>x</b>` is two HTML nodes but one mistake.
				if (htmlLines.has(line)) return;
				htmlLines.add(line);
				const html = node.value ?? '';
				if (html.trimStart().startsWith('<!--')) {
					problems.push(
						problem(
							`正文不能含 HTML 注释，${at(line)}：${quote(html)} (HTML comments are not allowed: they are published in the page source)`,
							'删除它；给维护者的说明写在文件头部以 # 开头的行里，那里不会发布 (delete it; notes for maintainers go in # lines in the frontmatter, which are not published)',
						),
					);
				} else {
					problems.push(
						problem(
							`正文不能含 HTML，${at(line)}：${quote(html)} (raw HTML is not allowed in bodies)`,
							markdownInstead,
						),
					);
				}
				return;
			}
			// import/export, {expressions} and JSX elements in MDX are the story kit's to judge
			// (story-kit.ts): only its components, with quoted props, are allowed.
			case 'link':
			case 'definition':
				problems.push(...linkProblems(node.url ?? '', line));
				return;
			case 'image':
				problems.push(...imageProblems(node, line));
				return;
		}
	});
	return problems;

	function linkProblems(url: string, line: number): Problem[] {
		const to = target(url);
		if (to.kind === 'here' || (to.kind === 'scheme' && LINK_SCHEMES.includes(to.scheme))) return [];
		if (to.kind === 'other-host') {
			return [
				problem(
					`链接指向其他网站，${at(line)}：${quote(url)} (bodies may not link to other sites)`,
					'其他网站的文章请作为来源：把网址写进 content/sources/ 中来源的 url 字段，并在 sources 中引用它；本站页面用路径链接，如 /brands/xinqiao/ (cite another site’s article as a source with its url; link this site’s pages by path)',
				),
			];
		}
		const what = to.kind === 'scheme' ? `使用了不允许的协议“${to.scheme}”` : '无法解析';
		const whatEn =
			to.kind === 'scheme'
				? `uses the ${to.scheme} scheme, which is not allowed`
				: 'is not a valid address';
		return [
			problem(
				`链接${what}，${at(line)}：${quote(url)} (the link ${whatEn})`,
				'正文只能链接本站页面（如 /practices/hekou-shuang-daoshi/）、邮箱（mailto:）或电话（tel:） (link only to this site’s pages, mailto: or tel:)',
			),
		];
	}

	function imageProblems(node: MdNode, line: number): Problem[] {
		const out: Problem[] = [];
		if (!node.alt || node.alt.trim() === '') {
			out.push(
				problem(
					`图片缺少替代文字，${at(line)}：![](${node.url ?? ''}) (image has no alt text)`,
					'在 ![ ] 的方括号里写一句图片内容说明，供读屏软件朗读 (describe the image inside ![ ])',
				),
			);
		}
		const url = node.url ?? '';
		const to = target(url);
		if (to.kind === 'other-host') {
			out.push(
				problem(
					`图片来自其他网站，${at(line)}：${quote(url)} (image loads from another host)`,
					'把图片文件放进仓库，用相对路径引用 (commit the image and use a relative path)',
				),
			);
			return out;
		}
		if (to.kind !== 'here') {
			const what = to.kind === 'scheme' ? `使用了不允许的协议“${to.scheme}”` : '无法解析';
			out.push(
				problem(
					`图片地址${what}，${at(line)}：${quote(url)} (an image must be a file in the repository, by relative path)`,
					'把图片文件放进仓库，用相对路径引用 (commit the image and use a relative path)',
				),
			);
			return out;
		}
		const path = url.startsWith('/')
			? join(root, 'public', url)
			: join(root, dirname(entry.file), url);
		if (!existsSync(path.split(/[?#]/)[0]!)) {
			out.push(
				problem(
					`找不到图片文件，${at(line)}：${url} (image file not found)`,
					'检查文件名和路径，或把图片放到这个位置 (fix the path or add the file)',
				),
			);
		}
		return out;
	}
}
