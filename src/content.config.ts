import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { filePattern, type CollectionName } from './schemas/collections.ts';
import { schemas } from './schemas/index.ts';

const s = schemas(reference);

// Editors' files live in `content/<collection>/`, outside `src/`, so that editing content never
// means touching code. The file name (without extension) is the entry's id and its URL.
// $SITE_CONTENT_DIR replaces content/ when the benchmark builds a generated corpus.
const root = process.env['SITE_CONTENT_DIR'] ?? './content';
const from = (name: CollectionName) =>
	glob({ base: `${root}/${name}`, pattern: filePattern(name) });

export const collections = {
	sources: defineCollection({ loader: from('sources'), schema: s.sources }),
	topics: defineCollection({ loader: from('topics'), schema: s.topics }),
	procuratorates: defineCollection({ loader: from('procuratorates'), schema: s.procuratorates }),
	brands: defineCollection({ loader: from('brands'), schema: s.brands }),
	practices: defineCollection({ loader: from('practices'), schema: s.practices }),
	honours: defineCollection({ loader: from('honours'), schema: s.honours }),
	cases: defineCollection({ loader: from('cases'), schema: s.cases }),
};
