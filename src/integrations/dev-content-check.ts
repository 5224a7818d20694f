import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { formatProblems, type Problem } from '../lib/content-check/problems.ts';

/**
 * The content check for `npm run dev`, run again after every save. It runs in a child process
 * (`check:content --format json`): a check of the whole site takes about a second, and in the dev
 * server's own process it would hold up the page reload the save has just asked for.
 */
export function devContentCheck(
	root: string,
	logger: AstroIntegrationLogger,
	report: (problems: Problem[]) => void,
): { schedule: () => void; latest: () => Problem[] | undefined } {
	let latest: Problem[] | undefined;
	let running = false;
	let again = false;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const run = () => {
		running = true;
		const child = spawn(
			process.execPath,
			[join(root, 'scripts/check-content.ts'), '--format', 'json'],
			{
				cwd: root,
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let out = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
		child.on('close', () => {
			running = false;
			try {
				latest = JSON.parse(out) as Problem[];
				if (latest.length > 0) logger.error(`\n${formatProblems(latest)}\n`);
				else logger.info('内容检查通过 (content check passed)');
				report(latest);
			} catch {
				logger.error('内容检查没有运行完 (the content check did not finish)');
			}
			if (again) {
				again = false;
				run();
			}
		});
	};

	return {
		// Saves come in bursts (an editor's “save all”, a git checkout): one check after the last.
		schedule() {
			clearTimeout(timer);
			timer = setTimeout(() => {
				if (running) again = true;
				else run();
			}, 150);
		},
		latest: () => latest,
	};
}
