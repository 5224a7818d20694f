/**
 * The dev toolbar app “内容检查”: the content check's problems, in the page the editor is looking
 * at, updated on every save (the server sends them; content-check.ts). It opens itself when a
 * save brings a problem and marks the toolbar red until the content passes. Browser code, dev only.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { whereIs, type Problem } from '../lib/content-check/problems.ts';
import { ui } from '../i18n/zh-CN.ts';

const CHECK_EVENT = 'site:content-check';

const styles = `
	.list { margin: 0; padding: 0; list-style: none; max-height: 60vh; overflow: auto; }
	.item { padding: 8px 0; border-top: 1px solid rgba(255,255,255,.15); }
	.where { font-family: ui-monospace, monospace; font-size: 13px; color: #ffb4b4; }
	.text { margin: 4px 0 0; white-space: pre-wrap; }
	.fix { margin: 4px 0 0; white-space: pre-wrap; color: #b4e6c8; }
	pre { margin: 4px 0 0; font-size: 12px; overflow: auto; }
`;

export default defineToolbarApp({
	init(canvas, app, server) {
		const frame = document.createElement('astro-dev-toolbar-window');
		const style = document.createElement('style');
		style.textContent = styles;
		const heading = document.createElement('h1');
		heading.textContent = ui.devCheck.title;
		const status = document.createElement('p');
		status.dataset['checkStatus'] = '';
		status.textContent = ui.devCheck.waiting;
		const list = document.createElement('ul');
		list.className = 'list';
		frame.append(style, heading, status, list);
		canvas.append(frame);

		let shown = 0;
		server.on<Problem[]>(CHECK_EVENT, (problems) => {
			status.textContent =
				problems.length === 0 ? ui.devCheck.passed : ui.devCheck.found(problems.length);
			list.replaceChildren(
				...problems.map((p) => {
					const item = document.createElement('li');
					item.className = 'item';
					const where = document.createElement('div');
					where.className = 'where';
					where.textContent = whereIs(p);
					const text = document.createElement('p');
					text.className = 'text';
					text.textContent = p.message;
					const fix = document.createElement('p');
					fix.className = 'fix';
					fix.textContent = `${ui.devCheck.fix}${p.fix}`;
					item.append(where, text);
					if (p.excerpt) {
						const excerpt = document.createElement('pre');
						excerpt.textContent = p.excerpt;
						item.append(excerpt);
					}
					item.append(fix);
					return item;
				}),
			);
			app.toggleNotification(
				problems.length > 0 ? { state: true, level: 'error' } : { state: false },
			);
			// Open on news, not on every save: an editor who closed the list keeps it closed
			// until the number of problems grows.
			if (problems.length > shown) app.toggleState({ state: true });
			shown = problems.length;
		});
	},
});
