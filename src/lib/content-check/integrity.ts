/**
 * Rules that span files: references resolve, pillars belong to their brand, every source is
 * cited and only for the procuratorates and brands it is about, and no traditional characters
 * or pinyin annotations reach the site.
 */
import { ui } from '../../i18n/zh-CN.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import { findPinyinAnnotations, findTraditional } from '../text/chinese.ts';
import type { RawEntry } from './read.ts';
import type { Problem } from './problems.ts';
import { unknownId } from './suggest.ts';
import type { ValidEntry } from './validate.ts';

/** Which fields of which collection point at which collection (a dotted path for a nested field). */
const referenceFields: Partial<Record<CollectionName, Record<string, CollectionName>>> = {
	sources: { 'about.procuratorates': 'procuratorates', 'about.brands': 'brands' },
	procuratorates: { sources: 'sources' },
	brands: { procuratorate: 'procuratorates', sources: 'sources' },
	practices: {
		brand: 'brands',
		procuratorate: 'procuratorates',
		topics: 'topics',
		sources: 'sources',
	},
	honours: { brand: 'brands', procuratorate: 'procuratorates', sources: 'sources' },
	cases: { brand: 'brands', procuratorate: 'procuratorates', topics: 'topics', sources: 'sources' },
};

/** Bodies are the story (brands) or what was done (practices); these collections need one. */
const bodyRequired: CollectionName[] = ['brands', 'practices'];

function strings(value: unknown, path: string, out: Array<[string, string, number?]>): void {
	if (typeof value === 'string') out.push([path, value]);
	else if (Array.isArray(value))
		value.forEach((v, i) => strings(v, path ? `${path}.${i}` : String(i), out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
}

/**
 * Traditional characters and pinyin annotations in any text of a file, body included; a body is
 * judged line by line, so each problem names the line it is on (fields get theirs in locate.ts).
 */
export function chineseProblems(entry: RawEntry): Problem[] {
	const texts: Array<[string, string, number?]> = [];
	strings(entry.data, '', texts);
	entry.body.split('\n').forEach((text, i) => {
		texts.push(['正文 (body)', text, (entry.bodyLine ?? 1) + i]);
	});
	const problems: Problem[] = [];
	for (const [field, text, line] of texts) {
		const at = line === undefined ? {} : { line };
		const annotations = findPinyinAnnotations(text);
		if (annotations.length > 0) {
			problems.push({
				file: entry.file,
				entry: entry.id,
				field,
				...at,
				message: `含有拼音注音 ${annotations.slice(0, 5).join(' ')} (pinyin annotations pasted from a converted article)`,
				fix: '删除括号中的拼音，可用 npm run normalize -- <文件> 清理 (remove them; npm run normalize cleans pasted text)',
			});
		}
		const traditional = findTraditional(text);
		if (traditional.length > 0) {
			const list = traditional
				.slice(0, 10)
				.map((t) => `${t.char}→${t.simplified}`)
				.join(' ');
			problems.push({
				file: entry.file,
				entry: entry.id,
				field,
				...at,
				message: `含有繁体字 ${list} (traditional characters)`,
				fix: '改为简体字 (use simplified characters)',
			});
		}
	}
	return problems;
}

/** Problems that only show when all files are read together. */
export function integrityProblems(raw: RawEntry[], valid: ValidEntry[]): Problem[] {
	const problems: Problem[] = [];
	const ids = new Map<CollectionName, Set<string>>();
	for (const e of raw) {
		const set = ids.get(e.collection) ?? new Set<string>();
		if (set.has(e.id)) {
			problems.push({
				file: e.file,
				entry: e.id,
				field: '',
				message: `${ui.collections[e.collection]}“${e.id}”重复：另有同名文件 (duplicate id: another file has the same name)`,
				fix: '给其中一个文件改名，或删除重复的文件 (rename or remove one of them)',
			});
		}
		set.add(e.id);
		ids.set(e.collection, set);
	}

	const byKey = new Map(valid.map((e) => [`${e.collection}/${e.id}`, e]));
	const cited = new Set<string>();

	// References are checked on every file that parsed, valid or not, so one run reports a
	// mistyped id even in a file that also has a schema error.
	const parsed = raw.filter(
		(e): e is RawEntry & { data: Record<string, unknown> } =>
			typeof e.data === 'object' && e.data !== null,
	);
	for (const e of parsed) {
		const fields = referenceFields[e.collection] ?? {};
		for (const [field, target] of Object.entries(fields)) {
			const value = field
				.split('.')
				.reduce<unknown>(
					(at, key) =>
						at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
					e.data,
				);
			if (value !== undefined && typeof value !== 'string' && !Array.isArray(value)) continue;
			const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
			list.forEach((id, i) => {
				if (target === 'sources') cited.add(String(id));
				if (ids.get(target)?.has(String(id))) return;
				problems.push({
					file: e.file,
					entry: e.id,
					field: Array.isArray(value) ? `${field}.${i}` : field,
					...unknownId(String(id), target, raw),
				});
			});
		}
	}

	for (const e of valid) {
		if (bodyRequired.includes(e.collection) && e.body.trim() === '') {
			problems.push({
				file: e.file,
				entry: e.id,
				field: '正文 (body)',
				message: '正文为空 (the body is empty)',
				fix: '在第二个 --- 之后写正文 (write the text after the closing ---)',
			});
		}

		if (e.collection === 'practices' || e.collection === 'honours' || e.collection === 'cases') {
			const brand = e.data['brand'] ? byKey.get(`brands/${String(e.data['brand'])}`) : undefined;
			if (brand && brand.data['procuratorate'] !== e.data['procuratorate']) {
				problems.push({
					file: e.file,
					entry: e.id,
					field: 'procuratorate',
					message: `品牌“${String(e.data['brand'])}”属于“${String(brand.data['procuratorate'])}”，与这里的检察院不一致 (brand belongs to another procuratorate)`,
					fix: `把 procuratorate 改为 ${String(brand.data['procuratorate'])}，或改正 brand (make them agree)`,
				});
			}
		}

		if (e.collection === 'practices' && typeof e.data['pillar'] === 'string') {
			const brand = e.data['brand'] ? byKey.get(`brands/${String(e.data['brand'])}`) : undefined;
			const owner = byKey.get(`procuratorates/${String(e.data['procuratorate'])}`);
			// A broken brand or procuratorate reference is already reported; judging the pillar
			// against the wrong list would only add a misleading second error.
			if ((e.data['brand'] && !brand) || !owner) continue;
			const brandPillars = (brand?.data['pillars'] as string[] | undefined) ?? [];
			const method = owner?.data['method'] as { pillars: string[] } | undefined;
			const allowed = brandPillars.length > 0 ? brandPillars : (method?.pillars ?? []);
			if (!allowed.includes(e.data['pillar'])) {
				problems.push({
					file: e.file,
					entry: e.id,
					field: 'pillar',
					message: `板块“${e.data['pillar']}”不在所属品牌或工作法的板块中 (pillar is not one of the brand's pillars)`,
					fix:
						allowed.length > 0
							? `改为以下之一：${allowed.join(' / ')} (use one of these)`
							: '删除 pillar 字段 (remove pillar: the brand has none)',
				});
			}
		}
	}

	for (const e of valid.filter((v) => v.collection === 'sources')) {
		if (!cited.has(e.id)) {
			problems.push({
				file: e.file,
				entry: e.id,
				field: '',
				message: '这个来源没有被任何条目引用 (no entry cites this source)',
				fix: '在相关条目的 sources 中加入它，或删除这个文件 (cite it or remove it)',
			});
		}
	}

	problems.push(...aboutProblems(valid));
	for (const e of raw) problems.push(...chineseProblems(e));
	return problems;
}

/**
 * Each entry cites its articles only for what they are about (a source's `about`): the
 * procuratorate an entry belongs to (a procuratorate's own id) and its brand (a brand's own id)
 * must be among those the article reports on. An entry moved to another 院 or brand while still
 * citing its old article is refused here, whatever its text says.
 */
function aboutProblems(valid: ValidEntry[]): Problem[] {
	const problems: Problem[] = [];
	const byKey = new Map(valid.map((e) => [`${e.collection}/${e.id}`, e]));
	const nameOf = (collection: CollectionName, id: string) => {
		const name = byKey.get(`${collection}/${id}`)?.data['name'];
		return typeof name === 'string' ? `${name}（${id}）` : id;
	};
	for (const e of valid) {
		const sources = e.data['sources'];
		if (!Array.isArray(sources)) continue;
		const claims: Array<[CollectionName, 'procuratorates' | 'brands', string, string]> = [];
		const owner = e.collection === 'procuratorates' ? e.id : e.data['procuratorate'];
		if (typeof owner === 'string')
			claims.push(['procuratorates', 'procuratorates', owner, 'procuratorate']);
		const brand = e.collection === 'brands' ? e.id : e.data['brand'];
		if (typeof brand === 'string') claims.push(['brands', 'brands', brand, 'brand']);
		sources.forEach((sourceId, i) => {
			const source = byKey.get(`sources/${String(sourceId)}`);
			const about = source?.data['about'] as Record<string, string[]> | undefined;
			if (!source || !about) return;
			// A mistyped id in `about` is reported once, on the source, not on every entry citing it.
			const broken = (['procuratorates', 'brands'] as const).some((key) =>
				(about[key] ?? []).some((id) => !byKey.has(`${key}/${id}`)),
			);
			if (broken) return;
			for (const [collection, key, id, field] of claims) {
				const listed = about[key] ?? [];
				// A reference that resolves to nothing is reported already, as a broken reference.
				if (listed.includes(id) || !byKey.has(`${collection}/${id}`)) continue;
				const kind = ui.collections[collection];
				const names = listed.map((x) => nameOf(collection, x)).join('、') || '（无）';
				problems.push({
					file: e.file,
					entry: e.id,
					field: `sources.${i}`,
					message: `来源“${source.id}”写的${kind}是 ${names}，没有写到${kind}“${nameOf(collection, id)}”：这篇文章不能作为它的出处 (source '${source.id}' is not about ${key.slice(0, -1)} '${id}')`,
					fix:
						e.collection === collection
							? `改引写到这个${kind}的文章；文章确实写到它时，在 ${source.file} 的 about.${key} 中加上 ${id} (cite an article about it, or list it in the source's about.${key})`
							: `把 ${field} 改回文章所写的${kind}，或改引写到“${id}”的文章；文章确实写到它时，在 ${source.file} 的 about.${key} 中加上 ${id} (restore ${field}, cite another article, or list it in the source's about.${key})`,
				});
			}
		});
	}
	return problems;
}
