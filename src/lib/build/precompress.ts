/** Precompressed copies of the built site's text files, for nginx's gzip_static or any host that serves them. */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { buildCache } from './index-cache.ts';
import { siteFiles } from './site-files.ts';

const gzipAsync = promisify(gzip);

/** Text files worth compressing. Pagefind's index and fragments are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt)$/;

/**
 * Where compressed copies are kept between builds, by the hash of what they compress: a
 * rebuild after one edit recompresses only the files that changed (at 10,000 entries the
 * site is about 220 MB of text, and gzip's level 9 costs about a second of CPU per 20 MB).
 */
export const precompressCache = (): string => buildCache('gz');

/**
 * Writes `file.gz` beside every text file under `dir` (but not in folders named in `skip`), for
 * nginx's gzip_static or any host that serves them. Compression runs on libuv's thread pool,
 * so it can overlap with other work (Pagefind writing its index). With `cache`, a file whose
 * bytes were compressed before is copied from there instead.
 */
export async function precompress(
	dir: string,
	skip: string[] = [],
	cache?: string,
): Promise<number> {
	let count = 0;
	if (cache) mkdirSync(cache, { recursive: true });
	const one = async (file: string) => {
		const p = join(dir, file);
		const data = await readFile(p);
		if (data.length < 256) return;
		count++;
		const cached = cache && join(cache, `${createHash('sha1').update(data).digest('hex')}.gz`);
		if (cached) {
			// Not there yet: compressed below, and kept for the next build.
			const hit = await copyFile(cached, `${p}.gz`).then(
				() => true,
				() => false,
			);
			if (hit) return;
		}
		const gz = await gzipAsync(data, { level: 9 });
		await writeFile(`${p}.gz`, gz);
		if (cached) {
			// Whole or not at all: a build stopped midway must not leave a truncated copy to reuse.
			await writeFile(`${cached}.${process.pid}`, gz);
			await rename(`${cached}.${process.pid}`, cached);
		}
	};
	const files = siteFiles(dir, (name) => COMPRESSIBLE.test(name), skip);
	for (let i = 0; i < files.length; i += 16) await Promise.all(files.slice(i, i + 16).map(one));
	return count;
}
