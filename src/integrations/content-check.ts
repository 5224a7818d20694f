import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeKey, hashTree, Memo } from '../lib/build/memo.ts';
import { formatProblems } from '../lib/content-check/problems.ts';
import { contentDir } from '../lib/content-check/read.ts';
import { devContentCheck } from './dev-content-check.ts';
import { storyKitGuard } from './story-kit-guard.ts';
import { ui } from '../i18n/zh-CN.ts';

/** Content trees that passed the check, by `contentCheckKey`. */
const passed = new Memo('content-check');

/**
 * Everything the check's verdict depends on: every file under the content folder, byte for
 * byte (a stray file, a link, an article archive all count), the names under public/ (images
 * are looked up there), and the checker's code with the packages and ICU it runs on. Only a
 * pass is kept: a failing tree is always checked again, so its messages are always fresh.
 */
function contentCheckKey(root: string): string {
	const hash = createHash('sha256').update('content-check-1\0');
	const checker = fileURLToPath(new URL('../lib/content-check/index.ts', import.meta.url));
	const project = fileURLToPath(new URL('../..', import.meta.url));
	hash.update(`${codeKey([checker], project)}\0${contentDir(root)}\0`);
	hashTree(hash, contentDir(root));
	hashTree(hash, join(root, 'public'), false);
	return hash.digest('hex');
}

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
			'astro:config:setup': async ({ config, command, logger, addDevToolbarApp, updateConfig }) => {
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
				// A content tree that passed with this same code passes again: skip the check.
				const key = contentCheckKey(root);
				if (passed.get(key)) return;
				// Imported only now: loading the checker (OpenCC's tables among it) takes a second.
				const { checkContent } = await import('../lib/content-check/index.ts');
				const problems = checkContent(root);
				if (problems.length === 0) {
					passed.set(key, true);
					return;
				}
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
