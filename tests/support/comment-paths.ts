/**
 * Finds the comments of a source file and the repository paths they name, for the test that
 * every named file exists (tests/unit/comment-paths.test.ts).
 */

export interface Comment {
	/** 1-based line the comment text starts on. */
	line: number;
	text: string;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The comments of a file, by its syntax: `//` and block comments, HTML comments, `#` lines. */
export function commentsOf(file: string, text: string): Comment[] {
	const patterns: RegExp[] = [];
	if (/\.(conf|sh)$|^\.ci\//.test(file)) patterns.push(/(?:^|\s)#(.*)$/gm);
	else {
		patterns.push(/\/\*([\s\S]*?)\*\//g);
		if (!file.endsWith('.css')) patterns.push(/(?:^|[^:'"`\\])\/\/(.*)$/gm);
		if (file.endsWith('.astro')) patterns.push(/<!--([\s\S]*?)-->/g);
	}
	const found: Comment[] = [];
	for (const pattern of patterns)
		for (const m of text.matchAll(pattern)) {
			// Text inside a string literal is not a comment (a URL's `//`, a path in quotes).
			const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
			if ((before.match(/'/g)?.length ?? 0) % 2 === 1) continue;
			const body = m[1]!;
			const start = m.index + m[0].indexOf(body);
			// Each line of a block comment keeps its own line number.
			let offset = 0;
			for (const part of body.split('\n')) {
				found.push({ line: lineOf(text, start + offset), text: part });
				offset += part.length + 1;
			}
		}
	return found.sort((a, b) => a.line - b.line);
}

const ROOTS = ['src', 'scripts', 'tests', 'deploy', 'public', 'content', '.ci'];
const PATH = new RegExp(
	String.raw`(?:^|[\s(\[\`'"“（、，])((?:\.\.?/)+[\w@.\-\[\]/]+|(?:${ROOTS.map((r) => r.replace('.', '\\.')).join('|')})/[\w@.\-\[\]/<>…*{}\u4e00-\u9fff]*)`,
	'g',
);

/** File names and partial paths named in comments (`excerpt.ts`, `site/paths.ts`). */
const NAME = /(?:^|[\s([`'"“（、，])((?:[\w\-[\]]+\/)*[\w\-[\]]+\.(?:ts|astro|css|mjs))(?![\w/])/g;

/** Names of files, or tails of their paths, that comments name without the full path. */
export function namesIn(comments: Comment[]): Array<{ line: number; name: string }> {
	const out: Array<{ line: number; name: string }> = [];
	for (const c of comments)
		for (const m of c.text.matchAll(NAME)) {
			const name = m[1]!;
			if (!ROOTS.some((r) => name.startsWith(`${r}/`))) out.push({ line: c.line, name });
		}
	return out;
}

/** Repository paths named in comments: from the root, or relative to the file (`./`, `../`). */
export function pathsIn(comments: Comment[]): Array<{ line: number; path: string }> {
	const out: Array<{ line: number; path: string }> = [];
	for (const c of comments)
		for (const m of c.text.matchAll(PATH)) {
			let path = m[1]!;
			// A placeholder (<集合>, …, *, {id}) ends what can be checked: keep the folder before it.
			const hole = path.search(/[<>…*{}\u4e00-\u9fff]/);
			if (hole >= 0) path = path.slice(0, path.lastIndexOf('/', hole) + 1);
			// Sentence punctuation after a path is not part of it.
			path = path.replace(/[.,;:)\]]+$/, '');
			if (path && path !== './' && path !== '../') out.push({ line: c.line, path });
		}
	return out;
}
