/**
 * What a page of the practices index (or of a filtered list) shows: runs of practices under a
 * heading, each with the brand and topics its card names. One place for the index and the
 * filtered lists, so both read the same.
 */
import { ui } from '../../i18n/zh-CN.ts';
import type { Practice } from './data.ts';
import { must, type SiteData } from './site-index.ts';
import { groupRuns } from './pagination.ts';
import { paths } from './paths.ts';
import { notBody } from '../search/sections.ts';

/** Runs by procuratorate, or by pillar (a brand's list: the procuratorate is the same throughout). */
export function practiceRuns(
	site: SiteData,
	items: readonly Practice[],
	before: Practice | undefined,
	by: 'procuratorate' | 'pillar',
) {
	const key = (p: Practice) => (by === 'procuratorate' ? site.ownerOf(p) : (p.data.pillar ?? ''));
	return groupRuns(items, key, before).map((run, i) => {
		const group = run.key; // a procuratorate, or a pillar's name
		return {
			...(typeof group === 'string'
				? {
						id: `${notBody.prefix.pillar}-${i}`,
						heading: { label: group || ui.brand.otherPractices },
					}
				: {
						id: `owner-${group.id}`,
						heading: { label: group.data.name, href: paths.procuratorate(group.id) },
					}),
			continued: run.continued,
			items: run.items.map((entry) => ({
				entry,
				brand: site.brandOf(entry),
				topics: entry.data.topics.map((t) => must(site.topic, t.id)),
			})),
		};
	});
}
