/**
 * What a page of the practices index (or of a filtered list) shows: runs of practices under a
 * heading, each with the brand and topics its card names. One place for the index and the
 * filtered lists, so both read the same.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { must, type Practice, type SiteData } from './data.ts';
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
	const key = (p: Practice) =>
		by === 'procuratorate' ? p.data.procuratorate.id : (p.data.pillar ?? '');
	return groupRuns(items, key, before).map((run, i) => {
		const owner = by === 'procuratorate' ? must(site.procuratorate, run.key) : undefined;
		return {
			id: owner ? `owner-${owner.id}` : `${notBody.prefix.pillar}-${i}`,
			heading: owner
				? { label: owner.data.name, href: paths.procuratorate(owner.id) }
				: { label: run.key || ui.brand.otherPractices },
			continued: run.continued,
			items: run.items.map((entry) => ({
				entry,
				brand: site.brandOf(entry),
				topics: entry.data.topics.map((t) => must(site.topic, t.id)),
			})),
		};
	});
}
