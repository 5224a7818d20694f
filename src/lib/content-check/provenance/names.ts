/**
 * Names: fields the schema marks exact (official names, titles, slogans, units, periods, dates)
 * appear verbatim in a cited article, or through its corrections. An honour's parts stand
 * together in one sentence of the article (title and recipient, and occasion, awarding body and
 * year where given), and its level is one the article states unless the entry marks it as the
 * site's inference. The procuratorate and brand an entry belongs to are named in the article it
 * cites, so work cannot move to another 院 while citing the first one's article.
 */
import { canonical } from '../../text/canonical.ts';
import {
	has,
	numbersOf,
	sentencesOf,
	sentencesWith,
	sentenceText,
	type Article,
} from './archives.ts';
import { canonOf, type Piece } from './claims.ts';
import { verify } from './corrections.ts';
import { nearest, original, sourceList, splitBilingual, type Finding } from './messages.ts';

/** Every exact piece appears verbatim in a cited article. */
export function exactFindings(
	pieces: Piece[],
	cited: Article[],
	sourceYaml: string,
	report: (f: Finding) => void,
): void {
	for (const piece of pieces) {
		if (piece.role !== 'exact') continue;
		const form = canonOf(piece).text;
		if (verify([form], cited).found) continue;
		const near = nearest(form, cited[0]!);
		const [zh, en] = splitBilingual(
			`“${piece.text}”须与原文一字不差，但在所引来源中找不到 (this field must match the cited source word for word, and does not)`,
		);
		report({
			piece,
			message: `${zh}（核对了 ${sourceList(cited)}${near ? `；原文最接近的是“${near}”` : ''}）${en}`,
			fix: `照原文的写法改正；原文确有错字的，在 ${sourceYaml} 的 corrections 中登记 (copy the source's wording; register a misprint in the source's corrections)`,
		});
	}
}

/** How an article may name the procuratorate it is about, besides its name. */
const OWN_PROCURATORATE = ['该院', '我院', '本院'];

/** The words of a level, as an article would state it. */
const LEVEL_WORDS: Record<string, string[]> = {
	国家级: ['国家级'],
	省级: ['省级'],
	市级: ['市级'],
	区县级: ['县级', '区级'],
};

/** The article's sentence `k`, as printed, shortened for a message. */
function printed(a: Article, k: number): string {
	const { starts } = sentencesOf(a);
	const text = original(a, starts[k]!, starts[k + 1] ?? a.canon.length);
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** An honour's parts stand together in one sentence of the article; its level is stated or marked as inferred. */
export function honourFindings(
	data: Record<string, unknown>,
	cited: Article[],
	ownerNames: string[],
	report: (f: Finding) => void,
): void {
	const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : undefined);
	const title = canonical(str('title') ?? '').text;
	const recipient = str('recipient') ?? '';
	if (!title || !recipient) return;
	// Without its procuratorate (a broken reference, reported elsewhere) 该院 cannot be read.
	if (ownerNames.length === 0) return;
	const owners = ownerNames.map((n) => canonical(n).text);
	const recipientForms = [recipient, str('recipientAs')]
		.filter((r): r is string => r !== undefined)
		.map((r) => canonical(r).text);
	if (owners.includes(recipientForms[0]!)) recipientForms.push(...OWN_PROCURATORATE);
	// The exact check reports a title the article does not have at all.
	const withTitle = cited.flatMap((a) => sentencesWith(a, title).map((k) => ({ a, k })));
	if (withTitle.length === 0) return;
	const together = withTitle.filter(({ a, k }) =>
		recipientForms.some((r) => sentenceText(a, k).includes(r)),
	);
	const files = sourceList(cited);
	if (together.length === 0) {
		const { a, k } = withTitle[0]!;
		report({
			field: 'recipient',
			message: `荣誉“${str('title')}”和获得者“${recipient}”不在原文的同一句（或同一列表项）里：原文写这个荣誉的句子是“${printed(a, k)}”（核对了 ${files}） (the article does not give this title and this recipient in one sentence)`,
			fix: '照原文那一句写获得者；那一句用简称或代词（如“支部”“该片”）时，把它填进 recipientAs；两处拼起来的荣誉不能写 (name the recipient the sentence gives, in recipientAs if it uses a short form; an honour pieced together from two sentences cannot stand)',
		});
		return;
	}
	const occasion = str('occasion');
	const named = [title, ...(occasion ? [canonical(occasion).text] : [])];
	// The awarding body is said outside the honour's own name and its contest's: 最高检 inside
	// 入围最高检全国检察机关…竞赛 awarded nothing.
	const inSentence = (form: string, outsideNames = false) =>
		together.filter(({ a, k }) => {
			let s = sentenceText(a, k);
			if (outsideNames) for (const n of named) s = s.split(n).join('|');
			return s.includes(form);
		});
	// A level is stated in the title's own clause (省级文明窗口, 被评为省级…), not by another honour of the sentence.
	const inTitleClause = (form: string) =>
		together.some(({ a, k }) =>
			sentenceText(a, k)
				.split(/[,;:，；：]/)
				.some((clause) => clause.includes(title) && clause.includes(form)),
		);
	if (occasion && inSentence(canonical(occasion).text).length === 0)
		report({
			field: 'occasion',
			message: `评选活动“${occasion}”不在原文给出这个荣誉的句子里：“${printed(together[0]!.a, together[0]!.k)}”（核对了 ${files}） (the article does not give this occasion with this honour)`,
			fix: '照原文那一句写评选活动；原文没有写就去掉 occasion (give the occasion the sentence gives, or leave it out)',
		});
	const awardedBy = str('awardedBy');
	if (awardedBy && inSentence(canonical(awardedBy).text, true).length === 0)
		report({
			field: 'awardedBy',
			message: `原文给出这个荣誉的句子没有写授予单位“${awardedBy}”（写在荣誉名称或评选活动名称里的不算授予单位）：“${printed(together[0]!.a, together[0]!.k)}”（核对了 ${files}） (the article does not say this body awarded the honour)`,
			fix: '原文没有写授予单位就去掉 awardedBy，页面会显示“未载明” (leave awardedBy out where the article does not name who awarded it)',
		});
	const year = data['year'];
	if (
		typeof year === 'number' &&
		!together.some(({ a, k }) => (numbersOf(a).get(`${year}年`) ?? []).includes(k))
	)
		report({
			field: 'year',
			message: `年份 ${year} 不在原文给出这个荣誉的句子里：“${printed(together[0]!.a, together[0]!.k)}”（核对了 ${files}） (the article does not date this honour to this year)`,
			fix: '照原文那一句写年份；原文没有写就去掉 year，页面会显示“未载明” (give the year the sentence gives, or leave year out)',
		});
	const level = str('level');
	if (level && level !== '未注明' && str('levelSource') !== '本站推断') {
		const words = LEVEL_WORDS[level] ?? [level];
		if (!words.some(inTitleClause))
			report({
				field: 'level',
				message: `原文没有写明这个荣誉是“${level}”：给出它的那一句里，荣誉所在的分句没有“${words.join('”“')}”：“${printed(together[0]!.a, together[0]!.k)}”（核对了 ${files}） (the article does not state this level)`,
				fix: '级别是本站从名称或授予单位推断的，就加一行 levelSource: 本站推断（页面会注明“本站推断”）；不能推断就写 level: 未注明 (mark an inferred level with levelSource: 本站推断, or write level: 未注明)',
			});
	}
}

/**
 * The procuratorate and the brand an entry belongs to are named in an article it cites. The
 * caller passes only owners a cited source says it is `about` (any other is the integrity
 * check's), so a source's `about` widened to let another 院's work cite it is still refused.
 * `names` are each owner's names (full name, short name).
 */
export function ownerFindings(
	owners: Array<{ field: string; id: string; names: string[] }>,
	cited: Article[],
	report: (f: Finding) => void,
): void {
	for (const owner of owners) {
		const forms = owner.names.map((n) => canonical(n).text).filter((n) => n.length > 1);
		if (forms.length === 0 || cited.some((a) => forms.some((f) => has(a, f)))) continue;
		report({
			field: owner.field,
			message: `所引来源（${sourceList(cited)}）没有提到“${owner.names[0]}”：这篇文章写的是别的检察院或品牌，不能作为“${owner.id}”的出处 (the cited article does not name this ${owner.field === 'brand' ? 'brand' : 'procuratorate'})`,
			fix: `把 ${owner.field} 改回文章所写的检察院或品牌；确是“${owner.names[0]}”的做法，就引用写它的文章 (belong the entry to what its article is about, or cite an article about ${owner.id})`,
		});
	}
}
