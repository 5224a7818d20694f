/**
 * Enhances the practices index's filter panel (PracticeFilters.astro); without this script the
 * panel is plain links to pre-built lists. On wide screens the panel opens beside the list. On a
 * filtered list, a choice of another kind (a province on a topic's list) combines with the
 * filter in force on the search page, which filters by several facets at once; choices of the
 * same kind, and pillars (not a search facet), stay links to their pre-built lists.
 */
export function enhanceFilters(): void {
	const panel = document.querySelector<HTMLElement>('[data-practice-filters]');
	if (!panel) return;
	const details = panel.querySelector('details');
	if (details && window.matchMedia('(min-width: 64rem)').matches) details.open = true;
	const { activeKey, activeValue, search, type } = panel.dataset;
	if (!activeKey || !activeValue || !search || !type) return;
	for (const link of panel.querySelectorAll<HTMLAnchorElement>('a[data-filter-key]')) {
		const { filterKey, filterValue } = link.dataset;
		if (!filterKey || !filterValue || filterKey === activeKey) continue;
		const query = new URLSearchParams([
			['type', type],
			[activeKey, activeValue],
			[filterKey, filterValue],
		]);
		link.href = `${search}?${query}`;
	}
}
