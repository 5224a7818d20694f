/** A problem with an editor's file: where it is, what is wrong, and how to fix it. */
export interface Problem {
	/** Path relative to the project root, e.g. `content/practices/hekou-lilun-xuexi.md`. */
	file: string;
	/** The entry id (file name without extension). */
	entry: string;
	/** The field, dotted, e.g. `figures.0.value`; empty when the problem is with the whole file. */
	field: string;
	/** What is wrong, Chinese first with English after it. */
	message: string;
	/** How to fix it, Chinese first with English after it. */
	fix: string;
	/**
	 * The file's line (from 1) to look at. Only a problem with the whole file (a duplicate id, a
	 * source nobody cites) has none; `locate.ts` finds it from `field` for the checks that do not
	 * say it themselves.
	 */
	line?: number;
	/** The offending lines, numbered, with a `^` under the mistake (YAML syntax errors). */
	excerpt?: string;
}

/**
 * Where a problem is, Chinese first: `content/practices/hekou-lilun-xuexi.md:5（第 5 行）
 * 字段 (field) title`. `path:line` comes first because terminals and editors (VS Code) open the
 * file at that line when it is clicked.
 */
export function whereIs(p: Problem): string {
	const file = p.line ? `${p.file}:${p.line}（第 ${p.line} 行）` : p.file;
	return p.field ? `${file} 字段 (field) ${p.field}` : file;
}

const indent = (text: string) => text.replace(/^/gm, '    ');

/** One problem as the lines an editor reads in the build output. */
export function formatProblem(p: Problem): string {
	const shown = p.excerpt ? `\n${indent(p.excerpt)}` : '';
	return `✗ ${whereIs(p)}\n  问题：${p.message}${shown}\n  修改：${p.fix}`;
}

/** All problems, grouped, with a count first so editors see the size of the job. */
export function formatProblems(problems: Problem[]): string {
	const head = `内容检查发现 ${problems.length} 个问题 (content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}):`;
	return [head, ...problems.map(formatProblem)].join('\n\n');
}
