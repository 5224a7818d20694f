/**
 * `npm run new -- <collection> <slug> [--procuratorate <id>] [--brand <id>] [--source <id>]`:
 * creates a commented, valid starting file in the right folder, filled with the editor's own
 * procuratorate, brand and source. Those come from the flags, else from the last run
 * (`.cache/editor.json`), else the editor is asked in the terminal; nothing is borrowed from
 * another 院's files. It refuses to overwrite an existing entry.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { readAllEntries } from '../src/lib/content-check/read.ts';
import {
	needs,
	refuse,
	remember,
	resolveContext,
	takesBrand,
	type ContextKey,
	type EditorContext,
	type SiteIds,
} from '../src/lib/editor/editor-context.ts';
import { templates } from '../src/lib/editor/templates.ts';
import { mostDistinct } from '../src/schemas/brand-palette.ts';
import {
	collectionFormats,
	collectionNames,
	takesFile,
	type CollectionName,
} from '../src/schemas/collections.ts';
import { ID_PATTERN } from '../src/schemas/common.ts';
import { colours } from '../src/styles/tokens.ts';

/** Where the editor's own ids are kept between runs: ignored by git, never in content/. */
const MEMORY = '.cache/editor.json';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const usage = [
	'用法 (usage): npm run new -- <集合> <文件名> [--procuratorate <检察院>] [--brand <品牌>] [--source <来源>]',
	`集合 (collections): ${collectionNames.join(', ')}`,
	'例 (e.g.): npm run new -- practices hekou-xin-zuofa --procuratorate dongying-hekou --source hekou-zhengyi-xianfeng',
	'检察院、品牌、来源用你自己院的文件名；记住后下次不必再写 (your own ids; remembered for next time)',
].join('\n');

// The collection and file name come first, always: a file name such as `-x` is then refused as
// a file name rather than read as an option.
const [collection, slug, ...rest] = process.argv.slice(2);
let flags: EditorContext;
try {
	flags = parseArgs({
		args: rest,
		options: {
			procuratorate: { type: 'string' },
			brand: { type: 'string' },
			source: { type: 'string' },
		},
	}).values;
} catch (error) {
	fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
if (!collection || !slug) fail(usage);
if (!collectionNames.includes(collection as CollectionName))
	fail(`没有名为 ${collection} 的集合 (no such collection)\n${usage}`);
if (!ID_PATTERN.test(slug))
	fail(
		`文件名只能用小写字母、数字和连字符，如 hekou-xin-zuofa (lower-case ASCII, digits, hyphens): ${slug}`,
	);
const name = collection as CollectionName;

// Only the collection's own files count: a source's archive `<id>.txt` is not an entry.
const dir = join('content', name);
const existing = existsSync(dir) ? readdirSync(dir).filter((f) => takesFile(name, f)) : [];
const taken = existing.find((f) => f.replace(/\.[^.]+$/, '') === slug);
if (taken) fail(`${join(dir, taken)} 已存在，不会覆盖 (already exists; not overwritten)`);

const entries = readAllEntries('.');
const idsOf = (c: CollectionName) => entries.filter((e) => e.collection === c).map((e) => e.id);
const dataOf = (e: (typeof entries)[number]) => (e.data ?? {}) as Record<string, unknown>;
const site: SiteIds = {
	procuratorates: idsOf('procuratorates'),
	sources: idsOf('sources'),
	brands: new Map(
		entries
			.filter((e) => e.collection === 'brands')
			.map((e) => [e.id, String(dataOf(e)['procuratorate'])]),
	),
};

function recalled(): EditorContext {
	try {
		return JSON.parse(readFileSync(MEMORY, 'utf8')) as EditorContext;
	} catch {
		return {};
	}
}

const questions: Record<ContextKey, string> = {
	procuratorate:
		'你所在检察院的文件名（content/procuratorates/ 中，不含 .yaml；还没有就先运行 npm run new -- procuratorates <文件名>）',
	source:
		'这篇文章的来源文件名（content/sources/ 中，不含 .yaml；还没有就先运行 npm run new -- sources <文件名>）',
	brand: '所属品牌的文件名（content/brands/ 中；不属于任何品牌就直接回车）',
};

/**
 * One terminal for every question, read as a stream of lines so that answers typed (or pasted)
 * ahead wait for their question instead of being lost.
 */
let terminal: ReturnType<typeof createInterface> | undefined;
let lines: AsyncIterator<string> | undefined;

/** Asks in the terminal until the editor gives an id that exists (or, for the brand, none). */
async function ask(key: ContextKey, context: EditorContext): Promise<string | undefined> {
	terminal ??= createInterface({ input: process.stdin, output: process.stdout });
	lines ??= terminal[Symbol.asyncIterator]();
	for (;;) {
		process.stdout.write(`${questions[key]}：`);
		const next = await lines.next();
		if (next.done) fail('\n已取消，没有创建文件 (cancelled; nothing written)');
		const answer = next.value.trim();
		if (answer === '' && key === 'brand') return undefined;
		if (answer === '') continue;
		const why =
			refuse(key, answer, site) ??
			(key === 'brand' && site.brands.get(answer) !== context.procuratorate
				? `品牌 ${answer} 不属于 ${context.procuratorate} (not this procuratorate's brand)`
				: undefined);
		if (!why) return answer;
		console.error(why);
	}
}

const { context, errors } = resolveContext(flags, recalled(), site);
if (errors.length > 0) fail(errors.join('\n'));
const interactive = process.stdin.isTTY === true;
for (const key of needs[name]) {
	if (context[key] !== undefined) continue;
	if (!interactive)
		fail(
			`${questions[key]}：请加上 --${key} <文件名> (pass --${key} <id>: the template uses your own ${key}, never another's)`,
		);
	context[key] = await ask(key, context);
}
const brandsHere = [...site.brands].filter(([, owner]) => owner === context.procuratorate);
if (takesBrand.includes(name) && context.brand === undefined && brandsHere.length > 0) {
	if (interactive) context.brand = await ask('brand', context);
}
terminal?.close();

const accents = entries
	.filter((e) => e.collection === 'brands')
	.map((e) => String(dataOf(e)['accent'] ?? ''))
	.filter((a) => /^#[0-9a-f]{6}$/i.test(a));
const file = join(dir, `${slug}.${collectionFormats[name][0]}`);
mkdirSync(dir, { recursive: true });
writeFileSync(
	file,
	templates[name]({
		...context,
		topic: idsOf('topics')[0] ?? 'zhuti',
		// The site's own red too: a brand in it would look like the site's links.
		accent: mostDistinct([...accents, colours.accent]),
		id: slug,
	}),
	{ flag: 'wx' },
);
mkdirSync(dirname(MEMORY), { recursive: true });
writeFileSync(MEMORY, `${JSON.stringify(remember(context, name, slug, site), null, '\t')}\n`);
const using = (['procuratorate', 'brand', 'source'] as const)
	.filter(
		(k) =>
			context[k] !== undefined &&
			needs[name].concat(takesBrand.includes(name) ? ['brand'] : []).includes(k),
	)
	.map((k) => `${k} ${context[k]}`);
console.log(
	[
		`已创建 ${file} (created)${using.length > 0 ? `，使用 ${using.join('、')}` : ''}。`,
		'编辑后运行 npm run check:content (edit it, then run npm run check:content)。',
	].join('\n'),
);
