/**
 * The sitemap's `lastmod`: each page that stands for one content file (a brand, practice, case,
 * topic or procuratorate) is dated by that file's last commit, the date the page itself shows
 * (EditInfo.astro). Lists and other pages have no single file, so no date. In a shallow clone git
 * cannot tell the dates (see src/lib/site/git-dates.ts); the build then warns once and writes none.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionFormats, type CollectionName } from '../schemas/collections.ts';
import { isShallowClone, readGitDates, shallowCloneMessage } from '../lib/site/git-dates.ts';
import { paths } from '../lib/site/paths.ts';

/** The collections whose entries have a page of their own, and its path. */
const pageOf: Partial<Record<CollectionName, (id: string) => string>> = {
	brands: paths.brand,
	practices: paths.practice,
	cases: paths.case,
	topics: paths.topic,
	procuratorates: paths.procuratorate,
};

/** Each dated page's path and its file's last commit day, for the project at `root`. */
export function pageDates(root: string): Map<string, string> {
	const dates = readGitDates(root);
	const byPath = new Map<string, string>();
	for (const [collection, path] of Object.entries(pageOf) as Array<
		[CollectionName, (id: string) => string]
	>) {
		const dir = join(root, 'content', collection);
		let files: string[];
		try {
			files = readdirSync(dir);
		} catch {
			continue;
		}
		for (const file of files) {
			const { name, ext } = parse(file);
			if (!collectionFormats[collection].some((f) => `.${f}` === ext)) continue;
			const date = dates.get(`content/${collection}/${file}`);
			if (date) byPath.set(path(name), date);
		}
	}
	return byPath;
}

/** Warns at the start of a build or dev server when the dates cannot be known. */
export function pageDatesIntegration(): AstroIntegration {
	return {
		name: 'site:page-dates',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				if (isShallowClone(fileURLToPath(config.root))) logger.warn(shallowCloneMessage);
			},
		},
	};
}
