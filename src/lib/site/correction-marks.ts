/**
 * A Sätteri mdast plugin (astro.config.mjs, the Markdown processor, which MDX inherits; so the
 * practice page and its 学习卡 both have it) that puts a note marker after each sentence of a body that uses a corrected
 * misprint of its article, linked to that correction's note on the same page
 * (`correctionAnchor`). Which sentences use a correction is the provenance check's own answer
 * (`correctionUses`). The entry's sources come from its front matter; their corrections and
 * archives are read from content/sources once per build, never published.
 */
import { join } from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { ui } from '../../i18n/zh-CN.ts';
import { readArchive, type ArchivedSource } from '../content-check/provenance/index.ts';
import { contentDir, readEntry } from '../content-check/read.ts';
import type { Correction } from '../../schemas/sources.ts';
import { usesIn, withMarks } from './corrections.ts';

const sources = new Map<string, ArchivedSource | undefined>();

/** Source `id` with its corrections and archived text, read once per build; none if it has no corrections. */
function source(id: string): ArchivedSource | undefined {
	if (!sources.has(id)) {
		const dir = join(contentDir(process.cwd()), 'sources');
		const entry = readEntry(process.cwd(), 'sources', join(dir, `${id}.yaml`));
		const data = entry.data as { corrections?: Correction[] } | undefined;
		const corrections = data?.corrections ?? [];
		const archive = corrections.length > 0 ? readArchive(dir, id) : undefined;
		sources.set(id, archive && { id, file: archive.file, text: archive.text, corrections });
	}
	return sources.get(id);
}

/** The marker: a superscript link to the correction's note. */
const marker = (anchor: string) => ({
	type: 'emphasis' as const,
	data: { hName: 'sup', hProperties: { className: ['correction-mark'] } },
	children: [
		{
			type: 'link' as const,
			url: `#${anchor}`,
			children: [{ type: 'text' as const, value: ui.corrections.mark }],
		},
	],
});

/** The plugin: marks the sentences of a body that use a correction of the entry's sources. */
export const correctionMarks = defineMdastPlugin({
	name: 'correction-marks',
	text(node, ctx) {
		const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		const ids = astro?.frontmatter?.['sources'];
		if (!Array.isArray(ids)) return;
		const cited = ids.flatMap((id) => (typeof id === 'string' ? (source(id) ?? []) : []));
		if (cited.length === 0) return;
		const uses = usesIn(node.value, cited);
		if (uses.length === 0) return;
		ctx.replaceNode(
			node,
			withMarks(node.value, uses).map((part) =>
				'text' in part ? { type: 'text' as const, value: part.text } : marker(part.mark),
			),
		);
	},
});
