/**
 * File-level safety rules, so careless or hostile files are refused before Astro copies them
 * into pages: files must be UTF-8 of a sane size, free of control and invisible characters; names
 * must follow the id pattern and not collide by case or look-alike characters; and nothing under
 * content/ may be a symbolic link. Body rules (HTML, links, MDX) are in `markdown.ts`.
 *
 * Runtime: plain Node, like the rest of the checker. It reads folder listings (never following a
 * link) and the text `read.ts` already read; it never writes or deletes anything.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionNames, takesFile, type CollectionName } from '../../schemas/collections.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import type { Problem } from './problems.ts';
import { contentDir, type RawEntry } from './read.ts';

/**
 * The largest content file accepted, in bytes. The longest source article is 11.5 KB (about
 * 3,800 characters) and the longest entry 3 KB; 256 KB is some 85,000 Chinese characters, over
 * twenty whole articles. A file that large is not prose an editor wrote but a paste accident or
 * embedded data, and every entry's text is held in memory at build time, 10,000 entries at a time.
 */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * C0 and C1 control characters and DEL, except tab, line feed and carriage return: no editor
 * types them, they come with text copied from Word or web pages, and NUL ends strings in tools
 * downstream.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Zero-width and bidirectional control characters: invisible, yet they make two equal-looking
 * names differ (so search and links miss) or reorder what a reader sees (“Trojan Source”).
 * U+FEFF is here for the middle of a file; at its very start it is a byte-order mark, which
 * Astro, its YAML parser and Sätteri all skip, so it is accepted there.
 */
export const INVISIBLE_CHARACTER = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Folders and files whose names start with a dot are never built (Astro's glob skips them). */
const hidden = (name: string) => name.startsWith('.');

const codePoint = (char: string) =>
	`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Where the first character matching `pattern` is, and how many there are. */
function find(
	text: string,
	pattern: RegExp,
): { char: string; line: number; count: number } | undefined {
	const first = pattern.exec(text);
	if (!first) return undefined;
	const count = text.match(new RegExp(pattern.source, 'g'))?.length ?? 1;
	return { char: first[0], line: lineOf(text, first.index), count };
}

const inFile = (count: number) => (count > 1 ? `，全文共 ${count} 处` : '');
const inFileEn = (count: number) => (count > 1 ? `; ${count} in the file` : '');

/** Problems with one entry file as a whole: encoding, size and characters no one should type. */
export function entrySafetyProblems(entry: RawEntry): Problem[] {
	const problem = (message: string, fix: string): Problem => ({
		file: entry.file,
		entry: entry.id,
		field: '',
		message,
		fix,
	});
	const problems: Problem[] = [];
	if (entry.notUtf8Line !== undefined) {
		problems.push(
			problem(
				`文件不是 UTF-8 编码，第 ${entry.notUtf8Line} 行起有无法识别的字节 (the file is not UTF-8: undecodable bytes from line ${entry.notUtf8Line})`,
				'用编辑器把文件另存为 UTF-8 编码（如 VS Code：右下角的编码 → 通过编码保存 → UTF-8），不要用 GBK 等编码 (save the file as UTF-8, not GBK or another encoding)',
			),
		);
	}
	if (entry.size > MAX_FILE_BYTES) {
		const kb = Math.ceil(entry.size / 1024);
		problems.push(
			problem(
				`文件有 ${kb} KB，超过 ${MAX_FILE_BYTES / 1024} KB 的上限 (the file is ${kb} KB, over the ${MAX_FILE_BYTES / 1024} KB limit)`,
				'一个条目只写一页的内容：删去粘贴进来的整篇原文或嵌入的数据，图片另存为文件 (an entry is one page: remove pasted whole articles or embedded data; keep images as files)',
			),
		);
	}
	const control = find(entry.source, CONTROL_CHARACTER);
	if (control) {
		problems.push(
			problem(
				`第 ${control.line} 行有控制字符 ${codePoint(control.char)}${inFile(control.count)} (control character ${codePoint(control.char)} on line ${control.line}${inFileEn(control.count)})`,
				'删除这个看不见的字符，它常随从网页或 Word 复制的文字带入；只允许制表符和换行 (delete it; it comes with text copied from web pages or Word; only tabs and line breaks are allowed)',
			),
		);
	}
	// A byte-order mark at the very start is skipped by every reader; anywhere else it is text.
	const rest = entry.source.startsWith('\uFEFF') ? ` ${entry.source.slice(1)}` : entry.source;
	const bom = find(rest, /\uFEFF/);
	if (bom) {
		problems.push(
			problem(
				`第 ${bom.line} 行有字节顺序标记 U+FEFF${inFile(bom.count)}，它只能出现在文件开头 (byte-order mark on line ${bom.line}${inFileEn(bom.count)}; it may only start a file)`,
				'删除它：它通常是把两个文件拼接在一起时带进来的 (delete it; it usually comes from joining two files)',
			),
		);
	}
	const invisible = find(rest.replaceAll('\uFEFF', ' '), INVISIBLE_CHARACTER);
	if (invisible) {
		problems.push(
			problem(
				`第 ${invisible.line} 行有看不见的零宽或双向控制字符 ${codePoint(invisible.char)}${inFile(invisible.count)} (zero-width or bidi control character ${codePoint(invisible.char)} on line ${invisible.line}${inFileEn(invisible.count)})`,
				'删除它：它会让看起来相同的文字并不相同（搜索、链接找不到），或改变文字显示的顺序 (delete it: it makes equal-looking text differ and can reorder what readers see)',
			),
		);
	}
	return problems;
}

/** A name that follows the pattern, offered as the fix: `XinQiao_2` → `xinqiao-2`. */
function suggestedName(stem: string): string {
	const ascii = stem
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return ascii || 'xin-tiaomu';
}

/** `Xin_Qiao.MD` → stem `Xin_Qiao`, extension `MD`; a name with no dot has no extension. */
function splitName(name: string): { stem: string; ext: string } {
	const dot = name.lastIndexOf('.');
	return dot <= 0
		? { stem: name, ext: '' }
		: { stem: name.slice(0, dot), ext: name.slice(dot + 1) };
}

/** What a name is, for comparing names that must not collide: case and look-alikes folded. */
const folded = (name: string) => name.normalize('NFKC').toLowerCase();

/**
 * Problems with the folder tree under content/ itself: symbolic links anywhere (never followed),
 * names outside the id pattern in the collections' folders, and names in one folder that differ
 * only by case or by look-alike characters (NFKC), which overwrite each other on macOS and
 * Windows and would give Astro two entries with one id.
 */
export function treeSafetyProblems(root: string): Problem[] {
	const problems: Problem[] = [];
	const base = contentDir(root);
	const rel = (path: string) => relative(root, path);

	try {
		if (lstatSync(base).isSymbolicLink()) return [symlinkProblem(rel(base), '')];
	} catch {
		return []; // No content folder: nothing to check.
	}

	/** `collection` is set inside a collection's folder; `top` is true in the folder itself, where entries are. */
	const walk = (dir: string, collection: CollectionName | undefined, top: boolean): void => {
		let children: Dirent[];
		try {
			children = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
				a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
			);
		} catch {
			return;
		}
		const seen = new Map<string, string>();
		for (const d of children) {
			const path = join(dir, d.name);
			const { stem, ext } = splitName(d.name);
			const inEntryPlace = collection !== undefined && top && takesFile(collection, d.name);
			const isEntry = inEntryPlace && d.isFile();
			const id = inEntryPlace ? stem : '';
			if (d.isSymbolicLink()) {
				problems.push(symlinkProblem(rel(path), id));
				continue;
			}
			if (collection === undefined) {
				// content/ itself holds the collections and README.md; only links matter here.
				if (d.isDirectory())
					walk(
						path,
						collectionNames.find((c) => c === d.name),
						true,
					);
				continue;
			}
			if (hidden(d.name) && !isEntry) continue;
			const nameOk = d.isDirectory()
				? ID_PATTERN.test(d.name)
				: ID_PATTERN.test(stem) && /^[a-z0-9]+$/.test(ext);
			if (!nameOk) problems.push(nameProblem(rel(path), d.name, isEntry, id));
			// Entries are compared by id, the part that becomes the URL; other files by whole name.
			const name = isEntry ? stem : d.name;
			const other = seen.get(folded(name));
			if (other === undefined) seen.set(folded(name), name);
			else if (other !== name) problems.push(lookAlikeProblem(rel(path), id, name, other));
			if (d.isDirectory()) walk(path, collection, false);
		}
	};
	walk(base, undefined, false);
	return problems;
}

function symlinkProblem(file: string, entry: string): Problem {
	return {
		file,
		entry,
		field: '',
		message:
			'这是符号链接，content/ 中不允许符号链接：检查不会跟随它，构建却会读入它指向的文件 (a symbolic link: not allowed in content/, as the build would read whatever it points to)',
		fix: '把链接换成真正的文件或文件夹（复制过来），或删除它 (replace it with a real file or folder, or remove it)',
	};
}

function nameProblem(file: string, name: string, isEntry: boolean, entry: string): Problem {
	const { stem, ext } = splitName(name);
	const suggestion = `${suggestedName(stem)}${ext ? `.${ext.toLowerCase()}` : ''}`;
	const why = isEntry ? '，文件名就是条目的编号和网址' : '';
	const whyEn = isEntry ? '; the name is the entry’s id and URL' : '';
	return {
		file,
		entry,
		field: '',
		message: `文件名“${name}”只能用小写字母、数字和单个连字符${why} (a name in content/ may hold only lower-case ASCII letters, digits and single hyphens${whyEn})`,
		fix: `改名，如 ${suggestion} (rename it, e.g. ${suggestion})`,
	};
}

function lookAlikeProblem(file: string, entry: string, name: string, other: string): Problem {
	return {
		file,
		entry,
		field: '',
		message: `“${name}”与同一文件夹中的“${other}”只差大小写或全角、半角等形近字符，在 Windows、macOS 上会互相覆盖，网址也会冲突 (differs from '${other}' only by case or look-alike characters: they overwrite each other on Windows and macOS, and their URLs collide)`,
		fix: '给其中一个改用明显不同的名字 (give one of them a clearly different name)',
	};
}
