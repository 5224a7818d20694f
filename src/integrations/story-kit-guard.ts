import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../lib/content-check/problems.ts';
import { readEntry } from '../lib/content-check/read.ts';
import { storyProblemsOf } from '../lib/content-check/story-kit.ts';

/**
 * In `npm run dev`, reads each brand story before MDX compiles it and stops with the content
 * check's own words when it uses what the story kit does not allow. A component the kit lacks
 * would otherwise render as MDX's English “you likely forgot to import…”, the opposite of what the
 * guide says (no import is ever needed). The build never gets here: the content check stops it
 * first. `loc` lets Astro's error overlay open the file at the line.
 */
export function storyKitGuard(root: string, contentDir: string): Plugin {
	return {
		name: 'site:story-kit-guard',
		apply: 'serve',
		enforce: 'pre',
		load(id) {
			const path = id.split('?')[0] ?? id;
			if (!path.endsWith('.mdx') || relative(contentDir, path).startsWith('..')) return null;
			const problems = storyProblemsOf(readEntry(root, 'brands', path));
			const [first] = problems;
			if (!first) return null;
			const error = new Error(
				[
					`品牌故事里有 ${problems.length} 处不合故事组件的规则，页面无法显示 (the story breaks the story kit's rules; the page cannot be shown)`,
					...problems.map(formatProblem),
				].join('\n\n'),
			);
			Object.assign(error, { loc: { file: path, line: first.line ?? 1, column: 1 } });
			throw error;
		},
	};
}
