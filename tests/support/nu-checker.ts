/**
 * The W3C Nu HTML Checker (npm `vnu-jar`, run with the machine's Java) over built pages: one
 * Java process for every file, since starting the checker costs more than checking a page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { findJava, howToGetJava } from '../../scripts/lib/java.ts';

/** The checker's jar, as the npm package ships it (its own Java download is not used). */
const jar = String(createRequire(import.meta.url)('vnu-jar'));

export interface NuMessage {
	file: string;
	line?: number;
	message: string;
}

/** The errors the Nu checker finds in these HTML files, named relative to `base`. */
export function nuErrors(files: string[], base: string): NuMessage[] {
	const java = findJava();
	if (!java) throw new Error(howToGetJava);
	const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	// The report is JSON on stderr; the exit status is 1 when there are errors, so it says nothing.
	let report: {
		messages?: Array<{ type: string; url?: string; lastLine?: number; message: string }>;
	};
	try {
		report = JSON.parse(run.stderr) as typeof report;
	} catch {
		throw new Error(
			`W3C HTML 检查没有给出报告 (the Nu checker gave no report): ${run.error?.message ?? run.stderr.slice(0, 500)}`,
		);
	}
	return (report.messages ?? [])
		.filter((m) => m.type === 'error')
		.map((m) => ({
			file: m.url ? relative(base, decodeURIComponent(new URL(m.url).pathname)) : '',
			...(m.lastLine ? { line: m.lastLine } : {}),
			message: m.message,
		}));
}
