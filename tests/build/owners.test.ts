/**
 * Whose work a page shows, in the built site: a brand's page only the brand's own practices,
 * cases and figures; a procuratorate's page every practice of the 院 that belongs to no brand,
 * with their figures under a caption naming the 院; breadcrumbs and 学习卡 headers that lead to
 * the owner; and the site's own grouping of a brand's practices said wherever it is used.
 */
import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/zh-CN.ts';
import { formatFigure } from '../../src/lib/site/format.ts';
import { of, type EntryOf } from '../support/content.ts';
import { page, textOf } from '../support/site.ts';

/** Ids of the entries of one collection a page links to (not their 学习卡 or anchors). */
function linked(html: string, collection: 'practices' | 'cases'): Set<string> {
	return new Set(
		[...html.matchAll(new RegExp(`href="/${collection}/([a-z0-9-]+)/(?:#[^"]*)?"`, 'g'))].map(
			(m) => m[1]!,
		),
	);
}

/** The crumbs after 首页, as their text and link. */
function crumbs(html: string): Array<{ label: string; href: string | undefined }> {
	const nav = /<nav aria-label="当前位置"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
	return [...nav.matchAll(/<li>([\s\S]*?)<\/li>/g)].slice(1).map((m) => ({
		label: textOf(m[1]!).replace('›', '').trim(),
		href: /href="([^"]+)"/.exec(m[1]!)?.[1],
	}));
}

const procuratorate = (id: string) => of('procuratorates').find((o) => o.id === id)!;
const ownerName = (o: EntryOf<'procuratorates'>) => o.data.shortName ?? o.data.name;

/** A brand page without its section on the 院's own work, and that section alone. */
function splitOwnerWork(html: string): { brand: string; ownerWork: string } {
	const section = /<section aria-labelledby="owner-work"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
	return { brand: html.replace(section, ''), ownerWork: section };
}

describe('a brand page shows only the brand’s own work', () => {
	test.each(of('brands').map((b) => [b.id, b] as const))('%s', (id, b) => {
		const { brand: html, ownerWork } = splitOwnerWork(page(`/brands/${id}/`));
		const own = (e: { data: { brand?: string | undefined } }) => e.data.brand === id;
		for (const p of linked(html, 'practices'))
			expect(own(of('practices').find((e) => e.id === p)!), `${p} on ${id}`).toBe(true);
		for (const c of linked(html, 'cases'))
			expect(own(of('cases').find((e) => e.id === c)!), `${c} on ${id}`).toBe(true);
		// And all of it: every practice of the brand is listed.
		for (const p of of('practices').filter(own)) expect(linked(html, 'practices')).toContain(p.id);
		const o = procuratorate(b.data.procuratorate);
		const rest = of('practices').filter((p) => p.data.procuratorate === o.id && !p.data.brand);
		const text = textOf(html);
		if (rest.length > 0) {
			// Under its own heading, said to be the 院's: a few by name, and the 院's page for all.
			const said = textOf(ownerWork);
			expect(said).toContain(ui.brand.ownerWork);
			expect(said).toContain(ui.brand.ownerWorkIntro(ownerName(o), rest.length));
			expect(ownerWork).toContain(`href="/procuratorates/${o.id}/#practices"`);
			const named = [...linked(ownerWork, 'practices')];
			expect(named.length).toBe(Math.min(rest.length, 6));
			for (const p of named)
				expect(
					rest.map((r) => r.id),
					`${p} on ${id}`,
				).toContain(p);
		} else expect(text + textOf(ownerWork)).not.toContain(ui.brand.ownerWork);
	});
});

describe('a procuratorate page shows the 院’s own work', () => {
	test.each(of('procuratorates').map((o) => [o.id, o] as const))('%s', (id, o) => {
		const html = page(`/procuratorates/${id}/`);
		const text = textOf(html);
		const mine = of('practices').filter((p) => p.data.procuratorate === id && !p.data.brand);
		// Every practice of no brand, and no brand's practice: those are on the brand's page.
		expect([...linked(html, 'practices')].sort()).toEqual(mine.map((p) => p.id).sort());
		const figures = [...mine, ...of('cases').filter((c) => c.data.procuratorate === id)]
			.filter((e) => !e.data.brand)
			.flatMap((e) => e.data.figures);
		if (figures.length > 0) {
			expect(text).toContain(ui.procuratorate.figuresCaption(ownerName(o)));
			for (const f of figures) {
				expect(text, f.label).toContain(f.label);
				expect(text, f.label).toContain(formatFigure(f));
			}
		} else expect(text).not.toContain(ui.procuratorate.figures);
	});
});

test('a brand’s data table holds only the brand’s figures, under its own name', () => {
	for (const b of of('brands')) {
		const own = [
			...b.data.figures,
			...[...of('practices'), ...of('cases')]
				.filter((e) => e.data.brand === b.id)
				.flatMap((e) => e.data.figures),
		];
		const text = textOf(page(`/brands/${b.id}/`));
		if (own.length === 0) {
			expect(text, b.id).not.toContain(ui.brand.allData);
			continue;
		}
		expect(text, b.id).toContain(ui.brand.figuresCaption(b.data.name));
		for (const f of own) expect(text, `${b.id} ${f.label}`).toContain(f.label);
	}
});

describe('breadcrumbs and 学习卡 lead to the owner: the brand, else the 院', () => {
	const home = (e: { data: { brand?: string | undefined; procuratorate: string } }) =>
		e.data.brand
			? {
					label: of('brands').find((b) => b.id === e.data.brand)!.data.name,
					href: `/brands/${e.data.brand}/`,
				}
			: {
					label: procuratorate(e.data.procuratorate).data.name,
					href: `/procuratorates/${e.data.procuratorate}/`,
				};

	test('practice and case pages', () => {
		for (const e of [...of('practices'), ...of('cases')]) {
			const path = `/${e.collection}/${e.id}/`;
			expect(crumbs(page(path)), path).toEqual([home(e), { label: e.data.title, href: undefined }]);
		}
	});

	test('the 学习卡 names the brand only when the practice has one', () => {
		for (const p of of('practices')) {
			const band = textOf(
				/<header class="study-card-band">[\s\S]*?<\/header>/.exec(
					page(`/practices/${p.id}/card/`),
				)![0],
			);
			const brand = of('brands').find((b) => b.id === p.data.brand);
			expect(band, p.id).toContain(procuratorate(p.data.procuratorate).data.name);
			for (const b of of('brands').filter((x) => x.data.procuratorate === p.data.procuratorate))
				expect(band.includes(`${b.data.name} ·`), `${p.id}: ${b.id}`).toBe(b === brand);
		}
	});
});

describe('a grouping of the site’s own is said wherever it is used', () => {
	const bySite = of('brands').filter((b) => b.data.pillarsBySite && b.data.pillars.length > 0);

	test('there is such a grouping to say it of', () => {
		expect(bySite.length).toBeGreaterThan(0);
	});

	test('on the brand page, its filtered lists and the practice pages under its pillars', () => {
		for (const b of bySite) {
			const note = ui.pillarsBySite.note(b.data.pillars);
			expect(textOf(page(`/brands/${b.id}/`)), b.id).toContain(note);
			expect(textOf(page(`/practices/brand/${b.id}/`)), b.id).toContain(note);
			b.data.pillars.forEach((pillar, i) => {
				const practices = of('practices').filter(
					(p) => p.data.brand === b.id && p.data.pillar === pillar,
				);
				if (practices.length === 0) return;
				expect(textOf(page(`/practices/brand/${b.id}/pillar/${i + 1}/`)), pillar).toContain(note);
				for (const p of practices) {
					const mark = `${pillar}${ui.pillarsBySite.mark}`;
					expect(textOf(page(`/practices/${p.id}/`)), p.id).toContain(mark);
					expect(textOf(page(`/practices/${p.id}/card/`)), p.id).toContain(mark);
				}
			});
		}
	});

	test('and nowhere the grouping is the article’s', () => {
		for (const b of of('brands').filter((x) => !x.data.pillarsBySite))
			expect(textOf(page(`/brands/${b.id}/`)), b.id).not.toContain('为本站整理');
		for (const p of of('practices').filter((x) => !bySite.some((b) => b.id === x.data.brand)))
			expect(textOf(page(`/practices/${p.id}/`)), p.id).not.toContain(ui.pillarsBySite.mark);
	});
});
