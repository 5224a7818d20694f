/**
 * Every collection's schema, as factories over a `reference` function, so the same schemas serve
 * Astro (`src/content.config.ts`), the unit tests and the fast content checker.
 */
import type { z } from 'astro/zod';
import type { ReferenceFn } from './common.ts';
import { brandSchema } from './brands.ts';
import { caseSchema } from './cases.ts';
import { honourSchema } from './honours.ts';
import { practiceSchema } from './practices.ts';
import { procuratorateSchema } from './procuratorates.ts';
import { sourceSchema } from './sources.ts';
import { topicSchema } from './topics.ts';

export const schemas = <R extends z.ZodType>(reference: ReferenceFn<R>) => ({
	sources: sourceSchema(reference),
	topics: topicSchema(),
	procuratorates: procuratorateSchema(reference),
	brands: brandSchema(reference),
	practices: practiceSchema(reference),
	honours: honourSchema(reference),
	cases: caseSchema(reference),
});

export type { ReferenceFn } from './common.ts';
export type { CollectionName } from './collections.ts';
