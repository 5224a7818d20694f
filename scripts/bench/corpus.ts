/**
 * A synthetic corpus shaped like the real content, for the benchmark: procuratorates across all
 * provinces, one brand each, and practices, honours and cases in the real proportions, with
 * Chinese text of realistic length. Words are drawn from the real content's own phrases, so
 * segmentation and index size behave like the real thing. Each source has an archive
 * (`sources/<id>.txt`) that gives every name and figure its entries state, in prose of its own,
 * so the provenance checks run in full and pass. Deterministic for a given size.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllEntries } from '../../src/lib/content-check/read.ts';
import { mostDistinct } from '../../src/schemas/brand-palette.ts';
import { brandOrder, homeBrandCount } from '../../src/schemas/brands.ts';

const PROVINCES = [
	'北京市',
	'天津市',
	'河北省',
	'山西省',
	'内蒙古自治区',
	'辽宁省',
	'吉林省',
	'黑龙江省',
	'上海市',
	'江苏省',
	'浙江省',
	'安徽省',
	'福建省',
	'江西省',
	'山东省',
	'河南省',
	'湖北省',
	'湖南省',
	'广东省',
	'广西壮族自治区',
	'海南省',
	'重庆市',
	'四川省',
	'贵州省',
	'云南省',
	'西藏自治区',
	'陕西省',
	'甘肃省',
	'青海省',
	'宁夏回族自治区',
	'新疆维吾尔自治区',
];

function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Characters for the generated cities and counties, and no word of the vocabulary holds one: a
 * place the archives do not give then never turns up in the generated prose, which the provenance
 * check would rightly report.
 */
const PLACE_CHARS = '丁戊己庚辛壬癸';

/**
 * The real procuratorates' cities and counties, with and without their suffix (东营市, 东营): the
 * real content comes along into the corpus, so these are reference data there too, and generated
 * prose must not name them (the provenance check would rightly report it).
 */
function realPlaces(root: string): string[] {
	return readAllEntries(root)
		.filter((e) => e.collection === 'procuratorates')
		.flatMap((e) => {
			const d = e.data as Record<string, unknown>;
			return [d['city'], d['county']];
		})
		.filter((v): v is string => typeof v === 'string')
		.flatMap((v) => [
			v,
			v.replace(/(?:自治区|自治州|自治县|地区|省|市|县|区)$/, '').replace(/土族$/, ''),
		])
		.filter((v) => v.length >= 2);
}

/**
 * A brand colour from a palette of 48 hues, dark enough for AA contrast on the site's
 * backgrounds: brands nationwide would choose among a limited palette, and the colours CSS grows
 * with the distinct colours in use, so a single shared colour would flatter it.
 */
function accentOf(i: number): string {
	const h = ((i % 48) * 7.5) / 360;
	const [s, l] = [0.6, 0.25];
	const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
	const p = 2 * l - q;
	const channel = (t: number) => {
		const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
		const v =
			u < 1 / 6
				? p + (q - p) * 6 * u
				: u < 1 / 2
					? q
					: u < 2 / 3
						? p + (q - p) * (2 / 3 - u) * 6
						: p;
		return Math.round(v * 255)
			.toString(16)
			.padStart(2, '0');
	};
	return `#${channel(h + 1 / 3)}${channel(h)}${channel(h - 1 / 3)}`;
}

/**
 * Colours for the generated brands that reach the home page beside the real ones (the first in
 * `brandOrder`, all at the default order 100): the check holds the home page's brands apart
 * (src/lib/content-check/brand-colours.ts), as an editor adding them would have to.
 */
function homeAccents(root: string, brands: number): Map<number, string> {
	const taken = readAllEntries(root)
		.filter((e) => e.collection === 'brands')
		.map((e) => String((e.data as { accent?: unknown } | undefined)?.accent ?? ''))
		.filter((a) => /^#[0-9a-f]{6}$/i.test(a));
	const generated = Array.from({ length: brands }, (_, i) => ({ id: `b${i}`, order: 100, i }));
	const onHome = generated.sort(brandOrder).slice(0, Math.max(0, homeBrandCount - taken.length));
	const out = new Map<number, string>();
	for (const { i } of onHome) {
		const accent = mostDistinct(taken);
		taken.push(accent);
		out.set(i, accent);
	}
	return out;
}

/**
 * Two- to four-character words cut from the real content's phrases, without numerals or 年: a
 * number or a year in the generated prose would be a claim the archives do not make, which the
 * provenance check would rightly report.
 */
function vocabulary(root: string): string[] {
	const text = readAllEntries(root)
		.map((e) => JSON.stringify(e.data) + e.body)
		.join('');
	const words = new Set<string>();
	for (const phrase of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
		for (let i = 0; i + 2 <= phrase.length; i += 2)
			words.add(phrase.slice(i, i + 2 + (i % 3 === 0 ? 1 : 0)));
	}
	return [...words].filter(
		(w) =>
			![...w].some((c) => PLACE_CHARS.includes(c)) &&
			!/[零〇一二两三四五六七八九十百千万亿年]/.test(w),
	);
}

export interface CorpusCounts {
	procuratorates: number;
	brands: number;
	practices: number;
	honours: number;
	cases: number;
	topics: number;
	sources: number;
}

/** How many entries of each kind make `n` entries. */
export function countsFor(n: number): CorpusCounts {
	const procuratorates = Math.min(3600, Math.max(5, Math.round(n * 0.08)));
	const practices = Math.round(n * 0.6);
	const honours = Math.round(n * 0.12);
	const cases = Math.max(0, n - procuratorates * 2 - practices - honours);
	return {
		procuratorates,
		brands: procuratorates,
		practices,
		honours,
		cases,
		topics: 40,
		sources: procuratorates,
	};
}

export function generateCorpus(root: string, dir: string, n: number): CorpusCounts {
	const random = rng(n);
	const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
	const places = realPlaces(root);
	const words = vocabulary(root).filter((w) => !places.some((p) => w.includes(p)));
	const sentence = (min: number, max: number): string => {
		let s = '';
		const len = min + Math.floor(random() * (max - min));
		while ([...s].length < len) s += pick(words) + (random() < 0.12 ? '，' : '');
		// Two words may still join into a real place name (海 + 东…): draw the sentence again.
		if (places.some((p) => s.includes(p))) return sentence(min, max);
		return s.replace(/，$/, '') + '。';
	};
	const paragraph = (chars: number) => {
		let p = '';
		while ([...p].length < chars) p += sentence(15, 40);
		return p;
	};
	const c = countsFor(n);
	// The real content comes along: its search table (synonyms, fillers) is site-wide, and the
	// editors' guide renders story-kit examples that name real entries. Synthetic ids (b1, p1,
	// x0, t0, s1, …) never collide with the real slugs.
	const real = join(root, 'content');
	if (existsSync(real)) cpSync(real, dir, { recursive: true });
	const write = (collection: string, id: string, text: string) => {
		mkdirSync(join(dir, collection), { recursive: true });
		writeFileSync(join(dir, collection, id), text);
	};
	const place = () => `${pick([...PLACE_CHARS])}${pick([...PLACE_CHARS])}`;
	const accents = homeAccents(root, c.procuratorates);
	/** What each source's archive must give: the names and figures of the entries citing it. */
	const facts = Array.from({ length: c.procuratorates }, (): string[] => []);
	const topics = Array.from({ length: c.topics }, (_, i) => `t${i}`);
	for (const [i, t] of topics.entries())
		write(
			'topics',
			`${t}.yaml`,
			`name: ${pick(words)}${pick(words)}${i}\ndescription: ${sentence(20, 40)}\n`,
		);
	for (let i = 0; i < c.procuratorates; i++) {
		const province = PROVINCES[i % PROVINCES.length]!;
		const [title, author, date] = [
			sentence(12, 24),
			pick(words),
			`2024-0${1 + (i % 9)}-1${i % 10}`,
		];
		const [name, brand, slogan] = [
			`${pick(words)}${pick(words)}县人民检察院${i}`,
			`${pick(words)}${pick(words)}${i}`,
			`${pick(words)}${pick(words)} ${pick(words)}${pick(words)}`,
		];
		facts[i]!.push(title, author, date, name, brand, slogan, '甲板块', '乙板块', '丙板块');
		write(
			'sources',
			`s${i}.yaml`,
			`title: ${title}\nauthor: ${author}\ndate: ${date}\nabout: { procuratorates: [p${i}], brands: [b${i}] }\nseedFile: generated.txt\n`,
		);
		write(
			'procuratorates',
			`p${i}.yaml`,
			`name: ${name}\nlevel: 区县级\nprovince: ${province}\ncity: ${place()}市\ncounty: ${place()}县\nsources: [s${i}]\n`,
		);
		write(
			'brands',
			`b${i}.md`,
			`---\nname: ${brand}\nslogan: ${slogan}\nkind: 党建品牌\nprocuratorate: p${i}\nsummary: ${sentence(30, 60)}\npillars: [甲板块, 乙板块, 丙板块]\naccent: "${accents.get(i) ?? accentOf(i)}"\nsources: [s${i}]\n---\n\n## 品牌由来\n\n${paragraph(300)}\n\n## 主要做法\n\n${paragraph(400)}\n`,
		);
	}
	const owner = () => Math.floor(random() * c.procuratorates);
	const topicList = () =>
		`[${[...new Set([pick(topics), pick(topics), pick(topics)].slice(0, 1 + Math.floor(random() * 3)))].join(', ')}]`;
	for (let i = 0; i < c.practices; i++) {
		const o = owner();
		const figures = Array.from({ length: Math.floor(random() * 4) }, () => {
			const [label, value] = [`${pick(words)}${pick(words)}`, Math.floor(random() * 500)];
			facts[o]!.push(`${label}${value}件`);
			return `  - label: ${label}\n    value: ${value}\n    unit: 件\n`;
		}).join('');
		write(
			'practices',
			`x${i}.md`,
			`---\ntitle: ${pick(words)}${pick(words)}${pick(words)}${i}\nbrand: b${o}\nprocuratorate: p${o}\npillar: ${pick(['甲板块', '乙板块', '丙板块'])}\ntopics: ${topicList()}\nsummary: ${sentence(30, 60)}\n${figures ? `figures:\n${figures}` : ''}sources: [s${o}]\n---\n\n${paragraph(250 + Math.floor(random() * 600))}\n\n${paragraph(150)}\n`,
		);
	}
	// An honour's title and recipient stand in one sentence; half state the level there, the
	// others mark it as the site's inference.
	for (let i = 0; i < c.honours; i++) {
		const o = owner();
		const [title, recipient] = [`${pick(words)}${pick(words)}先进集体${i}`, `${pick(words)}团队`];
		const level = pick(['国家级', '省级', '市级']);
		const stated = i % 2 === 0;
		facts[o]!.push(`${recipient}被评为${stated ? level : ''}${title}`);
		write(
			'honours',
			`h${i}.yaml`,
			`title: ${title}\nrecipient: ${recipient}\nrecipientKind: 团队\nbrand: b${o}\nprocuratorate: p${o}\nlevel: ${level}\n${stated ? '' : 'levelSource: 本站推断\n'}sources: [s${o}]\n`,
		);
	}
	for (let i = 0; i < c.cases; i++) {
		const o = owner();
		write(
			'cases',
			`c${i}.yaml`,
			`title: ${pick(words)}${pick(words)}案${i}\nbrand: b${o}\nprocuratorate: p${o}\ntopics: ${topicList()}\nsummary: ${sentence(30, 60)}\nbackground: ${paragraph(200)}\naction: ${paragraph(200)}\noutcome: ${sentence(30, 60)}\nsources: [s${o}]\n`,
		);
	}
	// The archives: prose of their own (never the entries' sentences), the facts the entries state,
	// and the provinces, which the generated prose may name.
	for (const [i, list] of facts.entries()) {
		write(
			'sources',
			`s${i}.txt`,
			`${paragraph(1500)}\n${list.join('。\n')}。\n${PROVINCES.join('、')}\n${paragraph(1500)}\n`,
		);
	}
	return c;
}
