/**
 * Brand colours that look alike where readers see them together: the brands of one
 * procuratorate (its page, and every brand page's 同院其他品牌) and the brands on the home page
 * (the lowest `order` first). Today every brand is on the home page, so every brand differs from
 * every other. The scope is what keeps the rule possible at national scale: only about 80 colours
 * legible as text stay ΔE00 10 apart (brand-palette.ts), and a country has thousands of brands.
 */
import { brandOrder, homeBrandCount } from '../../schemas/brands.ts';
import { colourDistance, coloursNear, DISTINCT } from '../../schemas/brand-palette.ts';
import type { Problem } from './problems.ts';
import type { ValidEntry } from './validate.ts';

interface Brand {
	id: string;
	entry: ValidEntry;
	accent: string;
	procuratorate: string;
	order: number;
}

export function brandColourProblems(valid: ValidEntry[]): Problem[] {
	const brands: Brand[] = valid
		.filter((e) => e.collection === 'brands')
		.map((entry) => ({
			id: entry.id,
			entry,
			accent: String(entry.data['accent']).toLowerCase(),
			procuratorate: String(entry.data['procuratorate']),
			order: Number(entry.data['order']),
		}));
	// A clash is reported once, on the brand listed later: the brand an editor has just added
	// (default order 100), not the one already on the site.
	const listed = [...brands].sort(brandOrder);
	const home = new Set(listed.slice(0, homeBrandCount));
	const byOwner = new Map<string, Brand[]>();
	for (const b of listed) {
		const group = byOwner.get(b.procuratorate) ?? [];
		group.push(b);
		byOwner.set(b.procuratorate, group);
	}
	const shownWith = (brand: Brand) =>
		new Set([...(byOwner.get(brand.procuratorate) ?? []), ...(home.has(brand) ? home : [])]);
	const problems: Problem[] = [];
	const rank = new Map(listed.map((b, i) => [b, i]));
	// Shown cut down, never rounded up: 9.96 must not read as the 10 it fails to reach.
	const shown = (d: number) => (Math.floor(d * 10) / 10).toFixed(1);
	for (const brand of listed) {
		const others = [...shownWith(brand)].filter((o) => o !== brand);
		const clash = others
			.filter((other) => rank.get(other)! < rank.get(brand)!)
			.map((other) => ({ other, d: colourDistance(brand.accent, other.accent) }))
			.filter(({ d }) => d < DISTINCT)
			.sort((x, y) => x.d - y.d)[0];
		if (!clash) continue;
		const name = String(clash.other.entry.data['name']);
		const suggestions = coloursNear(
			brand.accent,
			others.map((o) => o.accent),
		);
		const offer =
			suggestions.length > 0
				? `改用与它们都明显不同的颜色，如 ${suggestions.map((s) => `"${s}"`).join('、')}（按与原色的接近程度排列，均已达到 4.5:1 对比度） (use a colour clearly apart from theirs, e.g. ${suggestions.join(', ')})`
				: '选一个与其他品牌色相不同的颜色 (choose another hue)';
		problems.push({
			file: brand.entry.file,
			entry: brand.entry.id,
			field: 'accent',
			message: `品牌色 ${brand.accent} 与品牌“${name}”（${clash.other.entry.file}）的 ${clash.other.accent} 太接近：色差 ΔE00 只有 ${shown(clash.d)}，须至少 ${DISTINCT}，两者在页面上会被看成同一种颜色 (too close to ${clash.other.entry.id}'s colour: ΔE00 ${shown(clash.d)}, at least ${DISTINCT} needed)`,
			fix: offer,
		});
	}
	return problems;
}
