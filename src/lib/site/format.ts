/** Formatting shared by every page: figures, dates, citations. Pure functions. */
import type { Figure } from '../../schemas/figure.ts';
import type { ProcuratorateData } from '../../schemas/procuratorates.ts';
import type { SourceData } from '../../schemas/sources.ts';
import { ui } from '../../i18n/zh-CN.ts';

const dateFormat = new Intl.DateTimeFormat('zh-CN', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: 'long',
	day: 'numeric',
});

/** `2021-08-30` → `2021年8月30日`. */
export function formatDate(iso: string): string {
	return dateFormat.format(new Date(`${iso}T12:00:00+08:00`));
}

/**
 * Whether a figure's period is counted from when its article was written (今年以来, 近三年来,
 * 截至目前), not a date: read years later, “今年” is taken for the reader's own year.
 */
export const isRelativePeriod = (period: string | undefined): boolean =>
	period !== undefined && /今年|去年|前年|本年|近.*年|年来|以来|目前|至今/.test(period);

/** A figure as the source writes it: `80余份`, `41万余元`, `86%`. */
export function formatFigure(
	figure: Pick<Figure, 'value' | 'unit' | 'approx' | 'display'>,
): string {
	if (figure.display) return figure.display;
	return `${figure.value}${figure.approx ? '余' : ''}${figure.unit}`;
}

/**
 * The day the article itself was published, where its copy gives it: not a date with a note
 * (`dateNote` says what else it is, e.g. a repost's date), which nothing may date figures by or
 * call the publication date.
 */
export const publishedOn = (source: Pick<SourceData, 'date' | 'dateNote'>): string | undefined =>
	source.dateNote ? undefined : source.date;

/**
 * A source's date as a reader must read it: with its note where the date is not the article's own
 * (a repost's date: figures “今年以来” are not of that year), or the note alone where the article
 * gives only part of a date.
 */
export function sourceDate(source: Pick<SourceData, 'date' | 'dateNote'>): string | undefined {
	if (!source.date) return source.dateNote;
	return source.dateNote
		? `${formatDate(source.date)}（${source.dateNote}）`
		: formatDate(source.date);
}

/**
 * The headline of a source; where the copy has none, the article named by its author and date, so
 * a reader can still tell which article it is.
 */
export function sourceTitle(
	source: Pick<SourceData, 'title' | 'author' | 'date' | 'dateNote'>,
): string {
	if (source.title) return source.title;
	const published = publishedOn(source);
	const when = published
		? ui.sources.published(formatDate(published))
		: [source.date && formatDate(source.date), source.dateNote].filter(Boolean).join('，') ||
			undefined;
	return ui.sources.untitled(source.author, when);
}

/** A source as cited in running text: a headline in 《》, an untitled article by its description. */
export function sourceCitation(
	source: Pick<SourceData, 'title' | 'author' | 'date' | 'dateNote'>,
): string {
	return source.title ? `《${source.title}》` : sourceTitle(source);
}

/**
 * A source cited in full on one line, as on paper: headline (or, untitled, the description that
 * already names its author and date), then what of publisher, author and date is not yet said.
 */
export function sourceReference(source: SourceData): string {
	const rest = source.title
		? citationLine(source)
		: [source.publisher, source.author ? undefined : sourceDate(source)]
				.filter(Boolean)
				.join(' · ');
	return [sourceCitation(source), rest, source.url].filter(Boolean).join('，');
}

/** One line of citation: publisher, author, date, in that order, where known. */
export function citationLine(source: SourceData): string {
	const parts = [source.publisher, source.author, sourceDate(source)];
	return parts.filter(Boolean).join(' · ');
}

/** Where a procuratorate is: province, city (unless the same, as for 上海市) and county. */
export function placeName(
	o: Pick<ProcuratorateData, 'province' | 'city' | 'county'>,
	separator = ' ',
): string {
	return [o.province, o.city === o.province ? undefined : o.city, o.county]
		.filter(Boolean)
		.join(separator);
}
