import { z } from 'astro/zod';
import { text } from './common.ts';
import { exact } from './provenance.ts';

/** Kinds of named thing a source mentions inside a practice. */
export const namedKinds = [
	'机制',
	'制度',
	'团队',
	'基地',
	'平台',
	'活动',
	'作品',
	'文件',
	'模式',
	'理念',
	'载体',
] as const;

/**
 * A mechanism, team, base, platform, activity, work or document the source names, written
 * exactly as the source does (e.g. `“守正”行动党支部`), so staff can search for it by name.
 */
export const namedSchema = z.object({
	/** The name exactly as the source writes it. Checked verbatim. */
	name: exact(text()),
	/** What it is. */
	kind: z.enum(namedKinds, {
		error: `类别须为 ${namedKinds.join(' / ')} 之一 (kind must be one of these)`,
	}),
	/** A short note in our own words, where the name alone does not say enough. */
	note: text().optional(),
});

export type Named = z.output<typeof namedSchema>;
