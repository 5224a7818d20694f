/**
 * Reads the editors' files under `content/` without Astro, for the unit tests and the fast
 * content checker. It parses; it never writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { collectionNames, takesFile, type CollectionName } from '../../schemas/collections.ts';

/**
 * YAML as Astro's loaders read it (js-yaml, six times faster than the `yaml` package at 10,000
 * files), but with the core schema: a date stays the text the editor wrote, so `2024-13-01`
 * is reported instead of silently becoming 2025-01-01 as a timestamp would.
 */
const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

export interface RawEntry {
	collection: CollectionName;
	/** The file name without extension: the entry's id and URL segment. */
	id: string;
	/** Path relative to the project root, as an editor would look for it. */
	file: string;
	/** Frontmatter (Markdown) or the whole document (YAML); `undefined` when it could not be parsed. */
	data: unknown;
	/** Markdown body; empty for YAML entries. */
	body: string;
	/** The line of the file the body starts on, so body problems can name file lines. */
	bodyLine?: number;
	/** Why the file could not be parsed, if it could not. */
	parseError?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a Markdown file into frontmatter data and body. */
export function parseMarkdown(source: string): { data: unknown; body: string } {
	const match = FRONTMATTER.exec(source);
	if (!match) throw new Error('缺少以 --- 开头和结尾的 YAML 头部 (missing YAML frontmatter between --- lines)');
	return { data: parseYaml(match[1] ?? '') ?? {}, body: match[2] ?? '' };
}

/** Reads one file into an entry; parse failures are recorded on the entry, not thrown. */
export function readEntry(root: string, collection: CollectionName, path: string): RawEntry {
	const ext = extname(path);
	const id = path.slice(path.lastIndexOf('/') + 1, -ext.length);
	const file = relative(root, path);
	const source = readFileSync(path, 'utf8');
	try {
		if (ext === '.md' || ext === '.mdx') {
			const { data, body } = parseMarkdown(source);
			const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
			return { collection, id, file, data, body, bodyLine };
		}
		return { collection, id, file, data: parseYaml(source), body: '' };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { collection, id, file, data: undefined, body: '', parseError: message };
	}
}

/**
 * The folder holding the collections: `content/` in the project, or $SITE_CONTENT_DIR (the
 * benchmark builds the real site from a generated corpus kept outside the repository).
 */
export function contentDir(root: string): string {
	return process.env['SITE_CONTENT_DIR'] ?? join(root, 'content');
}

/** The file names in each collection's folder, sorted; a missing folder has none. */
function folderFiles(root: string): Array<{ collection: CollectionName; dir: string; names: string[] }> {
	return collectionNames.map((collection) => {
		const dir = join(contentDir(root), collection);
		let names: string[] = [];
		try {
			names = readdirSync(dir).sort();
		} catch {
			// No folder: the collection is empty.
		}
		return { collection, dir, names };
	});
}

/** Every content file of every collection, in a stable order. */
export function readAllEntries(root: string): RawEntry[] {
	return folderFiles(root).flatMap(({ collection, dir, names }) => names.filter((n) => takesFile(collection, n)).map((n) => readEntry(root, collection, join(dir, n))));
}

/** Files that look like entries (rather than images an entry shows). */
const ENTRY_LIKE = /\.(mdx?|markdown|ya?ml|json|toml)$/i;

/**
 * Entry-like files in a collection's folder that the collection does not take (a `.mdx` among
 * practices, a `.json`): Astro would never build them, so the checker reports them rather than
 * skip them. Images beside the entries are assets, not entries.
 */
export function unreadFiles(root: string): Array<{ collection: CollectionName; file: string }> {
	return folderFiles(root).flatMap(({ collection, dir, names }) => names.filter((n) => ENTRY_LIKE.test(n) && !takesFile(collection, n)).map((n) => ({ collection, file: relative(root, join(dir, n)) })));
}
