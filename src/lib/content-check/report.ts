/**
 * The check's problems written for where the editor is looking: the terminal (the default), a
 * GitHub Actions log (workflow commands, which mark the line in a pull request's diff), a GitLab
 * Code Quality report (shown on a merge request), or plain JSON for other tools.
 */
import { createHash } from 'node:crypto';
import { formatProblems, type Problem } from './problems.ts';

export const reportFormats = ['text', 'github', 'gitlab', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** Escaping of GitHub's workflow commands: data, and the stricter rule for properties. */
const escapeData = (s: string) =>
	s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The message and its fix as one text, as annotations and reports show a single description. */
const described = (p: Problem) =>
	`${p.field ? `字段 ${p.field}：` : ''}${p.message}\n修改：${p.fix}${p.excerpt ? `\n${p.excerpt}` : ''}`;

/** `::error file=…,line=…,title=…::…`, one line per problem. */
function github(problems: Problem[]): string {
	return problems
		.map((p) => {
			const props = [`file=${escapeProperty(p.file)}`];
			if (p.line !== undefined) props.push(`line=${p.line}`);
			props.push(`title=${escapeProperty('内容检查 (content check)')}`);
			return `::error ${props.join(',')}::${escapeData(described(p))}`;
		})
		.join('\n');
}

/**
 * GitLab's Code Quality report (a JSON array; `artifacts: reports: codequality`). The
 * fingerprint must be stable across runs so GitLab can tell new problems from old ones: it is
 * the file, field and message, not the line, which moves as the file is edited above it.
 */
function gitlab(problems: Problem[]): string {
	return JSON.stringify(
		problems.map((p) => ({
			description: described(p),
			check_name: 'content-check',
			fingerprint: createHash('sha256').update(`${p.file}\n${p.field}\n${p.message}`).digest('hex'),
			severity: 'major',
			location: { path: p.file, lines: { begin: p.line ?? 1 } },
		})),
		null,
		2,
	);
}

/** The problems in `format`; an empty text when there are none, except JSON's `[]`. */
export function report(problems: Problem[], format: ReportFormat): string {
	switch (format) {
		case 'github':
			return github(problems);
		case 'gitlab':
			return gitlab(problems);
		case 'json':
			return JSON.stringify(problems, null, 2);
		default:
			return problems.length > 0 ? formatProblems(problems) : '';
	}
}
