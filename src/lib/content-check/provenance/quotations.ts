/**
 * Quotations: text inside “…” ‘…’ 《…》 「…」 is the article's own words, character for
 * character, found as printed (never through a correction: a corrected phrase is the site's
 * reading, so it is not set in quotation marks as if the article printed it). A story's
 * `<Quote>` names who said it: the speaker stands in the article beside the quotation (its
 * sentence, or the one before or after it, in the same paragraph), and each part of the role
 * stands in a sentence of that paragraph that names the speaker, so neither a name off by one
 * character nor a role borrowed from the next person in the paragraph passes.
 */
import { canonical, type Canonical } from '../../text/canonical.ts';
import { sentenceAt, sentencesOf, sentenceText, type Article } from './archives.ts';
import type { Piece, QuoteClaim } from './claims.ts';
import { verify } from './corrections.ts';
import { nearest, original, sourceList, splitBilingual, type Finding } from './messages.ts';

const OPEN: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』' };
const CLOSE = new Set(Object.values(OPEN));
const QUOTE_MARK = /["“”‘’《》「」『』]/;

/** The quotations in `text`, nested ones too, and any quotation mark left open. */
export function quotations(text: string): {
	spans: Array<{ start: number; end: number }>;
	open: number[];
} {
	const spans: Array<{ start: number; end: number }> = [];
	if (!QUOTE_MARK.test(text)) return { spans, open: [] };
	const stack: Array<{ close: string; at: number }> = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') {
			// A straight quote closes a straight quote that is open, else opens one.
			const top = stack.findLastIndex((s) => s.close === '"');
			if (top >= 0) {
				spans.push({ start: stack[top]!.at, end: i });
				stack.length = top;
			} else stack.push({ close: '"', at: i });
		} else if (OPEN[c]) stack.push({ close: OPEN[c], at: i });
		else if (CLOSE.has(c)) {
			const top = stack.findLastIndex((s) => s.close === c);
			if (top >= 0) {
				spans.push({ start: stack[top]!.at, end: i });
				stack.length = top;
			}
		}
	}
	return { spans, open: stack.map((s) => s.at) };
}

const hasWords = (form: string) => /[\p{Script=Han}\p{L}\p{N}]/u.test(form);

/** Every quotation of the site's prose is the article's, verbatim and as printed. */
export function quotationFindings(
	pieces: Piece[],
	cited: Article[],
	sourceYaml: string,
	report: (f: Finding) => void,
): void {
	for (const piece of pieces) {
		if (piece.role !== 'prose') continue;
		const { spans, open } = quotations(piece.text);
		for (const at of open)
			report({
				piece,
				message: `引号没有闭合，从这里开始：${piece.text.slice(at, at + 12)} (a quotation mark is never closed)`,
				fix: '补上对应的另一半引号，或删去多余的引号 (close the quotation or remove the stray mark)',
			});
		for (const { start, end } of spans) {
			const inner = piece.text.slice(start + 1, end);
			const form = canonical(inner).text;
			if (!hasWords(form)) continue;
			const { found, used } = verify([form], cited);
			if (found && !used) continue;
			if (used) {
				const printed = form
					.split(canonical(used.correction.written).text)
					.join(canonical(used.correction.printed).text);
				const article = cited.find((a) => a.id === used.source)!;
				report({
					piece,
					message: `引号内的文字“${inner}”是本站按更正改过的写法，原文印作“${nearest(printed, article) ?? used.correction.printed}”：引号表示原文的原话，更正过的说法不能加引号（核对了 ${article.file}） (a corrected phrase is set in quotation marks as if the article printed it)`,
					fix: `去掉引号，用自己的话写这件事（页面会在这句旁边注明更正）；或照原文的印法引用 (drop the quotation marks and write it in your own words, and the page notes the correction beside it; or quote the misprint as printed)`,
				});
				continue;
			}
			const near = nearest(form, cited[0]!, { clause: true });
			const [zh, en] = splitBilingual(
				`引号内的文字“${inner}”在所引来源中找不到原样 (quoted text not found verbatim in the cited source)`,
			);
			report({
				piece,
				message: `${zh}（核对了 ${sourceList(cited)}${near ? `；原文最接近的是“${near}”` : ''}）${en}`,
				fix: piece.origin
					? `这是本站自己的标题：去掉引号，或照原文一字不差地写引号里的话 (a heading of the site's own: drop the quotation marks, or quote the source exactly)`
					: `照原文一字不差地改正；不是原话就去掉引号，用自己的话写；原文确有错字的，在 ${sourceYaml} 的 corrections 中登记 (copy the source exactly, or drop the quotation marks and use your own words; register a misprint in the source's corrections)`,
			});
		}
	}
}

/** The ways an article may name the procuratorate a role belongs to: 该院反渎局副局长 for 蓬安县检察院反渎局副局长. */
const OWN_PROCURATORATE = ['该院', '我院', '本院'];

/** `part`, and `part` with the procuratorate's name as the article refers to it. */
function roleForms(part: string, ownerNames: string[]): string[] {
	const forms = [part];
	for (const name of ownerNames)
		if (name && part.includes(name))
			for (const word of OWN_PROCURATORATE) forms.push(part.split(name).join(word));
	return forms;
}

/** Where a quotation stands in an article: the window of sentences around it and its paragraph's sentences. */
function placesOf(
	article: Article,
	form: string,
): Array<{ window: number[]; paragraph: number[] }> {
	const out: Array<{ window: number[]; paragraph: number[] }> = [];
	const { paragraph } = sentencesOf(article);
	for (let i = article.canon.indexOf(form); i >= 0; i = article.canon.indexOf(form, i + 1)) {
		const first = sentenceAt(article, i);
		const last = sentenceAt(article, i + form.length - 1);
		const p = paragraph[first]!;
		const inParagraph = paragraph.flatMap((q, k) => (q === p ? [k] : []));
		out.push({
			window: inParagraph.filter((k) => k >= first - 1 && k <= last + 1),
			paragraph: inParagraph,
		});
	}
	return out;
}

/** Who said it: each `<Quote>`'s speaker and role against the quotation's place in the article. */
export function speakerFindings(
	quotes: QuoteClaim[],
	cited: Article[],
	ownerNames: string[],
	report: (f: Finding) => void,
): void {
	for (const quote of quotes) {
		if (!quote.speaker && !quote.role) continue;
		const articles = quote.source ? cited.filter((a) => a.id === quote.source) : cited;
		const form = canonical(quote.text).text.replace(/^["'《]+|["'》]+$/g, '');
		if (!form) continue;
		const speaker = quote.speaker ? canonical(quote.speaker).text : undefined;
		const parts = (quote.role ?? '')
			.split(/[，,、]/)
			.map((p) => p.trim())
			.filter(Boolean)
			.map((p) => ({
				shown: p,
				forms: roleForms(
					canonical(p).text,
					ownerNames.map((n) => canonical(n).text),
				),
			}));
		let placed = false;
		let speakerOk = false;
		let missing: string[] = parts.map((p) => p.shown);
		let context = '';
		for (const article of articles) {
			for (const { window, paragraph } of placesOf(article, form)) {
				placed = true;
				const sentences = (ks: number[]) => ks.map((k) => sentenceText(article, k));
				const near = sentences(window);
				const withSpeaker = speaker
					? sentences(paragraph).filter((s) => s.includes(speaker))
					: near;
				const okSpeaker = speaker === undefined || near.some((s) => s.includes(speaker));
				const lacking = parts
					.filter((p) => !withSpeaker.some((s) => p.forms.some((f) => s.includes(f))))
					.map((p) => p.shown);
				if (okSpeaker && lacking.length === 0) {
					speakerOk = true;
					missing = [];
					break;
				}
				if (!context || okSpeaker) {
					const { starts } = sentencesOf(article);
					const from = starts[window[0]!]!;
					const to = starts[window[window.length - 1]! + 1] ?? article.canon.length;
					context = `${article.file}：“${shorten(original(article, from, to))}”`;
					speakerOk = okSpeaker;
					missing = lacking;
				}
			}
			if (placed && speakerOk && missing.length === 0) break;
		}
		// A quotation the article does not have is reported by the quotation check.
		if (!placed || (speakerOk && missing.length === 0)) continue;
		const origin = '<Quote> 的 speaker 与 role 属性 (the speaker and role of <Quote>)';
		if (!speakerOk)
			report({
				field: '正文 (body)',
				line: quote.line,
				origin,
				message: `说话人“${quote.speaker}”不在原文这段引语所在的句子或前后一句里（核对了 ${context}） (the article does not name this speaker beside the quotation)`,
				fix: '照原文写说话人的名字，一字不差；原文没有写明是谁说的，就去掉 speaker (name the speaker exactly as the article does, or leave speaker out)',
			});
		else
			report({
				field: '正文 (body)',
				line: quote.line,
				origin,
				message: `说话人的身份“${missing.join('、')}”不在原文写到${quote.speaker ? `“${quote.speaker}”` : '这段引语'}的句子里（核对了 ${context}） (the article does not give this role to the speaker)`,
				fix: 'role 照原文写说话人的身份，可以是原文同一句里的几个词组，用逗号或顿号隔开；原文用“该院”时可写院名；原文没有写就去掉 role (write the role in the words the article gives the speaker, or leave it out)',
			});
	}
}

const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * Marks the positions of `canon` (a piece's canonical text) inside its quotations and inside
 * `exempt` names (canonical): text that may repeat the article, checked verbatim elsewhere.
 */
export function maskOf(piece: Piece, canon: Canonical, exempt: readonly string[]): Uint8Array {
	const masked = new Uint8Array(canon.text.length);
	const spans = quotations(piece.text).spans;
	if (spans.length > 0) {
		for (let k = 0; k < canon.at.length; k++)
			if (spans.some((q) => canon.at[k]! >= q.start && canon.at[k]! <= q.end)) masked[k] = 1;
	}
	for (const name of exempt) {
		for (let k = canon.text.indexOf(name); k >= 0; k = canon.text.indexOf(name, k + 1))
			masked.fill(1, k, k + name.length);
	}
	return masked;
}
