/**
 * The content checker: every problem in the editors' files, found without Astro, all at once,
 * each with file, field, what is wrong and how to fix it (Chinese first).
 *
 * Runtime: plain Node (`npm run check:content`, and the integration that runs it before
 * `astro build`). May import `src/schemas/`, `src/lib/text/` and `src/i18n/`; never Astro
 * (`astro:*`), never `src/lib/site/`, and it never writes a file.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { collectionFormats } from '../../schemas/collections.ts';
import { brandColourProblems } from './brand-colours.ts';
import { figureTopicProblems } from './figure-topics.ts';
import { integrityProblems } from './integrity.ts';
import { locateProblems } from './locate.ts';
import { markdownProblems } from './markdown.ts';
import { placeholderProblems } from './placeholders.ts';
import type { Problem } from './problems.ts';
import { provenanceProblems } from './provenance/index.ts';
import { readAllEntries, unreadFiles } from './read.ts';
import { entrySafetyProblems, treeSafetyProblems } from './safety.ts';
import { readSearchTable } from './search-table.ts';
import { storyKitProblems } from './story-kit.ts';
import { validateEntries } from './validate.ts';

/** Every problem in the content under `root`, schema and integrity together. */
export function checkContent(root: string): Problem[] {
	const raw = readAllEntries(root);
	const { valid, problems: invalid } = validateEntries(raw);
	const strays = unreadFiles(root).map(({ collection, file }): Problem => {
		const formats = collectionFormats[collection].map((f) => `.${f}`).join(' / ');
		return {
			file,
			entry: '',
			field: '',
			message: `${ui.collections[collection]}（${collection}）只接受 ${formats} 文件，这个文件不会被构建 (this collection takes only ${formats} files; this one would never be built)`,
			fix: `改用 ${formats} 格式，或把文件移出 content/${collection}/ (use one of those formats, or move the file out)`,
		};
	});
	const unsafe = [...treeSafetyProblems(root), ...raw.flatMap(entrySafetyProblems)];
	const problems = [
		...unsafe,
		...strays,
		...invalid,
		...integrityProblems(raw, valid),
		...figureTopicProblems(valid),
		...raw.flatMap((e) => markdownProblems(e, root)),
		...raw.flatMap(placeholderProblems),
		...provenanceProblems(root, valid),
		...readSearchTable(root).problems,
		...storyKitProblems(raw, valid),
		...brandColourProblems(valid),
	];
	return locateProblems(problems, raw);
}
