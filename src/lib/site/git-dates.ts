/**
 * When each content file last changed, from git history: one `git log` for the whole build
 * rather than one per page. Outside a git checkout (or for uncommitted files) there is no date.
 */
import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

/** Parses `git log --format=%x00%cI --name-only` output: the first date seen per file is its newest. */
export function parseGitLog(log: string): Map<string, string> {
	const dates = new Map<string, string>();
	for (const block of log.split('\0').slice(1)) {
		const [date, ...files] = block.split('\n').map((l) => l.trim());
		if (!date) continue;
		for (const f of files) if (f && !dates.has(f)) dates.set(f, date.slice(0, 10));
	}
	return dates;
}

export function lastChanged(filePath: string): string | undefined {
	if (!cache) {
		try {
			const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
			cache = parseGitLog(log);
		} catch {
			cache = new Map();
		}
	}
	return cache.get(filePath);
}
