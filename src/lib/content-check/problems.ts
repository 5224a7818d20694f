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
}

/** One problem as the lines an editor reads in the build output. */
export function formatProblem(p: Problem): string {
	const where = p.field ? `${p.file}  字段 (field) ${p.field}` : p.file;
	return `✗ ${where}\n  问题：${p.message}\n  修改：${p.fix}`;
}

/** All problems, grouped, with a count first so editors see the size of the job. */
export function formatProblems(problems: Problem[]): string {
	const head = `内容检查发现 ${problems.length} 个问题 (content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}):`;
	return [head, ...problems.map(formatProblem)].join('\n\n');
}
