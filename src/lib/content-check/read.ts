/**
 * Reads the editors' files under `content/` without Astro, for the unit tests and the fast
 * content checker. It parses; it never writes.
 */
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { collectionNames, takesFile, type CollectionName } from '../../schemas/collections.ts';
import { readYaml, YamlError, type YamlFailure } from './yaml.ts';

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
	/** Why the file could not be parsed, if it could not, with the line to look at. */
	parseError?: YamlFailure;
	/**
	 * The whole file as text, for the file-level safety checks (`safety.ts`): bytes that are not
	 * UTF-8 read as U+FFFD, and a byte-order mark at the very start kept, so the checks see it.
	 */
	source: string;
	/** The file's size in bytes. */
	size: number;
	/** The first line holding bytes that are not UTF-8, if any. */
	notUtf8Line?: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a Markdown file into frontmatter data and body; the frontmatter starts on line 2. */
export function parseMarkdown(source: string): { data: unknown; body: string } {
	const match = FRONTMATTER.exec(source);
	if (!match)
		throw new YamlError({
			message: '缺少以 --- 开头和结尾的 YAML 头部 (missing YAML frontmatter between --- lines)',
			fix: '文件第 1 行写 ---，头部字段之后再写一行 ---，正文写在它下面 (start the file with a --- line, and close the fields with another)',
			line: 1,
		});
	return { data: readYaml(match[1] ?? '', 2) ?? {}, body: match[2] ?? '' };
}

/**
 * The line of the first byte sequence that is not UTF-8. A newline byte never occurs inside a
 * multi-byte character, so each line can be judged on its own.
 */
function firstNotUtf8Line(bytes: Buffer): number {
	let start = 0;
	for (let line = 1; ; line++) {
		const end = bytes.indexOf(0x0a, start);
		if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end))) return line;
		if (end < 0) return line;
		start = end + 1;
	}
}

/**
 * Reads one file into an entry; read and parse failures are recorded on the entry, not thrown.
 * Bytes are read once and judged as UTF-8 here, so the safety checks need not read the file
 * again; a file that is not UTF-8 is still parsed (with U+FFFD), so one run reports all its
 * problems. A byte-order mark at the very start is left out of parsing, as Astro's loaders leave
 * it out; `safety.ts` decides what to say about it.
 */
export function readEntry(root: string, collection: CollectionName, path: string): RawEntry {
	const ext = extname(path);
	const id = path.slice(path.lastIndexOf('/') + 1, -ext.length);
	const facts: Omit<RawEntry, 'data' | 'body'> = {
		collection,
		id,
		file: relative(root, path),
		source: '',
		size: 0,
	};
	try {
		const bytes = readFileSync(path);
		facts.size = bytes.length;
		facts.source = bytes.toString('utf8');
		if (!isUtf8(bytes)) facts.notUtf8Line = firstNotUtf8Line(bytes);
		const text = facts.source.startsWith('\uFEFF') ? facts.source.slice(1) : facts.source;
		if (ext === '.md' || ext === '.mdx') {
			const { data, body } = parseMarkdown(text);
			const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
			return { ...facts, data, body, bodyLine };
		}
		return { ...facts, data: readYaml(text), body: '' };
	} catch (error) {
		if (error instanceof YamlError)
			return { ...facts, data: undefined, body: '', parseError: error.failure };
		const message = error instanceof Error ? error.message : String(error);
		const parseError = {
			message: `无法读取文件：${message} (the file could not be read)`,
			fix: '检查文件是否存在、是否有读取权限 (check that the file exists and can be read)',
			line: 1,
		};
		return { ...facts, data: undefined, body: '', parseError };
	}
}

/**
 * The folder holding the collections: `content/` in the project, or $SITE_CONTENT_DIR (the
 * benchmark builds the real site from a generated corpus kept outside the repository).
 */
export function contentDir(root: string): string {
	return process.env['SITE_CONTENT_DIR'] ?? join(root, 'content');
}

/**
 * The names of the regular files in each collection's folder, sorted; a missing folder has none.
 * Symbolic links (a linked folder, a linked file) and subfolders are left out: they are never
 * followed or read, and `safety.ts` reports them.
 */
function folderFiles(
	root: string,
): Array<{ collection: CollectionName; dir: string; names: string[] }> {
	return collectionNames.map((collection) => {
		const dir = join(contentDir(root), collection);
		let names: string[] = [];
		try {
			if (lstatSync(dir).isSymbolicLink()) return { collection, dir, names };
			names = readdirSync(dir, { withFileTypes: true })
				.filter((d) => d.isFile())
				.map((d) => d.name)
				.sort();
		} catch {
			// No folder: the collection is empty.
		}
		return { collection, dir, names };
	});
}

/** Every content file of every collection, in a stable order. */
export function readAllEntries(root: string): RawEntry[] {
	return folderFiles(root).flatMap(({ collection, dir, names }) =>
		names
			.filter((n) => takesFile(collection, n))
			.map((n) => readEntry(root, collection, join(dir, n))),
	);
}

/** Files that look like entries (rather than images an entry shows). */
const ENTRY_LIKE = /\.(mdx?|markdown|ya?ml|json|toml)$/i;

/**
 * Entry-like files in a collection's folder that the collection does not take (a `.mdx` among
 * practices, a `.json`): Astro would never build them, so the checker reports them rather than
 * skip them. Images beside the entries are assets, not entries.
 */
export function unreadFiles(root: string): Array<{ collection: CollectionName; file: string }> {
	return folderFiles(root).flatMap(({ collection, dir, names }) =>
		names
			.filter((n) => ENTRY_LIKE.test(n) && !takesFile(collection, n))
			.map((n) => ({ collection, file: relative(root, join(dir, n)) })),
	);
}
