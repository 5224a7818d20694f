/**
 * Every file a comment names exists: a comment that points to a moved or deleted file sends the
 * next reader to nothing. Reads the comments of every tracked code and config file, takes each
 * path that starts at the repository root (`src/…`, `tests/…`, `deploy/…`) or at the file's own
 * folder (starting with ./ or ../), and checks it. A path with a placeholder (`content/<集合>/`)
 * is checked up to the placeholder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commentsOf, namesIn, pathsIn } from '../support/comment-paths.ts';

const root = process.cwd();
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
	.split('\0')
	.filter((f) => /\.(ts|js|mjs|astro|css|conf|sh)$|^\.ci\/run$/.test(f))
	.filter((f) => !f.startsWith('content/'));

describe('paths named in comments', () => {
	test('exist in the repository', () => {
		const missing: string[] = [];
		for (const file of tracked) {
			if (!existsSync(join(root, file))) continue;
			const text = readFileSync(join(root, file), 'utf8');
			for (const { line, path } of pathsIn(commentsOf(file, text))) {
				const target = path.startsWith('.') ? normalize(join(dirname(file), path)) : path;
				if (!existsSync(join(root, target))) missing.push(`${file}:${line} names ${path}`);
			}
		}
		expect(missing).toEqual([]);
	});

	test('a file named without its folder (`excerpt.ts`, `site/paths.ts`) is a file of the repository', () => {
		const everyFile = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split(
			'\n',
		);
		const missing: string[] = [];
		for (const file of tracked) {
			if (!existsSync(join(root, file))) continue;
			const text = readFileSync(join(root, file), 'utf8');
			for (const { line, name } of namesIn(commentsOf(file, text)))
				if (!everyFile.some((f) => f === name || f.endsWith(`/${name}`)))
					missing.push(`${file}:${line} names ${name}`);
		}
		expect(missing).toEqual([]);
	});

	test('the reader finds paths in each comment syntax, and nothing outside comments', () => {
		const ts = [
			"import x from './gone.ts'; // see src/lib/site/paths.ts",
			'/* moved to tests/quality/axe.test.ts */',
			"const s = 'src/not-a-comment.ts';",
		].join('\n');
		expect(pathsIn(commentsOf('a.ts', ts))).toEqual([
			{ line: 1, path: 'src/lib/site/paths.ts' },
			{ line: 2, path: 'tests/quality/axe.test.ts' },
		]);
		const astro =
			'---\n// beside ../lib/x.ts\n---\n<!-- see src/styles/print.css. -->\n<p>src/x.ts</p>';
		expect(pathsIn(commentsOf('p.astro', astro))).toEqual([
			{ line: 2, path: '../lib/x.ts' },
			{ line: 4, path: 'src/styles/print.css' },
		]);
		const conf = 'root /srv; # as tests/browser/nginx.test.ts checks\nlocation /src/ {}';
		expect(pathsIn(commentsOf('site.conf', conf))).toEqual([
			{ line: 1, path: 'tests/browser/nginx.test.ts' },
		]);
		// A placeholder stops the path: only the folder before it is checked.
		expect(pathsIn(commentsOf('a.ts', '// under content/<集合>/ and tests/quality/…'))).toEqual([
			{ line: 1, path: 'content/' },
			{ line: 1, path: 'tests/quality/' },
		]);
	});
});
