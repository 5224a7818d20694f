/**
 * `npm run normalize -- <file> [--out <new file>]`: prints the cleaned text of a pasted article,
 * or writes it to a new file. It never rewrites its input, and never overwrites an existing file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeText } from '../src/lib/editor/normalize.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (!input || (outIndex >= 0 && !out)) {
	fail('用法 (usage): npm run normalize -- <文件> [--out <新文件>]');
}
if (!existsSync(input)) fail(`找不到文件 ${input} (file not found)`);
const cleaned = normalizeText(readFileSync(input, 'utf8'));
if (!out) {
	process.stdout.write(cleaned);
} else {
	if (resolve(out) === resolve(input))
		fail(
			'不会改写原文件，请用 --out 指定一个新文件名 (the input is never rewritten; choose a new file)',
		);
	if (existsSync(out)) fail(`${out} 已存在，不会覆盖 (exists; not overwritten)`);
	writeFileSync(out, cleaned);
	console.error(`已写入 ${out} (written)`);
}
