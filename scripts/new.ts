/**
 * `npm run new -- <collection> <slug>`: creates a commented, valid starting file in the right
 * folder. It refuses to overwrite an existing entry.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllEntries } from '../src/lib/content-check/read.ts';
import { templates } from '../src/lib/editor/templates.ts';
import {
	collectionFormats,
	collectionNames,
	type CollectionName,
} from '../src/schemas/collections.ts';
import { ID_PATTERN } from '../src/schemas/common.ts';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const [collection, slug] = process.argv.slice(2);
const usage = `用法 (usage): npm run new -- <集合> <文件名>\n集合 (collections): ${collectionNames.join(', ')}\n例 (e.g.): npm run new -- practices hekou-xin-zuofa`;
if (!collection || !slug) fail(usage);
if (!collectionNames.includes(collection as CollectionName))
	fail(`没有名为 ${collection} 的集合 (no such collection)\n${usage}`);
if (!ID_PATTERN.test(slug))
	fail(
		`文件名只能用小写字母、数字和连字符，如 hekou-xin-zuofa (lower-case ASCII, digits, hyphens): ${slug}`,
	);

const dir = join('content', collection);
const existing = existsSync(dir) ? readdirSync(dir) : [];
const taken = existing.find((f) => f.replace(/\.[^.]+$/, '') === slug);
if (taken) fail(`${join(dir, taken)} 已存在，不会覆盖 (already exists; not overwritten)`);

const entries = readAllEntries('.');
const firstId = (c: CollectionName) =>
	entries.find((e) => e.collection === c)?.id ?? `（先新建一个 ${c}）`;
const example = Object.fromEntries(collectionNames.map((c) => [c, firstId(c)])) as Record<
	CollectionName,
	string
>;
// The example brand and procuratorate must belong together, or the template would not pass.
const brandFile = entries.find((e) => e.collection === 'brands' && e.id === example.brands);
const owner = (brandFile?.data as { procuratorate?: unknown } | undefined)?.procuratorate;
if (typeof owner === 'string') example.procuratorates = owner;
const name = collection as CollectionName;
const file = join(dir, `${slug}.${collectionFormats[name][0]}`);
mkdirSync(dir, { recursive: true });
writeFileSync(file, templates[name]({ example }), { flag: 'wx' });
console.log(`已创建 ${file} (created). 编辑后运行 npm run check:content。`);
