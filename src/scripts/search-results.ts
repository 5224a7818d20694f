/**
 * How the search page draws what it found: results with their type, brand and procuratorate as
 * labels and an excerpt from the body text; what query understanding did (corrected, pinyin,
 * synonyms, dropped words), each said and undoable; chips for active filters; and, when nothing
 * matches, the closest site terms, topics and what search tolerates. DOM only; no searching.
 */
import { ui } from '../i18n/zh-CN.ts';
import { bodyExcerpt, markHtml, type PageText } from '../lib/search/excerpt.ts';
import type { Notes } from '../lib/search/plan.ts';
import { joinWords } from '../lib/search/segment.ts';
import type { Suggestions } from '../lib/search/understand.ts';

const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	...children: Array<Node | string>
): HTMLElementTagNameMap[K] => {
	const e = Object.assign(document.createElement(tag), props);
	e.append(...children);
	return e;
};

/** One result: labels, title linking to the section the excerpt comes from, the excerpt. */
export function renderResult(page: PageText, terms: string[]): HTMLLIElement {
	const excerpt = bodyExcerpt(page, terms);
	const title = joinWords(page.meta['title'] ?? page.url);
	const href = excerpt.section ? `${page.url}#${excerpt.section.id}` : page.url;
	const labels = el('ul', { className: 'result-labels' });
	const label = (kind: keyof typeof ui.search.labels, indexed: string | undefined, cls: string) => {
		// Metadata is indexed as written (src/lib/build/index-html.ts).
		const value = indexed?.trim();
		if (!value) return;
		labels.append(
			// The kind is for screen readers; the value is what the eye scans (and tests read).
			el(
				'li',
				{ className: 'label' },
				el('span', { className: 'sr-only' }, `${ui.search.labels[kind]}：`),
				el('span', { className: cls }, value),
			),
		);
	};
	label('type', page.meta['type'], 'tag');
	label('brand', page.meta['brand'], 'value');
	label('owner', page.meta['owner'], 'value');
	const li = el('li', { className: 'card' }, labels);
	li.append(el('h3', { className: 'font-bold text-lg' }, el('a', { href }, title)));
	if (excerpt.section && excerpt.section.title !== title)
		li.append(
			el('p', { className: 'text-sm text-muted' }, ui.search.section(excerpt.section.title)),
		);
	// The excerpt is escaped text with <mark> around whole matched words, nothing else; a page
	// with no prose of its own (a 院's facts and lists) has none.
	if (excerpt.text) li.append(el('p', { innerHTML: markHtml(excerpt.text, terms) }));
	return li;
}

/** Link to the search for `q` with the current filters, optionally without corrections. */
export function searchHref(q: string, filters: URLSearchParams, exact = false): string {
	const params = new URLSearchParams(filters);
	params.set('q', q);
	if (exact) params.set('exact', '1');
	return `${location.pathname}?${params}`;
}

/** What understanding did to the query, one line each; a correction links back to the original. */
export function renderNotes(box: HTMLElement, notes: Notes, filters: URLSearchParams): void {
	const lines: HTMLElement[] = [];
	if (notes.corrected)
		lines.push(
			el(
				'p',
				{},
				ui.search.correctedTo(notes.corrected.to),
				el(
					'a',
					{ href: searchHref(notes.corrected.from, filters, true) },
					ui.search.searchInstead(notes.corrected.from),
				),
			),
		);
	if (notes.pinyin?.length) lines.push(el('p', {}, ui.search.pinyinAs(notes.pinyin)));
	if (notes.expanded?.length) lines.push(el('p', {}, ui.search.expanded(notes.expanded)));
	if (notes.dropped?.length) lines.push(el('p', {}, ui.search.dropped(notes.dropped)));
	box.replaceChildren(...lines);
	box.hidden = lines.length === 0;
}

/** A removable chip for each ticked filter; removing one unticks its box. */
export function renderChips(
	box: HTMLElement,
	boxes: HTMLInputElement[],
	onRemove: () => void,
): void {
	const ticked = boxes.filter((b) => b.checked);
	const chips = ticked.map((b) => {
		const group = ui.search.filterNames[b.name as keyof typeof ui.search.filterNames] ?? b.name;
		const button = el(
			'button',
			{ type: 'button', className: 'chip' },
			b.value,
			el('span', { ariaHidden: 'true' }, ' ×'),
		);
		button.setAttribute('aria-label', ui.search.removeFilter(group, b.value));
		button.addEventListener('click', () => {
			b.checked = false;
			onRemove();
		});
		return el('li', {}, button);
	});
	box.replaceChildren(
		...(chips.length > 0
			? [
					el('span', { className: 'text-sm text-muted' }, ui.search.activeFilters),
					el('ul', {}, ...chips),
				]
			: []),
	);
	box.hidden = chips.length === 0;
}

/**
 * With no results: the closest site terms and topics go into `list`; the help around it (browse
 * by topic, what search tolerates) is in the page already. `fewer` is shown when filters are on.
 */
export function renderHelp(
	box: HTMLElement,
	s: Suggestions | undefined,
	filters: URLSearchParams,
	filtered: boolean,
): void {
	const list = box.querySelector<HTMLElement>('[data-suggestions]');
	const fewer = box.querySelector<HTMLElement>('[data-fewer-filters]');
	const parts: HTMLElement[] = [];
	const links = (items: Array<{ text: string; href: string }>) =>
		el(
			'ul',
			{ className: 'inline-list' },
			...items.map((i) => el('li', {}, el('a', { href: i.href }, i.text))),
		);
	if (s && s.terms.length > 0)
		parts.push(
			el('p', {}, ui.search.suggestTerms),
			links(s.terms.map((t) => ({ text: t, href: searchHref(t, filters) }))),
		);
	if (s && s.topics.length > 0)
		parts.push(
			el('p', {}, ui.search.suggestTopics),
			links(s.topics.map((t) => ({ text: t.name, href: t.path }))),
		);
	list?.replaceChildren(...parts);
	if (fewer) fewer.hidden = !filtered;
	box.hidden = false;
}
