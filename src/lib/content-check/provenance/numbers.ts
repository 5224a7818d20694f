/**
 * Numbers: every number of an entry — a figure, or a number anywhere in its prose (body, summary,
 * results, notes, figure labels and chart titles, a story's text and headings) — is one a cited
 * article states, with the same unit and the same 余/多/约/近, however either side writes it
 * (`src/lib/text/numbers.ts` reads both). A year, a date or a 去年 that dates something must
 * also stand in a sentence of the article that tells of the same thing: a real year on the wrong
 * event is refused. Numbers inside quotations and exact names are the article's already.
 */
import { canonical } from '../../text/canonical.ts';
import { datesAnEvent, quantities, type Quantity } from '../../text/numbers.ts';
import { numbersOf, sentencesOf, sentencesWith, sentenceText, type Article } from './archives.ts';
import { canonOf, type EventClaim, type FigureClaim, type Piece } from './claims.ts';
import { verify } from './corrections.ts';
import { nearest, original, sourceList, splitBilingual, type Finding } from './messages.ts';
import { maskOf } from './quotations.ts';

/** The forms a figure may take in the article, verbatim: its `display`, or value, 余/多 and unit. */
export function figureForms(f: FigureClaim): string[] {
	if (f.display !== undefined) return [canonical(f.display).text];
	const unit = canonical(f.unit).text;
	return f.approx ? [`${f.value}余${unit}`, `${f.value}多${unit}`] : [`${f.value}${unit}`];
}

/** The figure as the site shows it. */
const shownFigure = (f: FigureClaim) => f.display ?? `${f.value}${f.approx ? '余' : ''}${f.unit}`;

/** The articles that state a number with `key`. */
const stating = (cited: Article[], key: string) => cited.filter((a) => numbersOf(a).has(key));

/** Each figure's value, 余/多 and unit stand together in a cited article, written either way. */
export function figureFindings(
	figures: FigureClaim[],
	cited: Article[],
	report: (f: Finding) => void,
): void {
	for (const f of figures) {
		const forms = figureForms(f);
		const [q] = quantities(shownFigure(f));
		const found =
			verify(forms, cited).found ||
			(q !== undefined &&
				q.end - q.start === shownFigure(f).length &&
				stating(cited, q.key).length > 0);
		if (!found) {
			// The article's numbers in the same unit say what to write; a nearest passage by
			// characters often holds a number in another unit (“1件” → “件31件，发”).
			const like = q ? sameUnit(q, cited) : [];
			const near = like.length === 0 ? nearest(forms[0]!, cited[0]!, { margin: 2 }) : undefined;
			const hint = like.length
				? `；原文同一单位的数字有：${like.join('、')}`
				: near
					? `；原文最接近的是“${near}”`
					: '';
			const [zh, en] = splitBilingual(
				`数据“${shownFigure(f)}”在所引来源中找不到：数值、“余/多”和单位须与原文一致 (figure not found in the cited source: value, 余/多 and unit must match it)`,
			);
			report({
				field: f.field,
				message: `${zh}（核对了 ${sourceList(cited)}${hint}）${en}`,
				fix: '核对 value、unit 和 approx（原文写“余”“多”时填 true）；原文写法不同时（如“41万余元”“十余部”）用 display 照录 (check value, unit and approx; where the source writes it differently, copy its form into display)',
			});
			continue;
		}
		if (f.period === undefined) continue;
		// A period that is a year dates the figure: the year and the figure stand in one sentence.
		const words = [...eventWords(f.label), ...(q ? [] : forms)];
		for (const p of quantities(canonical(f.period).text).filter(datesAnEvent)) {
			const together = cited.some((a) => {
				const withYear = numbersOf(a).get(p.key) ?? [];
				const withFigure = new Set(q ? (numbersOf(a).get(q.key) ?? []) : []);
				const known = telling(a, words);
				return withYear.some(
					(k) => withFigure.has(k) || known.some((w) => sentenceText(a, k).includes(w)),
				);
			});
			if (!together)
				report({
					field: `${f.field}.period`,
					message: `时间“${f.period}”与数据“${shownFigure(f)}”不在原文的同一句里，原文没有说这个数是这一年的（核对了 ${sourceList(cited)}） (the article does not give this figure for this year)`,
					fix: '照原文写这项数据所属的时间；原文没有写就去掉 period (give the period the article gives this figure, or leave it out)',
				});
		}
	}
}

/**
 * Words common to all writing about a procuratorate, which tell nothing about which event a
 * sentence is about. Words the article itself uses in many sentences are set aside as well
 * (`distinctive`), so this list stays short.
 */
const COMMON = new Set([
	'检察院',
	'检察',
	'院里',
	'我院',
	'该院',
	'本院',
	'全院',
	'工作',
	'开展',
	'进行',
	'推进',
	'干警',
	'党员',
	'党建',
	'通过',
	'以来',
	'年来',
	'今年',
	'去年',
	'前年',
	'明年',
	'全年',
	'期间',
	'当年',
	'这一',
	'他们',
	'我们',
	'其中',
	'同时',
	'此外',
	'已经',
	'持续',
	'不断',
	'积极',
	'相关',
	'以及',
	'各类',
	'各项',
]);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of a sentence that can tell which event it is about: two or more Han characters, no numbers. */
export function eventWords(sentence: string): string[] {
	const words = new Set<string>();
	for (const s of segmenter.segment(canonical(sentence).text)) {
		const w = s.segment;
		if (!s.isWordLike || w.length < 2 || !/^\p{Script=Han}+$/u.test(w) || COMMON.has(w)) continue;
		if (quantities(w).length > 0) continue;
		words.add(w);
	}
	return [...words];
}

/** In how many of the article's sentences `word` stands, remembered per article. */
function spreadOf(article: Article, word: string): number {
	const spread = (article.spread ??= new Map());
	let n = spread.get(word);
	if (n === undefined) spread.set(word, (n = sentencesWith(article, word).length));
	return n;
}

/**
 * Of `words`, those the article uses that can tell its events apart: the ones in at most a
 * quarter of its sentences, or, where every one is that common, all it uses.
 */
function telling(article: Article, words: string[]): string[] {
	const present = words.filter((w) => spreadOf(article, w) > 0);
	const limit = Math.max(2, Math.ceil(sentencesOf(article).starts.length / 4));
	const rare = present.filter((w) => spreadOf(article, w) <= limit);
	return rare.length > 0 ? rare : present;
}

/** The site's sentence of a canonical text that holds position `pos`. */
function sentenceAround(text: string, pos: number): string {
	let from = pos;
	while (from > 0 && !/[。!?;\n]/.test(text[from - 1]!)) from--;
	let to = pos;
	while (to < text.length && !/[。!?;\n]/.test(text[to]!)) to++;
	return text.slice(from, to);
}

/**
 * Whether a cited article states `q` in a sentence holding one of `words`. Where the article uses
 * none of them, the sentence is the site's own telling and there is nothing to match it against:
 * it passes (an invented event is no fact of the article's, and other checks see its numbers).
 */
function datedTogether(q: Quantity, words: string[], cited: Article[]): boolean {
	return cited.some((a) => {
		const sentences = numbersOf(a).get(q.key) ?? [];
		if (sentences.length === 0) return false;
		const known = telling(a, words);
		if (known.length === 0) return true;
		return sentences.some((k) => known.some((w) => sentenceText(a, k).includes(w)));
	});
}

/** The article's sentences that state `q`, as printed, for a message. */
function sentencesStating(q: Quantity, cited: Article[]): string {
	return cited
		.flatMap((a) => (numbersOf(a).get(q.key) ?? []).slice(0, 2).map((k) => sentencePrinted(a, k)))
		.map((s) => `“${s}”`)
		.join('、');
}

function sentencePrinted(a: Article, k: number): string {
	const text = sentenceText(a, k);
	const start = a.canon.indexOf(text);
	const printed = original(a, start, start + text.length);
	return printed.length > 50 ? `${printed.slice(0, 49)}…` : printed;
}

/** Numbers the article writes with the same unit, as it writes them, for a message. */
function sameUnit(q: Quantity, cited: Article[]): string[] {
	const out = new Set<string>();
	for (const a of cited) {
		numbersOf(a);
		for (const [key, text] of a.written ?? [])
			if (key !== q.key && quantities(key)[0]?.unit === q.unit && q.kind === 'count') out.add(text);
	}
	return [...out].slice(0, 6);
}

/** Every number in the site's own prose is the article's, and a year stands with its event. */
export function proseNumberFindings(
	pieces: Piece[],
	cited: Article[],
	names: readonly string[],
	report: (f: Finding) => void,
): void {
	for (const piece of pieces) {
		if (piece.role !== 'prose' || !/[\d０-９零〇一二两三四五六七八九十百千万亿年]/.test(piece.text))
			continue;
		const canon = canonOf(piece);
		const found = quantities(canon.text);
		if (found.length === 0) continue;
		const masked = maskOf(piece, canon, names);
		for (const q of found) {
			if (masked[q.start]) continue;
			const shown = piece.text.slice(canon.at[q.start]!, canon.at[q.end - 1]! + 1);
			if (stating(cited, q.key).length === 0) {
				const like = sameUnit(q, cited);
				report({
					piece,
					message: `${q.kind === 'count' ? '数字' : '时间'}“${shown}”在所引来源中找不到：数值、单位和“余/多/约/近”须与原文一致（核对了 ${sourceList(cited)}${like.length ? `；原文同一单位的数字有：${like.join('、')}` : ''}） (a number the cited source does not state, with this unit and qualifier)`,
					fix: '照原文改正数字、单位和“余/多”（写法可以不同，如“2000余万元”与“两千余万元”）；原文没有的数字不能写 (write the number as the article states it; a number the article does not give cannot stand)',
				});
				continue;
			}
			if (!datesAnEvent(q)) continue;
			const words = eventWords(sentenceAround(canon.text, q.start));
			if (datedTogether(q, words, cited)) continue;
			report({
				piece,
				message: `“${shown}”在原文中有，但原文写这个时间的句子说的不是这件事：${sentencesStating(q, cited)}（核对了 ${sourceList(cited)}） (the article gives this year, but for another event)`,
				fix: '核对这件事在原文中的时间；原文没有写这件事的时间，就不写 (give the time the article gives for this event, or none)',
			});
		}
	}
}

/** Each `<Event when>` of a timeline stands in the article with what the event says. */
export function eventFindings(
	events: EventClaim[],
	cited: Article[],
	report: (f: Finding) => void,
): void {
	for (const e of events) {
		const words = eventWords(e.text);
		for (const q of quantities(canonical(e.when).text).filter(datesAnEvent)) {
			if (stating(cited, q.key).length === 0 || datedTogether(q, words, cited)) continue;
			report({
				field: '正文 (body)',
				line: e.line,
				origin: '<Event> 的 when 属性 (the when of <Event>)',
				message: `“${e.when}”在原文中有，但原文写这个时间的句子说的不是“${e.text}”：${sentencesStating(q, cited)}（核对了 ${sourceList(cited)}） (the article gives this date, but for another event)`,
				fix: '把事件放在原文给它的日期下；原文没有写这件事的日期，就不放进时间线 (date the event as the article does, or leave it out of the timeline)',
			});
		}
	}
}
