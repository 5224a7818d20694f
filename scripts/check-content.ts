/**
 * `npm run check:content [-- --format text|github|gitlab|json]`: validates every file under
 * content/ in seconds, without a build. `github` writes annotations that mark the lines of a pull
 * request, `gitlab` a Code Quality report for a merge request, `json` the problems as data; those
 * go to stdout alone (to redirect into a file) and the one-line summary to stderr.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content-check/index.ts';
import { report, reportFormats, type ReportFormat } from '../src/lib/content-check/report.ts';

let format: ReportFormat = 'text';
try {
	const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
	if (!(reportFormats as readonly string[]).includes(values.format))
		throw new Error(`未知的格式 ${values.format} (unknown format)`);
	format = values.format as ReportFormat;
} catch (error) {
	console.error(
		`${error instanceof Error ? error.message : String(error)}\n用法 (usage): npm run check:content -- --format ${reportFormats.join('|')}`,
	);
	process.exit(2);
}

const problems = checkContent(process.cwd());
const summary =
	problems.length === 0
		? '内容检查通过 (content check passed)'
		: `内容检查发现 ${problems.length} 个问题 (content check found ${problems.length} problem${problems.length === 1 ? '' : 's'})`;
const text = report(problems, format);
if (format === 'text') {
	if (problems.length > 0) console.error(text);
	else console.log(summary);
} else {
	if (text) console.log(text);
	console.error(summary);
}
// Not process.exit: into a pipe, it would cut the list off before it is all written.
process.exitCode = problems.length > 0 ? 1 : 0;
