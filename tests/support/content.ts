/**
 * The real content as the checker reads it, typed by the collection schemas, for tests that
 * compare built pages with the entries behind them (one reader instead of a copy per test file).
 */
import type { z } from 'astro/zod';
import { readAllEntries } from '../../src/lib/content-check/read.ts';
import { validateEntries, type ValidEntry } from '../../src/lib/content-check/validate.ts';
import type { idReference } from '../../src/schemas/common.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import type { schemas } from '../../src/schemas/index.ts';
import { root } from './site.ts';

type Schemas = ReturnType<typeof schemas<ReturnType<typeof idReference>>>;
/** An entry of collection C with its data as the schema outputs it (references are ids). */
export type EntryOf<C extends CollectionName> = Omit<ValidEntry, 'data'> & {
	data: z.output<Schemas[C]>;
};

const { valid } = validateEntries(readAllEntries(root));

/** Every valid entry of one collection. */
export function of<C extends CollectionName>(collection: C): Array<EntryOf<C>> {
	return valid.filter((e) => e.collection === collection) as unknown as Array<EntryOf<C>>;
}

/** One entry by collection and id; fails the test when it does not exist. */
export function entry<C extends CollectionName>(collection: C, id: string): EntryOf<C> {
	const found = of(collection).find((e) => e.id === id);
	if (!found) throw new Error(`no ${collection} entry ${id}`);
	return found;
}
