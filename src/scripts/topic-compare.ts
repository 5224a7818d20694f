/**
 * Two or three topics in one table, on a topic's page (CompareWith.astro): the rows of another
 * topic are read from that topic's own page — the same table, built by the same component — and
 * added to this one as a group of their own. Nothing is rendered here, so a row looks the same
 * wherever it is shown. Columns are then shown where any row in the table fills them. The
 * choice is kept in the address (`?with=sifa-jiuzhu,weichengnianren`), so a comparison can be
 * shared. Without JavaScript the form stays hidden and the pre-built pair pages remain.
 */

/** Besides the page's own topic. */
const MAX_ADDED = 2;

/**
 * The article a source list's item names: its first link, to the article's entry on the sources
 * list, the same address a table row's 出处 links to. (Not an attribute of its own: the guide lists
 * every source of the site, 800 at 10,000 entries, and each attribute cost its bytes.)
 */
const articleOf = (item: Element) => item.querySelector('a')?.getAttribute('href') ?? '';
/** The articles the table rows under `root` cite: their 出处 links. */
const citedIn = (root: ParentNode) =>
	new Set(
		[...root.querySelectorAll('[data-col="source"] a')].map((a) => a.getAttribute('href') ?? ''),
	);

export function enhanceCompare(): void {
	const form = document.querySelector<HTMLFormElement>('[data-topic-compare]');
	const table = document.querySelector<HTMLTableElement>('[data-compare-table]');
	const select = form?.querySelector('select');
	const status = form?.querySelector<HTMLElement>('[data-status]');
	const caption = table?.querySelector<HTMLElement>('[data-caption]');
	const sources = document.querySelector<HTMLElement>('[data-source-list]');
	if (!form || !table || !select || !status || !caption) return;
	const text = form.dataset;
	const ownCaption = caption.textContent ?? '';
	const added = new Map<string, HTMLTableSectionElement>();
	/** Topics being fetched, so a quick second choice cannot pass the limit. */
	const pending = new Set<string>();
	const say = (message: string | undefined, name: string, count = 0) => {
		status.textContent = (message ?? '').replace('{name}', name).replace('{count}', String(count));
	};
	const option = (id: string) => [...select.options].find((o) => o.value === id && id !== '');

	/** Group headings, columns, caption, choices and address, after a group came or went. */
	const sync = () => {
		const groups = [...table.tBodies];
		const many = groups.length > 1;
		for (const row of table.querySelectorAll<HTMLElement>('tr.compare-group, tr.compare-more'))
			row.hidden = !many;
		for (const head of table.querySelectorAll<HTMLElement>('thead th[data-col]')) {
			const cells = table.querySelectorAll<HTMLElement>(`tbody [data-col="${head.dataset.col}"]`);
			const show = [...cells].some((cell) => !cell.hasAttribute('data-empty'));
			head.hidden = !show;
			for (const cell of cells) cell.hidden = !show;
		}
		const names = groups.map((g) => g.dataset.name ?? '');
		caption.textContent = many
			? (text.caption ?? '').replace('{names}', names.join(text.joiner ?? ''))
			: ownCaption;
		for (const o of select.options) o.disabled = o.value !== '' && added.has(o.value);
		// The page says its facts all come from the articles it lists: an added group's articles
		// are listed while it is shown (add), and only while some row still cites them.
		const cited = citedIn(table);
		for (const item of sources?.querySelectorAll<HTMLElement>('li[data-added]') ?? [])
			if (!cited.has(articleOf(item))) item.remove();
		const url = new URL(location.href);
		const chosen = [...added.keys()].join(',');
		if (added.size > 0) url.searchParams.set('with', chosen);
		else url.searchParams.delete('with');
		history.replaceState(history.state, '', url);
		// Another order of the same comparison keeps the topics added to it.
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-sort-link]')) {
			const to = new URL(link.href);
			if (added.size > 0) to.searchParams.set('with', chosen);
			else to.searchParams.delete('with');
			link.href = to.pathname + to.search;
		}
	};

	/** The articles `group`'s rows cite that this page does not list yet, from `page`'s list. */
	const listSources = (group: HTMLTableSectionElement, page: Document) => {
		if (!sources) return;
		const listed = new Set([...sources.children].map(articleOf));
		const cites = citedIn(group);
		for (const item of page.querySelectorAll<HTMLElement>('[data-source-list] > li')) {
			const href = articleOf(item);
			if (!cites.has(href) || listed.has(href)) continue;
			const copy = document.importNode(item, true) as HTMLElement;
			copy.dataset.added = '';
			sources.append(copy);
			listed.add(href);
		}
	};

	const remove = (id: string) => {
		const group = added.get(id);
		if (!group) return;
		group.remove();
		added.delete(id);
		sync();
		say(text.removed, group.dataset.name ?? '');
		select.focus();
	};

	const add = async (id: string, focus: boolean) => {
		const choice = option(id);
		if (!choice || added.has(id) || pending.has(id)) return;
		const name = choice.textContent?.trim() ?? id;
		if (added.size + pending.size >= MAX_ADDED) {
			say(text.full, name);
			return;
		}
		say(text.loading, name);
		pending.add(id);
		try {
			const response = await fetch((text.topicPage ?? '').replace('{id}', encodeURIComponent(id)));
			if (!response.ok) throw new Error(String(response.status));
			const page = new DOMParser().parseFromString(await response.text(), 'text/html');
			const rows = page.querySelector(`[data-compare-table] tbody[data-group="${CSS.escape(id)}"]`);
			if (!rows) throw new Error('no rows');
			const group = document.importNode(rows, true) as HTMLTableSectionElement;
			const button = group.querySelector<HTMLButtonElement>('[data-remove]');
			if (button) {
				button.hidden = false;
				button.addEventListener('click', () => remove(id));
			}
			table.append(group);
			added.set(id, group);
			listSources(group, page);
			sync();
			const count = group.querySelectorAll('tr:not(.compare-group):not(.compare-more)').length;
			say(text.added, name, count);
			if (focus) group.querySelector<HTMLElement>('tr.compare-group th')?.focus();
		} catch {
			say(text.failed, name);
		} finally {
			pending.delete(id);
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (select.value) void add(select.value, true);
	});
	const wanted = (new URLSearchParams(location.search).get('with') ?? '')
		.split(',')
		.filter((id) => option(id))
		.slice(0, MAX_ADDED);
	void (async () => {
		for (const id of wanted) await add(id, false);
	})();
}
