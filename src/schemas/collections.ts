/**
 * The collections, in one table that every tool reads: Astro's loaders (`src/content.config.ts`),
 * the content checker, `npm run new` and the benchmark's bare site. It says the order collections
 * are read and checked in, and which file formats each takes; a file of another format in a
 * collection's folder is reported by the checker, never silently skipped. Names of collections
 * as readers see them are UI strings (`ui.collections` in `src/i18n/zh-CN.ts`).
 */
export const collectionFormats = {
	sources: ['yaml', 'yml'],
	topics: ['yaml', 'yml'],
	procuratorates: ['yaml', 'yml'],
	/**
	 * Few entries, so MDX's cost per file does not matter; see README “内容格式按集合选择”. New
	 * brands are MDX (the first format is what `npm run new` writes), so their stories can use the
	 * story kit; plain Markdown still builds.
	 */
	brands: ['mdx', 'md'],
	/** The collection that grows with the country: plain Markdown only. */
	practices: ['md'],
	honours: ['yaml', 'yml'],
	cases: ['yaml', 'yml'],
} as const satisfies Record<string, readonly string[]>;

export type CollectionName = keyof typeof collectionFormats;

export const collectionNames = Object.keys(collectionFormats) as CollectionName[];

/** The glob Astro's loader uses for a collection: `*.md`, `*.{yaml,yml}`. */
export function filePattern(collection: CollectionName): string {
	const formats = collectionFormats[collection];
	return formats.length === 1 ? `*.${formats[0]}` : `*.{${formats.join(',')}}`;
}

/** Whether a file name has one of the formats the collection takes. */
export function takesFile(collection: CollectionName, name: string): boolean {
	const ext = /\.([^.]+)$/.exec(name)?.[1];
	return ext !== undefined && (collectionFormats[collection] as readonly string[]).includes(ext);
}
