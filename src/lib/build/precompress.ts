/** Precompressed copies of the built site's text files, for nginx's gzip_static or any host that serves them. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { siteFiles } from './site-files.ts';

const gzipAsync = promisify(gzip);

/** Text files worth compressing. Pagefind's index and fragments are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt)$/;

/**
 * Writes `file.gz` beside every text file under `dir` (but not in folders named in `skip`), for
 * nginx's gzip_static or any host that serves them. Compression runs on libuv's thread pool,
 * so it can overlap with other work (Pagefind writing its index).
 */
export async function precompress(dir: string, skip: string[] = []): Promise<number> {
	let count = 0;
	const one = async (file: string) => {
		const p = join(dir, file);
		const data = await readFile(p);
		if (data.length < 256) return;
		await writeFile(`${p}.gz`, await gzipAsync(data, { level: 9 }));
		count++;
	};
	const files = siteFiles(dir, (name) => COMPRESSIBLE.test(name), skip);
	for (let i = 0; i < files.length; i += 16) await Promise.all(files.slice(i, i + 16).map(one));
	return count;
}
