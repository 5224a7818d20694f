/**
 * `npm run bench -- --entries N [--share-images all|brands] [--keep]`
 *
 * Generates a synthetic corpus of N entries outside the repository, builds it with the real
 * site code and with a bare Astro site in the same run, and reports build time, pages per
 * second, peak memory, Pagefind's time and size, output size, per-page weight, a rebuild after
 * one edit, and the bytes and time of searches in Chromium. Ratios to bare Astro hold on a
 * noisy machine where absolute times do not.
 */
import { spawn } from 'node:child_process';
import {
	appendFileSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';
import { generateCorpus } from './bench/corpus.ts';
import { writeBareSite } from './bench/bare-site.ts';
import { describeLatency, measureSearchLatency } from './search-latency.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
	args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const entries = Number(arg('entries', '1000'));
const shareImages = arg('share-images', 'brands');
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), `bench-${entries}-`));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
// Astro's prerender chunks import packages from beside the output folder: make them findable.
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));

/** Resident memory of a process and all its descendants, in bytes. */
function treeRss(pid: number): number {
	try {
		const rss =
			Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		const children = readdirSync(`/proc/${pid}/task`).flatMap((t) =>
			readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8')
				.trim()
				.split(/\s+/)
				.filter(Boolean)
				.map(Number),
		);
		return rss + children.reduce((sum, c) => sum + treeRss(c), 0);
	} catch {
		return 0;
	}
}

/** Runs the build steps one after another: total time, and the highest memory of any step. */
async function timed(
	cwd: string,
	env: Record<string, string>,
	steps: string[][] = [[astroBin, 'build']],
): Promise<{
	seconds: number;
	peakRss: number;
	log: string;
	steps: Array<{ seconds: number; peakRss: number }>;
}> {
	const results = [];
	for (const step of steps) results.push(await timedStep(cwd, env, step));
	return {
		seconds: results.reduce((s, r) => s + r.seconds, 0),
		peakRss: Math.max(...results.map((r) => r.peakRss)),
		log: results.map((r) => r.log).join('\n'),
		steps: results,
	};
}

async function timedStep(
	cwd: string,
	env: Record<string, string>,
	step: string[],
): Promise<{ seconds: number; peakRss: number; log: string }> {
	const started = performance.now();
	const child = spawn(process.execPath, step, { cwd, env: { ...process.env, ...env, CI: 'true' } });
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	let peakRss = 0;
	const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
	const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
	clearInterval(timer);
	if (code !== 0) throw new Error(`构建失败 (build failed) in ${cwd}:\n${log.slice(-3000)}`);
	return { seconds: (performance.now() - started) / 1000, peakRss, log };
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

console.log(`== corpus: ${entries} entries in ${work}`);
const counts = generateCorpus(root, join(work, 'content'), entries);
console.log(counts);

// The bare site first, then ours: both start cold (fresh cache folders).
writeBareSite(join(work, 'bare'), join(work, 'content'), join(root, 'node_modules'));
const bare = await timed(join(work, 'bare'), {
	BARE_OUT_DIR: join(work, 'bare-dist'),
	BARE_CACHE_DIR: join(work, 'bare-cache'),
});
const bareFiles = files(join(work, 'bare-dist')).filter((f) => f.endsWith('.html')).length;
console.log(`== bare Astro: ${bare.seconds.toFixed(1)} s, ${mb(bare.peakRss)}, ${bareFiles} pages`);

const siteEnv = {
	SITE_CONTENT_DIR: join(work, 'content'),
	SITE_OUT_DIR: join(work, 'site-dist'),
	SITE_CACHE_DIR: join(work, 'site-cache'),
	SITE_SHARE_IMAGES: shareImages,
};
// The same two steps as `npm run build`: Astro, then the search index and .gz files.
const siteSteps = [[astroBin, 'build'], [join(root, 'scripts/post-build.ts')]];
const ours = await timed(root, siteEnv, siteSteps);
// A rebuild after changing one practice, with the content-layer cache warm.
const one = join(work, 'content/practices/x0.md');
writeFileSync(one, readFileSync(one, 'utf8').replace(/\n$/, '\n\n修改了一句话。\n'));
const rebuild = await timed(root, siteEnv, siteSteps);
console.log(
	`== this site: ${ours.seconds.toFixed(1)} s cold, ${rebuild.seconds.toFixed(1)} s after one edit, ${mb(ours.peakRss)}`,
);
writeFileSync(join(work, 'site-build.log'), ours.log);
const dist = join(work, 'site-dist');
const all = files(dist);
const html = all.filter((f) => f.endsWith('.html'));

const plainLog = stripVTControlCharacters(ours.log);
// Astro marks each page it copies from its incremental cache instead of rendering it.
const copied = (stripVTControlCharacters(rebuild.log).match(/\((?:restored|cached)\)/g) ?? [])
	.length;
const pagefindMs = Number(
	/in (\d+) ms/.exec(plainLog.split('\n').find((l) => l.includes('已索引')) ?? '')?.[1] ?? NaN,
);
/** What the search step said it did: pages, time, shards and how many were copied. */
const searchLine = (log: string) =>
	/\(indexed[^)]*\) (in .*)/.exec(
		stripVTControlCharacters(log)
			.split('\n')
			.find((l) => l.includes('已索引')) ?? '',
	)?.[1] ?? '?';
const pagefindBytes = files(join(dist, 'pagefind')).reduce((s, f) => s + statSync(f).size, 0);
const outBytes = all.filter((f) => !f.endsWith('.gz')).reduce((s, f) => s + statSync(f).size, 0);
const gz = (f: string) => gzipSync(readFileSync(f)).length;
const htmlGz = html.map(gz);
const cssFiles = all.filter((f) => f.endsWith('.css'));
const cssPerPage = html.map((f) =>
	[...readFileSync(f, 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
		(s, m) => s + gz(join(dist, m[1]!)),
		0,
	),
);
const jsPerPage = html.map((f) =>
	[...readFileSync(f, 'utf8').matchAll(/<script[^>]*src="([^"]+)"/g)].reduce(
		(s, m) => s + gz(join(dist, m[1]!)),
		0,
	),
);
const contentPages = html.filter((f) => /\/(practices|cases|brands)\/[^/]+\/index\.html$/.test(f));
const contentJs = contentPages.map((f) =>
	[...readFileSync(f, 'utf8').matchAll(/<script[^>]*src="([^"]+)"/g)].reduce(
		(s, m) => s + gz(join(dist, m[1]!)),
		0,
	),
);

// Searches in Chromium: bytes over the wire (gzip, as nginx serves) and time to results.
const server = await serveDist(dist);
const browser = await launchBrowser('browser');
const page = await browser.newPage();
let bytes = 0;
/** Bytes by kind of file, for the search being measured: where a first search's bytes go. */
let byKind: Record<string, number> = {};
const kindOf = (url: string) =>
	/wasm/.test(url)
		? 'WebAssembly'
		: /pagefind\.js$/.test(url)
			? 'pagefind.js'
			: (/\.pf_(meta|index|filter|fragment)$/.exec(url)?.[1] ??
				(/\/search\/terms\//.test(url) ? 'vocabulary' : 'page'));
page.on('requestfinished', async (r) => {
	const s = await r.sizes();
	bytes += s.responseBodySize + s.responseHeadersSize;
	const kind = kindOf(new URL(r.url()).pathname);
	byKind[kind] = (byKind[kind] ?? 0) + s.responseBodySize + s.responseHeadersSize;
});
await page.goto(`${server.url}/search/`);
await page.waitForLoadState('networkidle');
const searches: Array<{
	label: string;
	query: string;
	bytes: number;
	ms: number;
	results: string;
	byKind: Record<string, number>;
}> = [];
const brandName = /name: (.+)/.exec(readFileSync(join(work, 'content/brands/b1.md'), 'utf8'))![1]!;
// The first search is a term of the site's own text (as a visitor would type); then a synthetic
// brand name (five words, chunks not yet loaded; understanding may read it as a slip, as it
// would a real name it does not know); then the most common word.
for (const [label, query] of [
	['first, a site term', '司法救助'],
	['follow-up, selective', brandName],
	['follow-up, common', '党建'],
] as const) {
	// Mark the old results stale, so the wait below sees this search finish, not the last one.
	await page.evaluate(() =>
		document.querySelector('#search-results')?.setAttribute('data-state', 'stale'),
	);
	bytes = 0;
	byKind = {};
	const t = performance.now();
	await page.fill('#search-q', query);
	await page.waitForFunction(
		() =>
			['done', 'failed'].includes(
				document.querySelector('#search-results')?.getAttribute('data-state') ?? '',
			),
		undefined,
		{ timeout: 120_000 },
	);
	await page.waitForLoadState('networkidle');
	searches.push({
		label,
		query,
		bytes,
		ms: performance.now() - t,
		results: [
			await page.textContent('#search-status'),
			await page.evaluate(() => {
				const notes = document.querySelector<HTMLElement>('#search-notes');
				return notes && !notes.hidden ? notes.textContent : '';
			}),
		]
			.filter(Boolean)
			.join(' '),
		byKind,
	});
}
// Latency through the search page at this scale: warm (typed after a first search) and cold.
const brandNames = [1, 2, 3].map(
	(i) => /name: (.+)/.exec(readFileSync(join(work, `content/brands/b${i}.md`), 'utf8'))![1]!,
);
const latency = await measureSearchLatency(browser, server.url, [
	'党建',
	brandNames[1]!,
	'司法救助',
	'未成年人',
	'检察听证',
	'公益诉讼',
	'sifa jiuzhu',
	brandNames[2]!,
	'如何帮助农民工追讨欠薪',
	'检查听证',
]);
for (const line of describeLatency(latency)) console.log(line);
await browser.close();
await server.close();

const rows: Array<[string, string]> = [
	[
		'entries (procuratorates / brands / practices / honours / cases)',
		`${entries} (${counts.procuratorates} / ${counts.brands} / ${counts.practices} / ${counts.honours} / ${counts.cases})`,
	],
	['pages built (this site / bare Astro)', `${html.length} / ${bareFiles}`],
	[
		'build wall time: this site / bare Astro / ratio',
		`${ours.seconds.toFixed(1)} s / ${bare.seconds.toFixed(1)} s / ${(ours.seconds / bare.seconds).toFixed(2)}×`,
	],
	['pages per second (this site)', (html.length / ours.seconds).toFixed(0)],
	[
		'peak RSS: this site / bare Astro / ratio',
		`${mb(ours.peakRss)} / ${mb(bare.peakRss)} / ${(ours.peakRss / bare.peakRss).toFixed(2)}×`,
	],
	[
		'steps: astro build / search index + gzip (time, peak RSS)',
		ours.steps.map((s) => `${s.seconds.toFixed(1)} s, ${mb(s.peakRss)}`).join(' / '),
	],
	[
		'rebuild after editing one practice',
		`${rebuild.seconds.toFixed(1)} s (${((rebuild.seconds / ours.seconds) * 100).toFixed(0)}% of cold; steps ${rebuild.steps.map((s) => `${s.seconds.toFixed(1)} s`).join(' / ')}; ${copied} files copied from the incremental cache; search index: ${searchLine(rebuild.log)})`,
	],
	[
		'Pagefind indexing time / index size',
		`${(pagefindMs / 1000).toFixed(1)} s / ${mb(pagefindBytes)}`,
	],
	[
		'output files / bytes (without .gz)',
		`${all.filter((f) => !f.endsWith('.gz')).length} / ${mb(outBytes)}`,
	],
	[
		'HTML per page, gzip: median / max',
		`${kb(median(htmlGz))} / ${kb(Math.max(...htmlGz))} (${htmlGz.filter((b) => b > 15 * 1024).length} pages over 15 KB; largest: ${html
			.map((f, i) => [f, htmlGz[i]!] as const)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([f, b]) => `${f.slice(dist.length).replace(/index\.html$/, '')} ${kb(b)}`)
			.join(', ')})`,
	],
	[
		'CSS per page, gzip: median / max',
		`${kb(median(cssPerPage))} / ${kb(Math.max(...cssPerPage))} (${cssFiles.length} files)`,
	],
	[
		'JS per page, gzip: median / max (content pages: max)',
		`${kb(median(jsPerPage))} / ${kb(Math.max(...jsPerPage))} (${kb(Math.max(...contentJs))})`,
	],
	...searches.map((s): [string, string] => [
		`search, ${s.label} (“${s.query}”)`,
		`${kb(s.bytes)} in ${s.ms.toFixed(0)} ms — ${s.results} (${Object.entries(s.byKind)
			.sort((a, b) => b[1] - a[1])
			.map(([k, b]) => `${k} ${kb(b)}`)
			.join(', ')})`,
	]),
	[
		'search latency, warm (submit → results painted): median / p95',
		`${latency.warm.median.toFixed(0)} ms / ${latency.warm.p95.toFixed(0)} ms (${latency.warm.samples} searches; steps, median ms: ${Object.entries(
			latency.steps,
		)
			.map(([k, v]) => `${k} ${v.toFixed(1)}`)
			.join(', ')})`,
	],
	[
		'search latency, warm, complete (count and filter counts shown): median / p95',
		`${latency.complete.median.toFixed(0)} ms / ${latency.complete.p95.toFixed(0)} ms`,
	],
	[
		'search latency, cold (open /search/?q=… → results painted)',
		latency.cold.map((c) => `“${c.query}” ${c.ms.toFixed(0)} ms, ${kb(c.bytes)}`).join('; '),
	],
	['share images', shareImages],
];
const table = [
	'| measure | value |',
	'| --- | --- |',
	...rows.map(([k, v]) => `| ${k} | ${v} |`),
].join('\n');
console.log(`\n${table}\n`);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
writeFileSync(join(work, 'results.md'), `## ${entries} entries\n\n${machine}\n\n${table}\n`);
appendFileSync(
	join(root, '.bench-results.md'),
	`\n## ${entries} entries (${new Date().toISOString().slice(0, 16)})\n\n${machine}\n\n${table}\n`,
);
console.log(`结果已写入 (written) ${join(work, 'results.md')} 和 .bench-results.md`);
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
if (existsSync(work)) console.log(`保留在 (kept in) ${work}`);
