import { readAllEntries } from './content-files.ts';
import { integrityProblems } from './integrity.ts';
import { markdownProblems } from './markdown-checks.ts';
import type { Problem } from './problems.ts';
import { validateEntries } from './validate.ts';

/** Every problem in the content under `root`, schema and integrity together. */
export function checkContent(root: string): Problem[] {
	const raw = readAllEntries(root);
	const { valid, problems } = validateEntries(raw);
	return [...problems, ...integrityProblems(raw, valid), ...raw.flatMap((e) => markdownProblems(e, root))];
}
