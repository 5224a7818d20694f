/**
 * “是不是 xinqiao？”: the id an editor most likely meant when the one they wrote does not exist.
 * Editors mistype ids (`xinqaio`), leave out a hyphen (`zhengyixianfeng`), write only part of one
 * (`duiwu` for `duiwu-jianshe`) or write the Chinese name instead (`心桥`); each is caught here.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { collectionFormats, type CollectionName } from '../../schemas/collections.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';

/** An entry that could be meant: its id and, when it has one, its Chinese name. */
export interface Candidate {
	id: string;
	name?: string | undefined;
}

/** Edit distance counting a swap of two neighbours as one edit (`xinqaio` → `xinqiao`). */
export function distance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const row = d[i]!;
			row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * The id meant by `written`, or undefined when nothing is close enough to say so. A guess is
 * offered only when it is the one clear best: two candidates equally close are no answer.
 */
export function didYouMean(written: string, candidates: Candidate[]): string | undefined {
	const text = written.trim();
	const byName = candidates.filter((c) => c.name !== undefined && c.name === text);
	if (byName.length === 1) return byName[0]!.id;
	const bare = text.toLowerCase().replace(/[\s_-]+/g, '');
	const whole = candidates.filter((c) => c.id.replace(/-/g, '') === bare);
	if (whole.length === 1) return whole[0]!.id;
	// Up to one edit in four characters: `xinqaio` yes, `rongjia` for `xinqiao` no. Ids shorter
	// than four are one edit from too many others for a guess to mean anything.
	if (text.length < 4) return undefined;
	const allowed = Math.floor(text.length / 4);
	const scored = candidates
		.filter((c) => c.id.length >= 4)
		.map((c) => ({ id: c.id, d: distance(text.toLowerCase(), c.id) }))
		.filter((c) => c.d <= allowed)
		.sort((x, y) => x.d - y.d);
	if (scored.length > 0 && (scored.length === 1 || scored[1]!.d > scored[0]!.d))
		return scored[0]!.id;
	const parts = candidates.filter((c) => c.id.split('-').includes(text));
	return parts.length === 1 ? parts[0]!.id : undefined;
}

/** The entries of a collection as candidates, named by their `name` (or a source's `title`). */
function candidatesIn(raw: RawEntry[], collection: CollectionName): Candidate[] {
	return raw
		.filter((e) => e.collection === collection)
		.map((e) => {
			const data = (e.data ?? {}) as Record<string, unknown>;
			const name = data['name'] ?? data['title'];
			return { id: e.id, name: typeof name === 'string' ? name : undefined };
		});
}

/** The most existing ids a message lists; beyond that it points at the folder instead. */
const LISTED_IDS = 12;

/** What to say about a reference to an id of `target` that does not exist. */
export function unknownId(
	id: string,
	target: CollectionName,
	raw: RawEntry[],
): Pick<Problem, 'message' | 'fix'> {
	const candidates = candidatesIn(raw, target);
	const guess = didYouMean(id, candidates);
	const what = `引用的${ui.collections[target]}“${id}”不存在`;
	if (guess)
		return {
			message: `${what}，是不是 ${guess}？ (${target} '${id}' does not exist; did you mean ${guess}?)`,
			fix: `改为 ${guess} (write ${guess})`,
		};
	const known = candidates.map((c) => c.id);
	const list =
		known.length <= LISTED_IDS
			? `改为 content/${target}/ 下已有的文件名之一：${known.join(', ')}`
			: `改为 content/${target}/ 下已有的文件名（不含扩展名）`;
	// An id in a source's `about` is written before the entry it names (guide step 2): the file
	// may simply not be made yet.
	const file = `content/${target}/${id}.${collectionFormats[target][0]}`;
	return {
		message: `${what} (${target} '${id}' does not exist)`,
		fix: `${list}；要新建的，运行 npm run new -- ${target} ${id} 建 ${file} (use an existing id, or create ${file} with npm run new)`,
	};
}
