import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check/index.ts';
import { formatProblems } from '../lib/content-check/problems.ts';
import { contentDir } from '../lib/content-check/read.ts';
import { devContentCheck } from './dev-content-check.ts';
import { storyKitGuard } from './story-kit-guard.ts';
import { ui } from '../i18n/zh-CN.ts';

/** The dev toolbar app that lists the check's problems in the page, and the event it reads. */
export const CHECK_APP = 'site-content-check';
export const CHECK_EVENT = 'site:content-check';

/**
 * Runs the content checker before anything is built, so an editor's mistakes are reported all
 * together, in Chinese first, with file, line and fix — rather than one Astro error at a time.
 * In `npm run dev` it runs again on every save under content/, in the terminal and in the page
 * (a dev toolbar app that opens itself when there are problems), and brand stories are held to
 * the story kit before they render (story-kit-guard.ts).
 */
export function contentCheckIntegration(): AstroIntegration {
	let root = '';
	return {
		name: 'site:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger, addDevToolbarApp, updateConfig }) => {
				root = fileURLToPath(config.root);
				// Whatever NODE_ENV says, only the dev server gets dev-only page parts (env.d.ts).
				updateConfig({
					vite: { define: { __SITE_DEV_SERVER__: JSON.stringify(command === 'dev') } },
				});
				if (command === 'dev') {
					addDevToolbarApp({
						id: CHECK_APP,
						name: ui.devCheck.title,
						icon: 'warning',
						entrypoint: new URL('./content-check-toolbar.ts', import.meta.url),
					});
					updateConfig({ vite: { plugins: [storyKitGuard(root, contentDir(root))] } });
					return;
				}
				if (command !== 'build') return;
				const problems = checkContent(root);
				if (problems.length === 0) return;
				logger.error(`\n${formatProblems(problems)}\n`);
				throw new Error(
					`内容有 ${problems.length} 处问题，构建已停止 (content has ${problems.length} problem(s); build stopped)`,
				);
			},
			'astro:server:setup': ({ server, toolbar, logger }) => {
				const check = devContentCheck(root, logger, (problems) =>
					toolbar.send(CHECK_EVENT, problems),
				);
				const content = contentDir(root);
				server.watcher.add(content);
				server.watcher.on('all', (_event, path) => {
					if (!relative(content, path).startsWith('..')) check.schedule();
				});
				toolbar.onAppInitialized(CHECK_APP, () => {
					const latest = check.latest();
					if (latest) toolbar.send(CHECK_EVENT, latest);
				});
				check.schedule();
			},
		},
	};
}
