import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the search index as the last step of `astro build`, through Pagefind's Node API, which
 * runs the Extended binary (it segments Chinese). Only `data-pagefind-body` regions are indexed.
 */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'site:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
				if (!index) throw new Error(`Pagefind 无法启动 (could not start): ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind 索引失败 (indexing failed): ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}pagefind` });
				if (written.errors.length > 0) throw new Error(`Pagefind 写入失败 (writing failed): ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(
					`已索引 ${added.page_count} 个页面 (indexed ${added.page_count} pages) in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
