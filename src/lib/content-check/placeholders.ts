/**
 * Sample text of `npm run new`'s templates left in an entry: a title, summary or paragraph the
 * editor was to write in their own words. It passes every other check (it is nobody's quotation,
 * holds no number, copies no article), so without this check a new practice could be published
 * as “做法标题（自拟，简短）”. Matched whole (a field's value, a body line), so an editor's own
 * sentence that happens to contain the same words is never taken for it.
 */
import { BODY_FIELD } from './locate.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';

/** The templates' sample text where the editor writes their own words (templates.ts uses these). */
export const sampleText = {
	practiceTitle: '做法标题（自拟，简短）',
	practiceSummary: '一句话说清做了什么。',
	practiceBody: '用自己的话写：做了什么、怎么做的、效果如何。事实照录原文，句子自己写。',
	brandSummary: '一句话简介。',
	brandStory: '先用自己的话写：品牌服务谁，给人们带来了什么变化。',
	brandHow:
		'再写做法，最后写荣誉和数字。故事组件（Note、Highlights 等）的用法见 content/README.md 中的品牌故事组件一节。',
	caseTitle: '案例名称',
	caseSummary: '一句话说清这个案例。',
	caseBackground: '基本情况（原文支持才写；与下面的 action、outcome、significance 至少写一项）',
	topicName: '主题名',
	topicDescription: '一两句说明这个主题包括什么。',
	/** The guide's worked example of a practice (content/README.md), copied as a start. */
	guideBody: '用自己的话写怎么做的、效果如何。',
} as const;

const samples = new Set<string>(Object.values(sampleText));

/** Each string in `data` with its dotted field name. */
function* strings(data: unknown, field = ''): Generator<[string, string]> {
	if (typeof data === 'string') yield [field, data];
	else if (Array.isArray(data))
		for (const [i, v] of data.entries()) yield* strings(v, `${field}.${i}`);
	else if (data && typeof data === 'object')
		for (const [k, v] of Object.entries(data)) yield* strings(v, field ? `${field}.${k}` : k);
}

const problem = (e: RawEntry, field: string, text: string, line?: number): Problem => ({
	file: e.file,
	entry: e.id,
	field,
	message: `还是模板或编辑指南里的示例文字“${text}”，照这样会原样发布到网站上 (still the template's sample text; it would be published as it is)`,
	fix:
		field === BODY_FIELD
			? '换成你自己写的段落（事实照录原文，句子自己写），或删掉这一行 (write your own paragraph, or delete the line)'
			: '换成你自己写的内容（事实照录原文，句子自己写） (write your own text)',
	...(line === undefined ? {} : { line }),
});

export function placeholderProblems(e: RawEntry): Problem[] {
	const found: Problem[] = [];
	for (const [field, value] of strings(e.data))
		if (samples.has(value.trim())) found.push(problem(e, field, value.trim()));
	for (const [i, line] of e.body.split('\n').entries())
		if (samples.has(line.trim()))
			found.push(problem(e, BODY_FIELD, line.trim(), (e.bodyLine ?? 1) + i));
	return found;
}
