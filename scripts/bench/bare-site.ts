/**
 * A bare Astro site over the same corpus, for comparison: same Astro, same loaders and formats,
 * one minimal page per entry, no schemas, styles, search or images.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareSite(dir: string, contentDir: string, nodeModules: string): void {
	mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
	symlinkSync(nodeModules, join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}\n');
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.BARE_OUT_DIR, cacheDir: process.env.BARE_CACHE_DIR });\n`,
	);
	const names = ['sources', 'topics', 'procuratorates', 'brands', 'practices', 'honours', 'cases'];
	const patterns: Record<string, string> = { brands: '*.md', practices: '*.md' };
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n${names
			.map(
				(n) =>
					`\t${n}: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, n))}, pattern: '${patterns[n] ?? '*.yaml'}' }) }),`,
			)
			.join('\n')}\n};\n`,
	);
	writeFileSync(
		join(dir, 'src/pages/[collection]/[id].astro'),
		`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	const out = [];
	for (const c of ${JSON.stringify(names)}) for (const entry of await getCollection(c)) out.push({ params: { collection: c, id: entry.id }, props: { entry } });
	return out;
}
const { entry } = Astro.props;
const { Content } = entry.body !== undefined && entry.filePath?.endsWith('.md') ? await render(entry) : { Content: null };
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{entry.data.title ?? entry.data.name}</title></head>
<body><h1>{entry.data.title ?? entry.data.name}</h1>{Content ? <Content /> : <pre>{JSON.stringify(entry.data)}</pre>}</body></html>
`,
	);
}
