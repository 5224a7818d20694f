import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check/index.ts';
import { formatProblems } from '../lib/content-check/problems.ts';

/**
 * Runs the content checker before anything is built, so an editor's mistakes are reported all
 * together, in Chinese first, with file, field and fix — rather than one Astro error at a time.
 */
export function contentCheckIntegration(): AstroIntegration {
	return {
		name: 'site:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const problems = checkContent(fileURLToPath(config.root));
				if (problems.length === 0) return;
				logger.error(`\n${formatProblems(problems)}\n`);
				if (command === 'build') {
					throw new Error(
						`内容有 ${problems.length} 处问题，构建已停止 (content has ${problems.length} problem(s); build stopped)`,
					);
				}
			},
		},
	};
}
