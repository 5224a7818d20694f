/**
 * Provenance: every entry read against the archived text of the articles it cites
 * (`content/sources/<id>.txt`), so the site's promise (facts exact, sentences its own) is checked
 * rather than hoped for. The public face of this folder: pages and the rest of the checker import
 * only from here (`tests/unit/architecture.test.ts` holds that line).
 *
 * What is checked, each in its own module:
 * - `quotations.ts`: text inside “…” ‘…’ 《…》 「…」 is the article's, verbatim and as printed;
 *   a `<Quote>`'s speaker and role stand beside the quotation in the article;
 * - `names.ts`: fields the schema marks `exact` appear verbatim; an honour's title, recipient,
 *   occasion, awarding body and year stand in one sentence, and its level is stated or marked
 *   inferred; an entry's procuratorate and brand are named in the article it cites;
 * - `numbers.ts`: each figure, and every number in the site's prose, is one the article states
 *   with the same unit and qualifier; a year stands with the event it dates;
 * - `copying.ts`: the site's own sentences share no run of more than `COPIED_RUN` characters;
 * - `corrections.ts`: a misprint is corrected only through the source's `corrections` list;
 * - `places.ts`: reference data (a procuratorate's province, city, county) is never presented as
 *   an article fact.
 * `archives.ts` reads the articles; `claims.ts` reads what an entry says.
 *
 * Runtime: plain Node, like the rest of the checker. It reads the archives and never writes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CollectionName } from '../../../schemas/collections.ts';
import type { Correction } from '../../../schemas/sources.ts';
import { canonical } from '../../text/canonical.ts';
import { findPinyinAnnotations, findTraditional } from '../../text/chinese.ts';
import { quantities } from '../../text/numbers.ts';
import type { Problem } from '../problems.ts';
import { contentDir } from '../read.ts';
import type { ValidEntry } from '../validate.ts';
import {
	archiveName,
	numbersOf,
	prepare,
	readArchive,
	sentencesWith,
	sentenceText,
	simplifiedName,
	type Article,
	type ArchivedSource,
} from './archives.ts';
import { canonOf, claimsOf, fieldLine, type EntryClaims, type FigureClaim } from './claims.ts';
import { COPIED_RUN, copiedSpans, copySource, labelIsArticles } from './copying.ts';
import { correctionUses, verify, type UsedCorrection } from './corrections.ts';
import { where, type Finding } from './messages.ts';
import { exactFindings, honourFindings, ownerFindings } from './names.ts';
import { eventFindings, figureForms, figureFindings, proseNumberFindings } from './numbers.ts';
import { placeFindings, placeIndex } from './places.ts';
import { maskOf, quotationFindings, speakerFindings } from './quotations.ts';

export { COPIED_RUN } from './copying.ts';
export { canonical } from '../../text/canonical.ts';
export { archiveName, readArchive, simplifiedName, type ArchivedSource } from './archives.ts';
export { correctionUses, type CorrectionUse, type UsedCorrection } from './corrections.ts';

/**
 * The corrections an entry relies on: those without which one of its exact names or figures
 * would not be found in its sources, and those its own sentences write where the article prints
 * a misprint. Pure: pages call it with the entry's data and body and the archived text of its
 * sources, to show a note where a correction is used.
 */
export function correctionsUsed(
	collection: CollectionName,
	data: Record<string, unknown>,
	body: string,
	sources: ArchivedSource[],
): UsedCorrection[] {
	const articles = sources.map(prepare);
	if (articles.every((a) => a.corrected.length === 0)) return [];
	const { pieces, figures } = claimsOf(collection, data, body);
	const used: UsedCorrection[] = [];
	const add = (field: string, source: string, correction: Correction) => {
		if (!used.some((x) => x.source === source && x.correction === correction && x.field === field))
			used.push({ source, field, correction });
	};
	for (const piece of pieces) {
		if (piece.role === 'exact') {
			const { used: u } = verify([canonOf(piece).text], articles);
			if (u) add(piece.field, u.source, u.correction);
		} else if (piece.role === 'prose') {
			for (const u of correctionUses(piece.text, sources)) add(piece.field, u.source, u.correction);
		}
	}
	for (const f of figures) {
		const { used: u } = verify(figureForms(f), articles);
		if (u) add(f.field, u.source, u.correction);
	}
	return used;
}

/** The archives under the content folder, and the problems with them. */
function readArchives(
	root: string,
	valid: ValidEntry[],
): { archives: Map<string, Article>; problems: Problem[] } {
	const problems: Problem[] = [];
	const dir = join(contentDir(root), 'sources');
	const archives = new Map<string, Article>();
	for (const e of valid.filter((v) => v.collection === 'sources')) {
		const published = join(dir, archiveName(e.id));
		if (!existsSync(published)) {
			problems.push({
				file: e.file,
				entry: e.id,
				field: '',
				message: `缺少原文存档 ${relative(root, published)}：没有它就无法核对引用这篇文章的条目 (the article's archived text is missing, so entries citing it cannot be checked)`,
				fix: `把文章全文按发表原样保存为 ${relative(root, published)}（UTF-8），见 content/README.md“原文存档” (save the article's full text, as published, in that file)`,
			});
			continue;
		}
		const archive = readArchive(dir, e.id)!;
		if (
			!archive.file.endsWith(simplifiedName(e.id)) &&
			(findPinyinAnnotations(archive.text).length > 0 || findTraditional(archive.text).length > 0)
		) {
			problems.push({
				file: e.file,
				entry: e.id,
				field: '',
				message: `原文存档 ${relative(root, published)} 是繁体字或带拼音注音，无法与本站的简体文字核对 (the archive is in traditional characters or carries pinyin, so it cannot be checked against)`,
				fix: `运行 npm run normalize -- ${relative(root, published)} --out ${relative(root, join(dir, simplifiedName(e.id)))} 生成简体副本，手工改正的地方记入 archiveFixes (make a simplified copy with npm run normalize; record hand fixes in archiveFixes)`,
			});
		}
		const corrections = (e.data['corrections'] as Correction[] | undefined) ?? [];
		archives.set(
			e.id,
			prepare({ id: e.id, file: relative(root, archive.file), text: archive.text, corrections }),
		);
	}
	// Archives with no source entry are kept by no one and checked against by nothing.
	let names: string[] = [];
	try {
		names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
	} catch {
		// No sources folder: nothing archived.
	}
	for (const name of names) {
		const id = name.replace(/(?:-simplified)?\.txt$/, '');
		const hasEntry = ['yaml', 'yml'].some((ext) => existsSync(join(dir, `${id}.${ext}`)));
		if (hasEntry && (name === archiveName(id) || name === simplifiedName(id))) continue;
		problems.push({
			file: relative(root, join(dir, name)),
			entry: '',
			field: '',
			message: `原文存档 ${name} 没有对应的来源条目 content/sources/${id}.yaml (an archive with no source entry)`,
			fix: `存档须命名为 <来源编号>.txt（简体副本为 <来源编号>-simplified.txt），与来源条目同名；否则删除它 (name it after its source entry, or remove it)`,
		});
	}
	return { archives, problems };
}

/** A name that is more than a number (`第二届全国检察机关…`, not `41万余元`): its numbers are the article's already. */
function isNamed(form: string): boolean {
	let rest = form;
	for (const q of quantities(form).reverse()) rest = rest.slice(0, q.start) + rest.slice(q.end);
	return (rest.match(/\p{Script=Han}/gu) ?? []).length >= 2;
}

/** Every provenance problem in the valid entries, read against the archives under the content folder. */
export function provenanceProblems(root: string, valid: ValidEntry[]): Problem[] {
	const { archives, problems } = readArchives(root, valid);
	const sourceYaml = new Map(
		valid.filter((e) => e.collection === 'sources').map((e) => [e.id, e.file]),
	);
	const checked = valid.filter((e) => e.collection !== 'topics');
	const citedBy = (e: ValidEntry): string[] =>
		e.collection === 'sources' ? [e.id] : ((e.data['sources'] as string[] | undefined) ?? []);
	const byId = (collection: string) =>
		new Map(valid.filter((e) => e.collection === collection).map((e) => [e.id, e]));
	const procuratorates = byId('procuratorates');
	const sourceEntries = byId('sources');
	const aboutOf = (id: string) =>
		(sourceEntries.get(id)?.data['about'] ?? {}) as {
			procuratorates?: string[];
			brands?: string[];
		};
	const brands = byId('brands');
	const namesOf = (e: ValidEntry | undefined): string[] =>
		e
			? (['name', 'shortName']
					.map((k) => e.data[k])
					.filter((v) => typeof v === 'string') as string[])
			: [];

	// Names that are exact anywhere may be repeated in any entry citing the same article.
	const exemptBySource = new Map<string, Set<string>>();
	const claims = new Map<ValidEntry, EntryClaims>();
	const places: string[] = [];
	for (const e of checked) {
		const c = claimsOf(e.collection, e.data, e.body, e.bodyLine);
		claims.set(e, c);
		const names = [
			...c.pieces.filter((x) => x.role === 'exact').map((x) => x.text),
			...c.figures.flatMap(figureForms),
			// Who said it, as the article names them (checked by the quotation check).
			...c.quotes.flatMap((q) => [q.speaker ?? '', ...(q.role ?? '').split(/[，,、]/)]),
		];
		for (const id of citedBy(e)) {
			const set = exemptBySource.get(id) ?? new Set<string>();
			for (const n of names) {
				const form = canonical(n).text;
				if (form.length > 1) set.add(form);
			}
			exemptBySource.set(id, set);
		}
		if (e.collection === 'procuratorates')
			places.push(...c.pieces.filter((x) => x.role === 'reference').map((x) => x.text));
	}
	const placeIdx = placeIndex(places);
	const namedBySource = new Map(
		[...exemptBySource].map(([id, set]) => [id, [...set].filter(isNamed)]),
	);

	// Problems are kept per entry, so each file's problems read together whatever order they are found in.
	const found = new Map<ValidEntry, Problem[]>();
	const reporter = (e: ValidEntry) => (f: Finding) => {
		const field = f.piece?.field ?? f.field ?? '';
		const line = f.piece?.line ?? f.line ?? fieldLine(e.source, field);
		const list = found.get(e) ?? [];
		const message = `${where(line, f.piece?.origin ?? f.origin)}${f.message}`;
		// The same number twice on one line is one thing to fix.
		if (list.some((p) => p.field === field && p.message === message)) return;
		list.push({
			file: e.file,
			entry: e.id,
			field,
			message,
			fix: f.fix,
		});
		found.set(e, list);
	};
	const bySource = new Map<string, ValidEntry[]>();

	for (const e of checked) {
		const ids = citedBy(e);
		const sources = ids.map((id) => archives.get(id));
		// A missing archive is reported once, on its source; a broken reference by the integrity check.
		if (sources.length === 0 || sources.some((s) => s === undefined)) continue;
		const cited = sources as Article[];
		for (const id of ids) {
			const list = bySource.get(id) ?? [];
			list.push(e);
			bySource.set(id, list);
		}
		const yaml = sourceYaml.get(ids[0]!) ?? `content/sources/${ids[0]}.yaml`;
		const report = reporter(e);
		const c = claims.get(e)!;
		const owner = procuratorates.get(String(e.data['procuratorate']));
		const names = [...new Set(ids.flatMap((id) => namedBySource.get(id) ?? []))];

		quotationFindings(c.pieces, cited, yaml, report);
		exactFindings(c.pieces, cited, yaml, report);
		figureFindings(c.figures, cited, report);
		proseNumberFindings(c.pieces, cited, names, report);
		eventFindings(c.events, cited, report);
		speakerFindings(c.quotes, cited, namesOf(owner), report);
		placeFindings(c.pieces, cited, placeIdx, report);
		if (e.collection === 'honours') honourFindings(e.data, cited, namesOf(owner), report);
		if (['practices', 'cases', 'honours', 'brands'].includes(e.collection)) {
			// An owner no cited source is `about` is the integrity check's to report; here, an owner a
			// source says it is about must also be named in its article, so `about` cannot be widened
			// to let another 院's work cite it.
			const declared = (kind: 'procuratorates' | 'brands', id: string) =>
				ids.some((s) => aboutOf(s)[kind]?.includes(id));
			const owners = [];
			if (owner && declared('procuratorates', owner.id))
				owners.push({ field: 'procuratorate', id: owner.id, names: namesOf(owner) });
			const brand = brands.get(String(e.data['brand']));
			if (brand && declared('brands', brand.id))
				owners.push({ field: 'brand', id: brand.id, names: namesOf(brand) });
			ownerFindings(owners, cited, report);
		}
	}

	// Copied runs, one source at a time: its stretches are built, its citing entries read, and let go.
	for (const [id, entries] of bySource) {
		const article = archives.get(id)!;
		const source = copySource(article.canon, exemptBySource.get(id) ?? []);
		for (const e of entries) {
			const c = claims.get(e)!;
			// A label may say what is counted in the article's words for that very figure. Found
			// only for a label with a copied run: finding every figure's sentences up front was a
			// second of the check at 10,000 entries, for the few labels that need them.
			const labelOf = new Map(c.figures.map((f) => [`${f.field}.label`, f]));
			for (const piece of c.pieces) {
				if (piece.role !== 'prose') continue;
				const canon = canonOf(piece);
				const figure = labelOf.get(piece.field);
				let ownWords: string[] | undefined;
				for (const copy of copiedSpans(piece, canon, maskOf(piece, canon, []), source)) {
					if (figure) ownWords ??= figureSentences(figure, article);
					if (ownWords && labelIsArticles(copy.text, ownWords)) continue;
					reporter(e)({
						piece,
						message: `有 ${copy.length} 个字与原文 ${article.file} 连续相同（比较时略去标点、空格和“的地得了”，引号内的话、名称和数字不计）：“${copy.text}”（上限 ${COPIED_RUN} 个） (a run of ${copy.length} characters copied from the source, punctuation aside; at most ${COPIED_RUN} may be shared)`,
						fix: '用自己的话改写这一句（数字、名称可以保留）；确需原话的，加引号一字不差地引用 (rewrite it in your own words, keeping names and figures; or quote the source exactly)',
					});
				}
			}
		}
	}

	return [...problems, ...checked.flatMap((e) => found.get(e) ?? [])];
}

/** The sentences of `article` that state figure `f`, as printed or however its number is written. */
function figureSentences(f: FigureClaim, article: Article): string[] {
	const forms = figureForms(f);
	const ks = new Set([
		...forms.flatMap((form) => sentencesWith(article, form)),
		...forms.flatMap((form) =>
			quantities(form).flatMap((q) => numbersOf(article).get(q.key) ?? []),
		),
	]);
	return [...ks].map((k) => sentenceText(article, k));
}
