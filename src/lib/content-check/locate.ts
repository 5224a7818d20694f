/**
 * Finds the file line of every problem that does not name one itself: a schema or reference
 * problem names its field (`figures.0.value`), and the field's place in the YAML gives the line;
 * a missing field points at the line of the object it is missing from. Only the files with
 * problems are read again, so a clean run costs nothing.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';
import { yamlOptions } from './yaml.ts';

/** The field name body problems carry. */
export const BODY_FIELD = '正文 (body)';

/** Checks that write the line into their message (`第 12 行`) without setting `line`. */
const LINE_IN_MESSAGE = /第 (\d+) 行/;

/**
 * The line of a dotted field path in an entry's YAML, or of the nearest part of it that exists
 * (a missing top-level field: the first line of the YAML).
 */
type Locate = (path: string) => number;

function locator(entry: RawEntry): Locate | undefined {
	const isMarkdown = /\.mdx?$/.test(entry.file);
	const text = entry.source.replace(/^\uFEFF/, '');
	let yamlText = text;
	let firstLine = 1;
	if (isMarkdown) {
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		if (!match) return undefined;
		yamlText = match[1] ?? '';
		firstLine = 2;
	}
	const lineCounter = new LineCounter();
	const document = parseDocument(yamlText, { ...yamlOptions, lineCounter });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const top = document.contents?.range ? lineAt(document.contents.range[0]) : firstLine;
	return (path) => {
		let node: unknown = document.contents;
		let line = top;
		for (const key of path.split('.')) {
			if (isMap(node)) {
				const pair = node.items.find(
					(p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key,
				);
				if (!pair) break;
				const keyNode = pair.key as Node;
				if (keyNode.range) line = lineAt(keyNode.range[0]);
				node = pair.value;
			} else if (isSeq(node)) {
				const item = node.items[Number(key)] as Node | undefined;
				if (!item) break;
				if (item.range) line = lineAt(item.range[0]);
				node = item;
			} else break;
		}
		return line;
	};
}

/** The problems with a line wherever one can be found; the list's order is kept. */
export function locateProblems(problems: Problem[], entries: RawEntry[]): Problem[] {
	const byFile = new Map(entries.map((e) => [e.file, e]));
	const locators = new Map<string, Locate | undefined>();
	return problems.map((problem) => {
		if (problem.line !== undefined) return problem;
		const said = LINE_IN_MESSAGE.exec(problem.message);
		if (said) return { ...problem, line: Number(said[1]) };
		const entry = byFile.get(problem.file);
		if (!entry || problem.field === '') return problem;
		if (problem.field === BODY_FIELD)
			return entry.bodyLine ? { ...problem, line: entry.bodyLine } : problem;
		if (!locators.has(entry.file)) locators.set(entry.file, locator(entry));
		const lineOf = locators.get(entry.file);
		return lineOf ? { ...problem, line: lineOf(problem.field) } : problem;
	});
}
