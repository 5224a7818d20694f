import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Text files worth compressing. Pagefind's index and fragments are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt)$/;

/**
 * Writes `file.gz` beside every text file after the build, so nginx (`gzip_static on`) or any
 * host that serves precompressed files sends them without compressing on each request.
 */
export function precompressIntegration(): AstroIntegration {
	return {
		name: 'site:precompress',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let count = 0;
				const walk = (d: string) => {
					for (const name of readdirSync(d)) {
						const p = join(d, name);
						if (statSync(p).isDirectory()) walk(p);
						else if (COMPRESSIBLE.test(name)) {
							const data = readFileSync(p);
							if (data.length < 256) continue;
							writeFileSync(`${p}.gz`, gzipSync(data, { level: 9 }));
							count++;
						}
					}
				};
				walk(root);
				logger.info(`已预压缩 ${count} 个文件 (precompressed ${count} files)`);
			},
		},
	};
}
