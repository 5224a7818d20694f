/**
 * `node scripts/bench/check-speed.ts [--entries N] [--runs R]`
 *
 * How long the content check takes, without building: on the real content, and on a synthetic
 * corpus of N entries (`corpus.ts`, the benchmark's own) written to a temporary folder. Each
 * step is timed in this process after one warm-up run, so module loading and OpenCC's tables
 * are not counted; the figures go into BENCHMARKS.md by hand. No test measures time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { provenanceProblems } from '../../src/lib/content-check/provenance/index.ts';
import { readAllEntries } from '../../src/lib/content-check/read.ts';
import { validateEntries } from '../../src/lib/content-check/validate.ts';
import { generateCorpus } from './corpus.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
	args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const entries = Number(arg('entries', '10000'));
const runs = Number(arg('runs', '3'));
const root = process.cwd();

/** The median of `runs` timings of `step`, in milliseconds, after one untimed run. */
function time(step: () => unknown): number {
	step();
	const times = Array.from({ length: runs }, () => {
		const start = performance.now();
		step();
		return performance.now() - start;
	}).sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}

function measure(label: string): void {
	const { valid } = validateEntries(readAllEntries(root));
	const provenance = time(() => provenanceProblems(root, valid));
	const whole = time(() => checkContent(root));
	const problems = checkContent(root).length;
	console.log(
		`${label}: ${valid.length} entries, provenance ${provenance.toFixed(0)} ms, whole check ${whole.toFixed(0)} ms, ${problems} problems`,
	);
}

measure('real content');
const dir = mkdtempSync(join(tmpdir(), 'check-speed-'));
try {
	generateCorpus(root, dir, entries);
	process.env['SITE_CONTENT_DIR'] = dir;
	measure(`corpus of ${entries}`);
} finally {
	delete process.env['SITE_CONTENT_DIR'];
	rmSync(dir, { recursive: true, force: true });
}
