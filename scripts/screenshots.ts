/**
 * `npm run screenshots`: full-page screenshots of the home page and every brand page of the
 * built site (dist/) at phone (390 px) and desktop (1440 px) width, for a person to review the
 * design against the issue it answers; `--modes` adds 大字 and 高对比. Written to
 * .cache/screenshots/ (or the folder given with --out). Reads dist/, never changes it.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contextIn, launchBrowser } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';

const usage = [
	'用法 (usage): npm run screenshots -- [--modes] [--only <名称片段>] [--out <文件夹>]',
	'  --modes  另拍大字和高对比 (also 大字 and 高对比)',
	'  --only   只拍名称含这段文字的页面，如 home、brand-xinqiao (only pages whose name holds it)',
	'  --out    写到这个文件夹，默认 .cache/screenshots (where to write)',
	'先运行 npm run build (needs a built dist/)',
].join('\n');
let values: { out: string; modes: boolean; only?: string | undefined; help: boolean };
try {
	({ values } = parseArgs({
		options: {
			out: { type: 'string', default: join('.cache', 'screenshots') },
			modes: { type: 'boolean', default: false },
			only: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n\n${usage}`);
	process.exit(1);
}
if (values.help) {
	console.log(usage);
	process.exit(0);
}

const brands = readdirSync(join('dist', 'brands'), { withFileTypes: true })
	.filter((d) => d.isDirectory() && d.name !== 'page')
	.map((d) => d.name);
const pages = [
	{ name: 'home', path: '/' },
	...brands.map((id) => ({ name: `brand-${id}`, path: `/brands/${id}/` })),
].filter((p) => !values.only || p.name.includes(values.only));
const widths = [390, 1440];
const modes: Array<{ name: string; prefs: Record<string, string> }> = [
	{ name: 'normal', prefs: {} },
	...(values.modes
		? [
				{ name: 'large', prefs: { 'pref-size': 'large' } },
				{ name: 'contrast', prefs: { 'pref-contrast': 'high' } },
			]
		: []),
];

mkdirSync(values.out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser('browser');
try {
	for (const width of widths) {
		for (const mode of modes) {
			const context = await contextIn(browser, { width, height: 900 }, mode.prefs);
			const page = await context.newPage();
			for (const p of pages) {
				await page.goto(`${server.url}${p.path}`);
				const file = join(values.out, `${p.name}-${width}-${mode.name}.png`);
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
