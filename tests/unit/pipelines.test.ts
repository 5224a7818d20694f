/**
 * The example pipelines under deploy/ and the formats they use: each file parses, checks content
 * on a pull or merge request and publishes from main with SITE_URL; every command it names exists
 * (npm scripts in package.json), the check command runs for real, and `--format github|gitlab|json`
 * write what GitHub, GitLab and other tools read, with file and line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { baseFile, contentSite } from '../support/content-site.ts';
import { root } from '../support/site.ts';

const scripts = (
	JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	}
).scripts;

/** Runs the checker as `npm run check:content -- <args>` would, in `cwd`. */
function check(args: string[], cwd = root) {
	const r = spawnSync(process.execPath, [join(root, 'scripts/check-content.ts'), ...args], {
		cwd,
		encoding: 'utf8',
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A fixture project with two mistakes: a YAML slip and an unknown brand. */
const broken = () =>
	contentSite({
		'practices/x.md': baseFile('practices/x.md').replace('brand: b', 'brand: bb'),
		'honours/h.yaml': baseFile('honours/h.yaml').replace('level: 省级', 'level:省级'),
	});

/** Every shell command a pipeline runs, one per line. */
const commandsOf = (runs: string[]) =>
	runs
		.flatMap((r) => r.split('\n'))
		.map((l) => l.trim())
		.filter(Boolean);

/**
 * What a pipeline's command is allowed to be, and what is run for real: `npm install`, an npm
 * script that package.json has (the content check is run, with its arguments), the SITE_URL
 * guard, and the few shell steps that put the built `dist/` on a server with rsync.
 */
function verify(command: string, format: 'github' | 'gitlab'): string {
	if (command === 'npm install --no-audit --no-fund') return 'install';
	const script = /^npm run (\S+)(?: -- (.*?))?(?: > (\S+))?$/.exec(command);
	if (script) {
		const [, name, args = '', into] = script;
		expect(scripts, command).toHaveProperty(name!);
		if (name === 'check:content') {
			const r = check(args.split(' '));
			expect(r.code, r.err).toBe(0);
			if (format === 'gitlab') {
				expect(into).toBe('gl-code-quality-report.json');
				expect(JSON.parse(r.out)).toEqual([]);
			} else expect(r.out).toBe('');
			return `check ${args}`;
		}
		return `npm ${name}`;
	}
	if (command.startsWith('test -n "$SITE_URL"')) return 'guard';
	if (command.startsWith('rsync ')) {
		expect(command).toMatch(/ dist\/ "\$DEPLOY_TARGET"$/);
		return 'publish';
	}
	expect(command).toMatch(/^(mkdir|printf|chmod|install|apt-get) /);
	return 'setup';
}

describe('deploy/github-actions.yml', () => {
	const workflow = parse(readFileSync(join(root, 'deploy/github-actions.yml'), 'utf8')) as {
		on: Record<string, unknown>;
		jobs: Record<
			string,
			{
				if: string;
				steps: Array<{
					run?: string;
					uses?: string;
					with?: Record<string, unknown>;
					env?: Record<string, string>;
				}>;
			}
		>;
	};
	const runsOf = (job: string) =>
		commandsOf(workflow.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run] : [])));

	test('checks content on a pull request, with annotations on the lines', () => {
		expect(workflow.on).toHaveProperty('pull_request');
		expect(workflow.jobs['check']!.if).toBe("github.event_name == 'pull_request'");
		expect(runsOf('check').map((c) => verify(c, 'github'))).toEqual([
			'install',
			'check --format github',
		]);
	});

	test('builds with SITE_URL, the full history and the last build’s cache, then publishes, on a push to main', () => {
		expect(workflow.on['push']).toEqual({ branches: ['main'] });
		const job = workflow.jobs['publish']!;
		expect(job.if).toBe("github.event_name == 'push'");
		expect(job.steps[0]!.with).toEqual({ 'fetch-depth': 0 });
		expect(job.steps.find((s) => s.run?.includes('npm run build'))?.env).toHaveProperty('SITE_URL');
		// The last build's cache is restored, so a build renders only the pages an edit changed.
		const cache = job.steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
		expect(job.steps[cache]?.with?.['path']).toBe('node_modules/.astro');
		expect(cache).toBeLessThan(job.steps.findIndex((s) => s.run?.includes('npm run build')));
		expect(runsOf('publish').map((c) => verify(c, 'github'))).toEqual([
			'install',
			'guard',
			'npm build',
			'setup',
			'setup',
			'setup',
			'setup',
			'publish',
		]);
	});
});

describe('deploy/gitlab-ci.yml', () => {
	const pipeline = parse(readFileSync(join(root, 'deploy/gitlab-ci.yml'), 'utf8')) as Record<
		string,
		{
			rules?: Array<{ if: string }>;
			script?: string[];
			variables?: Record<string, string | number>;
			cache?: { key?: string; paths?: string[] };
			artifacts?: { when?: string; reports?: Record<string, string> };
		}
	>;

	test('checks content on a merge request into a Code Quality report, kept when the job fails', () => {
		const job = pipeline['check-content']!;
		expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
		expect(job.artifacts).toEqual({
			when: 'always',
			reports: { codequality: 'gl-code-quality-report.json' },
		});
		expect(commandsOf(job.script!).map((c) => verify(c, 'gitlab'))).toEqual([
			'install',
			'check --format gitlab',
		]);
	});

	test('builds with SITE_URL, the full history and the last build’s cache, then publishes, on the default branch', () => {
		const job = pipeline['publish']!;
		expect(job.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
		expect(job.variables?.['GIT_DEPTH']).toBe(0);
		expect(job.cache?.paths).toEqual(['node_modules/.astro']);
		expect(commandsOf(job.script!).map((c) => verify(c, 'gitlab'))).toEqual([
			'install',
			'guard',
			'npm build',
			'setup',
			'setup',
			'setup',
			'setup',
			'publish',
		]);
	});
});

describe('npm run check:content -- --format', () => {
	test('github: one annotation per problem, at its file and line, newlines escaped', () => {
		const r = check(['--format', 'github'], broken());
		expect(r.code).toBe(1);
		expect(r.err).toBe('内容检查发现 2 个问题 (content check found 2 problems)\n');
		const lines = r.out.trim().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(
			/^::error file=content\/honours\/h\.yaml,line=6,title=内容检查 \(content check\)::YAML 格式错误，第 6 行：字段名的冒号后面缺少空格 .*%0A修改：在冒号后加一个空格/,
		);
		expect(lines[1]).toMatch(
			/^::error file=content\/practices\/x\.md,line=3,title=内容检查 \(content check\)::字段 brand：引用的品牌“bb”不存在/,
		);
	});

	test('gitlab: a Code Quality report with path, line and a fingerprint that survives edits above', () => {
		const dir = broken();
		const r = check(['--format', 'gitlab'], dir);
		expect(r.code).toBe(1);
		const issues = JSON.parse(r.out) as Array<{
			check_name: string;
			severity: string;
			fingerprint: string;
			location: { path: string; lines: { begin: number } };
		}>;
		expect(issues.map((i) => [i.location.path, i.location.lines.begin])).toEqual([
			['content/honours/h.yaml', 6],
			['content/practices/x.md', 3],
		]);
		expect(issues.every((i) => i.check_name === 'content-check' && i.severity === 'major')).toBe(
			true,
		);
		const moved = contentSite({
			'practices/x.md': baseFile('practices/x.md')
				.replace('brand: b', 'brand: bb')
				.replace('---\n', '---\n# 备注\n'),
		});
		const again = JSON.parse(check(['--format', 'gitlab'], moved).out) as typeof issues;
		expect(again[0]!.location.lines.begin).toBe(4);
		expect(again[0]!.fingerprint).toBe(issues[1]!.fingerprint);
	});

	test('json: the problems as data', () => {
		const r = check(['--format', 'json'], broken());
		const problems = JSON.parse(r.out) as Array<Record<string, unknown>>;
		expect(problems[1]).toMatchObject({
			file: 'content/practices/x.md',
			line: 3,
			field: 'brand',
			entry: 'x',
		});
		expect(Object.keys(problems[0]!).sort()).toEqual(
			['entry', 'excerpt', 'field', 'file', 'fix', 'line', 'message'].sort(),
		);
	});

	test('an unknown format is refused with the ones there are', () => {
		const r = check(['--format', 'xml']);
		expect(r.code).toBe(2);
		expect(r.err).toContain('未知的格式 xml');
		expect(r.err).toContain('--format text|github|gitlab|json');
	});
});
