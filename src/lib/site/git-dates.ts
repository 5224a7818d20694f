/**
 * When each content file last changed, from git history: one `git log` for the whole build
 * rather than one per page. Outside a git checkout (or for uncommitted files) there is no date,
 * and none in a shallow clone either, where git cannot tell.
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

/**
 * Whether the project at `cwd` is a shallow clone (`git clone --depth`, the default of many CI
 * checkouts). There every file last changed before the cut-off seems to have changed in the
 * oldest commit fetched, so its date would be wrong.
 */
export function isShallowClone(cwd: string): boolean {
	try {
		return (
			execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
				cwd,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim() === 'true'
		);
	} catch {
		return false;
	}
}

/** What a build says when the clone is shallow: why no page has a date, and how to fix it. */
export const shallowCloneMessage =
	'仓库是浅克隆（git clone --depth），git 记录不全，文件的修改日期无从得知：本次构建不写任何更新日期（页面的“更新日期”、网站地图的 lastmod、订阅条目的时间、JSON-LD 的 dateModified），以免写出错误的日期。取得完整记录：git fetch --unshallow；CI 检出时设 fetch-depth: 0。' +
	' (This repository is a shallow clone, so the files’ last-change dates are unknown: this build writes no update dates — page dates, sitemap lastmod, feed dates, dateModified — rather than wrong ones. Fetch the full history with `git fetch --unshallow`, or check out with fetch-depth: 0 in CI.)';

/**
 * The newest commit day of every file under `content/` of the project at `cwd`; empty outside
 * git, and in a shallow clone, whose dates would be wrong (see `isShallowClone`).
 */
export function readGitDates(cwd: string): Map<string, string> {
	if (isShallowClone(cwd)) return new Map();
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
