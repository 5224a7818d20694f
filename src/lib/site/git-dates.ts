/**
 * When each content file last changed, from git history: one `git log` for the whole build
 * rather than one per page. Outside a git checkout (or for uncommitted files) there is no date.
 *
 * Robust to where the site lives: paths are asked for relative to the project folder
 * (`--relative`), so a site in a subfolder of its repository still matches Astro's `filePath`;
 * non-ASCII file names come back as written (`core.quotePath=false`, NUL-separated with `-z`).
 * Dates are days in China Standard Time, whatever the committer's own time zone.
 */
import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

const chinaDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});

/** `2024-08-22T23:30:00+00:00` → `2024-08-23`: the day it was in Beijing. */
function chinaDate(iso: string): string {
	return chinaDay.format(new Date(iso));
}

/**
 * Parses `git log -z --format=%x01%cI --name-only` output: records start with \x01 and the
 * commit date, then the changed files, NUL-separated. The first date seen per file is its newest.
 */
function parseGitLog(log: string): Map<string, string> {
	const dates = new Map<string, string>();
	for (const record of log.split('\x01').slice(1)) {
		const [head, ...files] = record.split('\0').map((part) => part.replace(/^\n+|\n+$/g, ''));
		const [date, firstFile] = (head ?? '').split('\n');
		if (!date) continue;
		for (const f of [firstFile, ...files]) if (f && !dates.has(f)) dates.set(f, chinaDate(date));
	}
	return dates;
}

/** The newest commit day of every file under `content/` of the project at `cwd`; empty outside git. */
export function readGitDates(cwd: string): Map<string, string> {
	try {
		const log = execFileSync(
			'git',
			[
				'-c',
				'core.quotePath=false',
				'log',
				'-z',
				'--relative',
				'--format=%x01%cI',
				'--name-only',
				'--',
				'content',
			],
			{
				cwd,
				encoding: 'utf8',
				maxBuffer: 256 * 1024 * 1024,
				stdio: ['ignore', 'pipe', 'ignore'],
			},
		);
		return parseGitLog(log);
	} catch {
		return new Map();
	}
}

/** The day `filePath` (relative to the project folder, as Astro gives it) last changed, if known. */
export function lastChanged(filePath: string): string | undefined {
	cache ??= readGitDates(process.cwd());
	return cache.get(filePath);
}
