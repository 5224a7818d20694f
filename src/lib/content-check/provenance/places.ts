/**
 * Reference data (a procuratorate's province, city and county, kept for the province filter) is
 * not from an article: no entry's text may present such a place as an article fact unless a cited
 * article gives it too, in full or without its suffix (山东省, 山东).
 */
import { canonical } from '../../text/canonical.ts';
import { occurs, type Article } from './archives.ts';
import { canonOf, type Piece } from './claims.ts';
import { sourceList, type Finding } from './messages.ts';

const PLACE_SUFFIX =
	/(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟|旗)$/;

/** Each reference value and its stem without the administrative suffix (山东省 → 山东), longest first, by first character. */
export function placeIndex(values: string[]): Map<number, string[]> {
	const all = new Set<string>();
	for (const v of values) {
		const c = canonical(v).text;
		if (c.length >= 2) all.add(c);
		const stem = c.replace(PLACE_SUFFIX, '');
		if (stem.length >= 2) all.add(stem);
	}
	const index = new Map<number, string[]>();
	for (const v of [...all].sort((a, b) => b.length - a.length)) {
		const list = index.get(v.charCodeAt(0)) ?? [];
		list.push(v);
		index.set(v.charCodeAt(0), list);
	}
	return index;
}

function placesIn(text: string, index: Map<number, string[]>): string[] {
	const found: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const hit = index.get(text.charCodeAt(i))?.find((v) => text.startsWith(v, i));
		if (hit) {
			if (!found.includes(hit)) found.push(hit);
			i += hit.length - 1;
		}
	}
	return found;
}

/** Places of the reference data in an entry's texts that no cited article gives. */
export function placeFindings(
	pieces: Piece[],
	cited: Article[],
	index: Map<number, string[]>,
	report: (f: Finding) => void,
): void {
	for (const piece of pieces) {
		if (piece.role === 'reference') continue;
		for (const place of placesIn(canonOf(piece).text, index)) {
			if (cited.some((s) => occurs(s.canon, place))) continue;
			report({
				piece,
				message: `“${place}”是检察院所在地的参考资料，所引来源（${sourceList(cited)}）中没有，不能写成文章的事实 (a place from the procuratorates' reference data that the cited source does not give)`,
				fix: "删去这个地名，只写来源中出现的地名；所在地只填在检察院的 province / city / county 字段 (remove it; a place the article does not give belongs only in the procuratorate's reference fields)",
			});
		}
	}
}
