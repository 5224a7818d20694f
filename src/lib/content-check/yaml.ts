/**
 * YAML as Astro reads it, with errors an editor can act on: the `yaml` package and the options
 * of Astro's own loaders (@astrojs/internal-helpers/yaml: core schema, merge keys), so a file the
 * checker passes is a file the build can read. One difference, on purpose: no `timestamp` tag,
 * so a date stays the text the editor wrote and `2024-13-01` is reported instead of silently
 * becoming 2025-01-01 (the schemas accept both forms, see `isoDate`).
 *
 * Measured on the benchmark's 10,000-entry corpus (10,980 YAML texts, 2.6 MB): js-yaml 128 ms,
 * `yaml` 1.26 s, against 4.3–5.6 s for the whole check. The second is worth paying: with js-yaml
 * a file could pass the check and fail the build, and only `yaml` reports where an error is.
 */
import { LineCounter, parseDocument, type YAMLError } from 'yaml';

/** Why a YAML text could not be read, as an editor needs it. */
export interface YamlFailure {
	/** What is wrong, Chinese first. */
	message: string;
	/** How to fix it, Chinese first. */
	fix: string;
	/** The line of the file (not of the YAML text) the mistake is on. */
	line: number;
	/** The offending line and the one before it, numbered, with a marker under the mistake. */
	excerpt?: string;
}

/** Thrown by `readYaml`: the failure, already in the editor's terms. */
export class YamlError extends Error {
	readonly failure: YamlFailure;
	constructor(failure: YamlFailure) {
		super(failure.message);
		this.failure = failure;
	}
}

export const yamlOptions = { schema: 'core', merge: true } as const;

/**
 * The data in a YAML text. `firstLine` is the file line the text starts on (2 for Markdown
 * frontmatter, after the opening `---`), so errors name the file's own lines.
 */
export function readYaml(text: string, firstLine = 1): unknown {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { ...yamlOptions, lineCounter, prettyErrors: false });
	const [error] = document.errors;
	if (error) throw new YamlError(explain(error, text, lineCounter, firstLine));
	try {
		return document.toJS();
	} catch (cause) {
		// An alias to an anchor that does not exist (`title: *重要*`) fails only here.
		const lines = text.split('\n');
		const at = Math.max(
			lines.findIndex((l) => /(^|[:[,-]\s*)\*/.test(l)),
			0,
		);
		const reason = cause instanceof Error ? cause.message : String(cause);
		throw new YamlError({
			message: `YAML 格式错误，第 ${at + firstLine} 行：值以 * 开头，被当作 YAML 的别名 (${reason})`,
			fix: quoteIt,
			line: at + firstLine,
			excerpt: excerpt(lines, at, Math.max((lines[at] ?? '').indexOf('*'), 0), firstLine),
		});
	}
}

/** East Asian wide characters take two columns in a terminal; the marker must line up under them. */
const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const width = (s: string) => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

/**
 * The line before and the offending line (index `at`, 0-based in `lines`), numbered as file
 * lines, with `^` under column `col` (0-based, in characters).
 */
export function excerpt(lines: string[], at: number, col: number, firstLine: number): string {
	const numbers = [at - 1, at].filter((i) => i >= 0 && i < lines.length);
	const pad = String(at + firstLine).length;
	const shown = numbers.map((i) => {
		const mark = i === at ? '>' : ' ';
		return `${mark} ${String(i + firstLine).padStart(pad)} | ${lines[i] ?? ''}`;
	});
	const before = [...(lines[at] ?? '')].slice(0, col).join('');
	shown.push(`  ${' '.repeat(pad)} | ${' '.repeat(width(before))}^`);
	return shown.join('\n');
}

interface Explained {
	zh: string;
	fix: string;
	/** Where the mistake really is, when the parser noticed it later (an unclosed quote or bracket). */
	at?: { line: number; col: number };
	/** Our English, where the parser's speaks of its own API rather than of the file. */
	en?: string;
}

/** The last line at or before `from` (0-based) holding `char`, and its column. */
function lastWith(lines: string[], from: number, char: string): { line: number; col: number } {
	for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
		const col = (lines[i] ?? '').lastIndexOf(char);
		if (col >= 0) return { line: i, col: [...(lines[i] ?? '').slice(0, col)].length };
	}
	return { line: from, col: 0 };
}

const KEY_THEN_FULLWIDTH_COLON = /^\s*(?:-\s+)?[A-Za-z][\w-]*\s*：/;
const KEY_THEN_NO_SPACE = /^\s*(?:-\s+)?[A-Za-z][\w-]*:[^\s/]/;
const quoteIt = '给整个值加英文双引号，如 title: "……" (put the whole value in double quotes)';

function explainCode(error: YAMLError, lines: string[], line: number): Explained {
	const text = lines[line] ?? '';
	// What editors type by habit comes first: the parser's own reading of these is misleading.
	if (KEY_THEN_FULLWIDTH_COLON.test(text))
		return {
			zh: '字段名后面用了中文冒号“：”',
			fix: '改为英文冒号加一个空格，如 title: 标题 (use an ASCII colon and a space)',
		};
	if (KEY_THEN_NO_SPACE.test(text))
		return {
			zh: '字段名的冒号后面缺少空格',
			fix: '在冒号后加一个空格，如 title: 标题 (put a space after the colon)',
		};
	const first = error.message.split('\n')[0] ?? '';
	switch (error.code) {
		case 'TAB_AS_INDENT':
			return {
				zh: '用了制表符（Tab）缩进，YAML 只能用空格缩进',
				fix: '把行首的 Tab 换成空格，每层两个空格 (indent with spaces, two per level)',
			};
		case 'DUPLICATE_KEY':
			return {
				zh: `字段“${text.split(':')[0]?.trim() ?? ''}”写了两次`,
				fix: '删除其中一行，或把两处的内容合并 (remove one of them)',
			};
		case 'MISSING_CHAR':
			if (/closing "/.test(first) || /closing '/.test(first)) {
				const quote = /closing "/.test(first) ? '"' : "'";
				return {
					zh: `引号 ${quote} 没有闭合`,
					fix: `在值的末尾补上 ${quote}；值里本身有引号时改用另一种引号 (close the quote)`,
					at: lastWith(lines, line, quote),
				};
			}
			return {
				zh: '这一行不是“字段名: 值”的格式',
				fix: '写成“字段名: 值”（英文冒号加空格）；如果这是上一行的值的续行，把它并到上一行或给值加引号 (write “name: value”)',
			};
		case 'BAD_INDENT':
			if (/Flow (sequence|map)/.test(first)) {
				const bracket = /sequence/.test(first) ? '[' : '{';
				const close = bracket === '[' ? ']' : '}';
				return {
					zh: `${bracket} 没有对应的 ${close}`,
					fix: `在列表末尾补上 ${close}，列表写在一行里，如 [a, b] (close it with ${close})`,
					at: lastWith(lines, line, bracket),
				};
			}
			return {
				zh: '缩进不对',
				fix: '同一层的字段左边对齐；列表的每一项以“- ”开头并对齐 (align the fields of one level; align the “- ” of list items)',
			};
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return {
				zh: '缩进不对，或值里有“: ”（冒号加空格）',
				fix: `同一层的字段左边对齐；值里有冒号的，${quoteIt}`,
			};
		case 'BAD_SCALAR_START':
			return { zh: '值以 YAML 的特殊符号开头', fix: quoteIt };
		case 'BAD_DQ_ESCAPE':
			return {
				zh: '双引号里的反斜杠 \\ 后面不是合法的转义',
				fix: "写成 \\\\，或改用单引号 '……' (write \\\\ or use single quotes)",
			};
		case 'MULTIPLE_DOCS':
			return {
				zh: '文件里有第二个 --- 分隔线',
				en: 'the file holds a second --- line',
				fix: '一个文件只写一个条目：删除多余的 --- (one entry per file: remove the extra ---)',
			};
		default:
			return {
				zh: '格式不对',
				fix: `检查冒号后是否有空格、缩进是否对齐、引号和括号是否成对；值里有特殊符号的，${quoteIt}`,
			};
	}
}

function explain(
	error: YAMLError,
	text: string,
	lineCounter: LineCounter,
	firstLine: number,
): YamlFailure {
	const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
	const pos = lineCounter.linePos(error.pos[0]);
	let line = Math.min(pos.line - 1, Math.max(lines.length - 1, 0));
	let col = pos.col - 1;
	// An error found at the end of the text or on an empty line belongs to the last line written.
	while (line > 0 && (lines[line] ?? '').trim() === '') {
		line--;
		col = (lines[line] ?? '').length;
	}
	const explained = explainCode(error, lines, line);
	if (explained.at) ({ line, col } = explained.at);
	const fileLine = line + firstLine;
	// The English stands in one pair of parentheses: any of the parser's own are dropped.
	const english =
		explained.en ??
		(error.message.split('\n')[0] ?? '')
			.replace(/ at line \d+, column \d+:?$/, '')
			.replace(/[()]/g, '');
	return {
		message: `YAML 格式错误，第 ${fileLine} 行：${explained.zh} (${english})`,
		fix: explained.fix,
		line: fileLine,
		excerpt: excerpt(lines, line, col, firstLine),
	};
}
