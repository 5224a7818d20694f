/**
 * Temporary folders for tests that need files on disk: a small fixture content tree, a tiny
 * built site, or a copy of the real content. One helper, so every test writes fixtures alike.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A new temporary folder holding `files` (path → text; `null` leaves that path out, so a test
 * can drop one file of a base set), after copying the folders in `copy` (path inside → source).
 */
export function tempTree(
	files: Record<string, string | null> = {},
	copy: Record<string, string> = {},
): string {
	const dir = mkdtempSync(join(tmpdir(), 'fixture-'));
	for (const [to, from] of Object.entries(copy)) cpSync(from, join(dir, to), { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		if (text === null) continue;
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
