import { z } from 'astro/zod';
import { text } from './common.ts';

/** A business line or theme (`content/topics/*.yaml`); editors may add more. */
export const topicSchema = () =>
	z.object({
		/** The topic's name as staff say it, e.g. `司法救助`. */
		name: text(),
		/** One or two sentences on what the topic covers. */
		description: text(),
		/** Other words people search with, e.g. `12309`, `信访` (numbers are taken as text). Default: none. */
		aliases: z.array(z.coerce.string().trim().min(1)).default([]),
		/** Position in topic lists; lower comes first. Default: 100. */
		order: z.number().int().default(100),
	});

export type TopicData = z.output<ReturnType<typeof topicSchema>>;
