/**
 * Checks of Markdown and MDX bodies with Sätteri, the parser Astro itself uses: syntax errors,
 * unclosed code fences, images whose file is missing, and images without alt text.
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
	position?: { start: { line: number } };
	children?: MdNode[];
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

export function markdownProblems(entry: RawEntry, root: string): Problem[] {
	if (!entry.file.endsWith('.md') && !entry.file.endsWith('.mdx')) return [];
	const offset = (entry.bodyLine ?? 1) - 1;
	const at = (line: number) => `第 ${line + offset} 行 (line ${line + offset})`;
	const problem = (message: string, fix: string): Problem => ({ file: entry.file, entry: entry.id, field: '正文 (body)', message, fix });
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

	const fences = entry.body.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => /^\s*(```|~~~)/.test(l));
	if (fences.length % 2 === 1) {
		const last = fences[fences.length - 1]!;
		problems.push(problem(`代码块没有结束，${at(last[1])} 开始的 \`\`\` 缺少对应的结束行 (unclosed code block)`, '在代码块末尾另起一行写 ``` (add a closing ``` line)'));
	}

	const tree = (isMdx ? mdxToMdast(entry.body) : markdownToMdast(entry.body)) as MdNode;
	walk(tree, (node) => {
		if (node.type !== 'image') return;
		const line = node.position?.start.line ?? 1;
		if (!node.alt || node.alt.trim() === '') {
			problems.push(problem(`图片缺少替代文字，${at(line)}：![](${node.url ?? ''}) (image has no alt text)`, '在 ![ ] 的方括号里写一句图片内容说明，供读屏软件朗读 (describe the image inside ![ ])'));
		}
		const url = node.url ?? '';
		if (/^[a-z]+:/i.test(url) || url.startsWith('//')) {
			problems.push(problem(`图片来自其他网站，${at(line)}：${url} (image loads from another host)`, '把图片文件放进仓库，用相对路径引用 (commit the image and use a relative path)'));
			return;
		}
		const path = url.startsWith('/') ? join(root, 'public', url) : join(root, dirname(entry.file), url);
		if (!existsSync(path.split(/[?#]/)[0]!)) {
			problems.push(problem(`找不到图片文件，${at(line)}：${url} (image file not found)`, '检查文件名和路径，或把图片放到这个位置 (fix the path or add the file)'));
		}
	});
	return problems;
}
