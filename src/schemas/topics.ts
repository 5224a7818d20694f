import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * The business lines topics are grouped under on the topics index, in the order it shows them:
 * a cadre looks for 司法救助 under 检察业务, not among 25 topics in a row.
 */
export const topicLines = ['检察业务', '服务群众', '党的建设', '队伍建设'] as const;

export type TopicLine = (typeof topicLines)[number];

/** A business line or theme (`content/topics/*.yaml`); editors may add more. */
export const topicSchema = () =>
	z.object({
		/** The topic's name as staff say it, e.g. `司法救助`. */
		name: text(),
		/** One or two sentences on what the topic covers. */
		description: text(),
		/**
		 * The business line it belongs to: 检察业务 / 服务群众 / 党的建设 / 队伍建设. Leave out
		 * and the topics index lists it under 其他主题 at the end. Default: none.
		 */
		line: z
			.enum(topicLines, {
				error: `业务条线须为 ${topicLines.join(' / ')} 之一，或不填 (line must be one of these, or left out)`,
			})
			.optional(),
		/** Other words people search with, e.g. `12309`, `信访` (numbers are taken as text). Default: none. */
		aliases: z.array(z.coerce.string().trim().min(1)).default([]),
		/** Position in topic lists; lower comes first. Default: 100. */
		order: z.number().int().default(100),
	});

export type TopicData = z.output<ReturnType<typeof topicSchema>>;
