import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Clears the output folder by moving it aside instead of deleting it file by file. Astro empties
 * the folder before every build, and with the incremental build each page is then copied back
 * from the cache: at 10,000 entries the deletion alone (30,000 files with their .gz) took 7.4 s
 * of a 58 s rebuild, on the one thread Astro builds with. Renaming the folder into the build
 * cache takes no time; a low-priority process of its own deletes it while the build goes on.
 *
 * Astro's own emptying still runs, on the empty folder. Where moving is not possible (the output
 * is on another file system than the cache, or holds a `.git` that Astro would keep) nothing is
 * moved and Astro empties the folder as before.
 */
export function clearOutputIntegration(): AstroIntegration {
	return {
		name: 'site:clear-output',
		hooks: {
			'astro:config:setup': ({ config, command }) => {
				if (command !== 'build') return;
				const out = fileURLToPath(config.outDir);
				if (!existsSync(out) || existsSync(join(out, '.git'))) return;
				const trash = join(fileURLToPath(config.cacheDir), 'trash');
				try {
					mkdirSync(trash, { recursive: true });
					renameSync(out, join(trash, `${Date.now()}-${process.pid}`));
				} catch {
					return;
				}
				// Detached, so it finishes even after the build has; it also takes what an earlier
				// build left there if that one was stopped before its own deletion ended.
				const remover = spawn(
					process.execPath,
					[
						'-e',
						'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })',
						trash,
					],
					{ detached: true, stdio: 'ignore' },
				);
				try {
					if (remover.pid) setPriority(remover.pid, 19);
				} catch {
					// Already done, or not ours to lower: it deletes all the same.
				}
				remover.unref();
			},
		},
	};
}
