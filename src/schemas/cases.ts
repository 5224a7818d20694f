import { z } from 'astro/zod';
import { sourceList, text, topicList, type ReferenceFn } from './common.ts';
import { figureSchema } from './figure.ts';
import { exact } from './provenance.ts';

/**
 * A typical case or notable matter (典型案例, `content/cases/*.yaml`). The four sections follow
 * the usual shape of a 典型案例; each is filled only as far as the source supports it.
 */
export const caseSchema = <R extends z.ZodType>(reference: ReferenceFn<R>) =>
	z
		.object({
			/** The case's name: the official title where the source gives one (checked verbatim), else ours. */
			title: exact(text(), { onlyIf: 'officialTitle' }),
			/** Whether `title` is the official title the source gives (e.g. of a 典型案例). Default: false. */
			officialTitle: z.boolean().default(false),
			/** The brand it belongs to. Leave out where the source ties it to no brand. */
			brand: reference('brands').optional(),
			/** The procuratorate that handled it. */
			procuratorate: reference('procuratorates'),
			/** Business lines and themes (ids from `content/topics/`). */
			topics: topicList(reference),
			/** One line for cards and search results. */
			summary: text(),
			/** 基本情况: what happened. */
			background: text().optional(),
			/** 检察履职: what the procuratorate did. */
			action: text().optional(),
			/** 成效: what came of it. */
			outcome: text().optional(),
			/** 意义: why it matters. */
			significance: text().optional(),
			/** Figures the source gives. Default: none. */
			figures: z.array(figureSchema).default([]),
			/** Articles this entry's facts come from. */
			sources: sourceList(reference),
		})
		.refine((c) => c.background ?? c.action ?? c.outcome ?? c.significance, {
			error:
				'基本情况、检察履职、成效、意义至少填写一项 (fill in at least one of background, action, outcome, significance)',
			path: ['background'],
		});

export type CaseData = z.output<ReturnType<typeof caseSchema<z.ZodString>>>;
