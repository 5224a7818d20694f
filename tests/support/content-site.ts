/**
 * One small, consistent content tree for the content checker's tests (integrity, safety,
 * provenance): a source with its archived article, a topic, a procuratorate, a brand, a practice
 * and an honour, every name in them copied from the article. It passes every check, so a test
 * changes one file and sees only the problem it made.
 *
 * Line numbers the tests pin: the practice's and the brand's bodies start on line 11.
 */
import { checkContent } from '../../src/lib/content-check/index.ts';
import { tempTree } from './fixture.ts';

/** The fixture's article, as published: every name and figure the tree uses comes from it. */
export const article = [
	'互助县检察院：党建引领出实效',
	'近年来，互助县人民检察院打造“土乡丹心”党建品牌，设党建领航、党员示范两个板块。',
	'院里办理司法救助案件31件，发放救助金58.44万元，帮助农民工追回劳动报酬80余万元。',
	'全面排查安全领域事故案件，稳步推进全县安全生产湖源治理；通过生态索赔、溯源治理等方式督促修复。',
	'干警常年奔走在田间地头为群众排忧解难化解矛盾纠纷。我院被青海省人力资源和社会保障厅授予“全省维护妇女儿童权益先进集体”荣誉称号。',
].join('\n');

/** The tree, by path under `content/`. */
export const baseContent: Readonly<Record<string, string>> = {
	'sources/a.yaml':
		'title: 互助县检察院：党建引领出实效\nabout: { procuratorates: [p], brands: [b] }\nseedFile: a.txt\n',
	'sources/a.txt': article,
	'topics/t.yaml': 'name: 司法救助\ndescription: 说明。\n',
	'procuratorates/p.yaml':
		'name: 互助县人民检察院\nlevel: 区县级\nprovince: 青海省\ncity: 海东市\ncounty: 互助土族自治县\nsources: [a]\n',
	'brands/b.md':
		'---\nname: 土乡丹心\nkind: 党建品牌\nprocuratorate: p\nsummary: 院里的党建品牌。\npillars: [党建领航, 党员示范]\naccent: "#a61b1b"\nsources: [a]\n---\n\n故事。\n',
	'practices/x.md':
		'---\ntitle: 司法救助\nbrand: b\nprocuratorate: p\npillar: 党建领航\ntopics: [t]\nsummary: 院里帮助困难群众。\nsources: [a]\n---\n\n做了什么。\n',
	'honours/h.yaml':
		'title: 全省维护妇女儿童权益先进集体\nrecipient: 互助县人民检察院\nrecipientKind: 单位\nprocuratorate: p\nawardedBy: 青海省人力资源和社会保障厅\nlevel: 省级\nlevelSource: 本站推断\nsources: [a]\n',
};

/** A file of the tree, for a test to change. */
export function baseFile(path: string): string {
	const text = baseContent[path];
	if (text === undefined) throw new Error(`the fixture has no content/${path}`);
	return text;
}

/** A project folder whose content is the tree with `changes` (a `null` removes that file). */
export function contentSite(changes: Record<string, string | null> = {}): string {
	return tempTree(
		Object.fromEntries(
			Object.entries({ ...baseContent, ...changes }).map(([path, text]) => [
				`content/${path}`,
				text,
			]),
		),
	);
}

/** Every problem the checker finds in a project, one line each: file | field | message | fix. */
export function report(dir: string): string[] {
	return checkContent(dir).map((p) => `${p.file} | ${p.field} | ${p.message} | ${p.fix}`);
}
