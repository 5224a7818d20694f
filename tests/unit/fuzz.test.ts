/**
 * Property-based tests (fast-check) of the two tools that read whatever editors paste: the
 * content checker and the text normalizer. Random valid sites pass the checker; random damage to
 * them (hostile tokens, control characters, bytes that are not UTF-8, deleted or repeated spans,
 * long runs of Markdown punctuation) is either accepted or reported with bilingual messages that
 * name a file of the site, and never makes the checker throw, stall or change a file. The
 * normalizer never throws on any string, lone surrogates included, and on text as it is pasted
 * (the site's own sentences, with traditional characters and pinyin annotations put in) leaves
 * neither behind and is idempotent.
 *
 * A few hundred cases in the normal run, a few seconds. For a long run:
 *   FUZZ_RUNS=20000 npx vitest run --project unit tests/unit/fuzz.test.ts
 * A failure prints its seed and path; pass them back as FUZZ_SEED and FUZZ_PATH to replay it.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readAllEntries } from '../../src/lib/content-check/read.ts';
import { normalizeText } from '../../src/lib/editor/normalize.ts';
import {
	findPinyinAnnotations,
	findTraditional,
	toTraditionalForms,
} from '../../src/lib/text/chinese.ts';
import { tempTree } from '../support/fixture.ts';
import { root } from '../support/site.ts';

/** Cases per property: `normal` in `npm test`, FUZZ_RUNS each in a long run. */
const long = Number(process.env['FUZZ_RUNS'] ?? 0);
const runs = (normal: number) => (long > 0 ? long : normal);
const replay: { seed?: number; path?: string } = {};
if (process.env['FUZZ_SEED']) replay.seed = Number(process.env['FUZZ_SEED']);
if (process.env['FUZZ_PATH']) replay.path = process.env['FUZZ_PATH'];
/** A long run may take minutes; the normal run keeps vitest's usual limit. */
const timeout = long > 0 ? long * 100 + 60_000 : 30_000;
/** Far above the few milliseconds a check of the fixture takes, yet a hang fails quickly. */
const CHECK_TIME_LIMIT_MS = 3_000;

// ---------------------------------------------------------------------------------------------
// What random text is made of

/** Every text of the real site, sentence by sentence: simplified, clean, as editors write it. */
const siteSentences = (() => {
	const out: string[] = [];
	const collect = (v: unknown): void => {
		if (typeof v === 'string')
			out.push(...v.split(/(?<=[。！？；])/u).filter((s) => s.trim() !== ''));
		else if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') Object.values(v).forEach(collect);
	};
	for (const e of readAllEntries(root)) {
		collect(e.data);
		collect(e.body.split(/\n+/));
	}
	return out;
})();

/**
 * Simplified characters from the site's text, without those of the fixture's place names (the
 * provenance check rightly refuses a province in prose that the article does not give), and
 * without numerals and 年 (a count or a year the article does not give is refused too).
 */
const hanPool = [...new Set(siteSentences.join('').match(/\p{Script=Han}/gu) ?? [])].filter(
	(c) =>
		!findTraditional(c).length &&
		!'某省市县'.includes(c) &&
		!/[零〇一二两三四五六七八九十百千万亿年]/.test(c),
);

/**
 * Prose the provenance check must accept: short runs of Han characters (never a copied clause)
 * between Chinese commas, ending in a full stop.
 */
const prose = fc
	.array(fc.string({ unit: fc.constantFrom(...hanPool), minLength: 1, maxLength: 6 }), {
		minLength: 1,
		maxLength: 4,
	})
	.map((parts) => `${parts.join('，')}。`);

/** One block of Markdown from everything a body may hold: no HTML, links only to this site. */
const block = fc.oneof(
	prose,
	prose.map((p) => `## ${p.slice(0, -1)}`),
	fc
		.array(prose, { minLength: 1, maxLength: 3 })
		.map((items) => items.map((i) => `- ${i}`).join('\n')),
	fc
		.array(prose, { minLength: 1, maxLength: 3 })
		.map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
	prose.map((p) => `> ${p}`),
	prose.map((p) => `**${p.slice(0, -1)}**。`),
	prose.map((p) => `*${p.slice(0, -1)}*。`),
	fc
		.tuple(
			prose,
			fc.constantFrom(
				'/practices/x/',
				'../brands/b/',
				'#top',
				'/topics/t/',
				'mailto:a@b.cn',
				'tel:12309',
			),
		)
		.map(([p, url]) => `[${p.slice(0, -1)}](${url})。`),
	fc.tuple(prose, prose).map(([a, b]) => `${a}\\\n${b}`),
	fc.tuple(prose, prose).map(([a, b]) => `| 项目 | 说明 |\n| --- | --- |\n| ${a} | ${b} |`),
	fc.constant('---'),
	prose.map((p) => `\`代码\` ${p}`),
	prose.map((p) => `\`\`\`\n${p}\n\`\`\``),
);
const body = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));

/** A YAML value that stays text whatever the characters: double-quoted, escapes and all. */
const yamlText = (s: string) => JSON.stringify(s);

// ---------------------------------------------------------------------------------------------
// A random valid site, as files

type Files = Record<string, string | Buffer>;

const validSite = fc
	.record({
		topicName: prose,
		topicDescription: prose,
		aliases: fc.array(prose, { maxLength: 3 }),
		brandSummary: prose,
		brandStory: body,
		practiceTitle: prose,
		practiceSummary: prose,
		results: fc.array(prose, { maxLength: 3 }),
		practiceBody: body,
		brandAsMdx: fc.boolean(),
		crlf: fc.boolean(),
		bom: fc.boolean(),
	})
	.map((r): Files => {
		const eol = (text: string) => (r.crlf ? text.replace(/\n/g, '\r\n') : text);
		const start = r.bom ? '\uFEFF' : '';
		const brand = `---\nname: 某品牌\nkind: 党建品牌\nprocuratorate: p\nsummary: ${yamlText(r.brandSummary)}\npillars: [甲]\naccent: "#a61b1b"\nsources: [a]\n---\n\n${r.brandStory}\n`;
		const results = r.results.length
			? `results:\n${r.results.map((x) => `  - ${yamlText(x)}`).join('\n')}\n`
			: '';
		return {
			'content/sources/a.yaml':
				'title: 文章\nabout: { procuratorates: [p], brands: [b] }\nseedFile: a.txt\n',
			'content/sources/a.txt': '文章\n某县人民检察院的某品牌，板块甲。\n',
			'content/topics/t.yaml': eol(
				`${start}name: ${yamlText(r.topicName)}\ndescription: ${yamlText(r.topicDescription)}\naliases: [${r.aliases.map(yamlText).join(', ')}]\n`,
			),
			'content/procuratorates/p.yaml':
				'name: 某县人民检察院\nlevel: 区县级\nprovince: 某省\ncity: 某市\nsources: [a]\n',
			[r.brandAsMdx ? 'content/brands/b.mdx' : 'content/brands/b.md']: eol(`${start}${brand}`),
			'content/practices/x.md': eol(
				`${start}---\ntitle: ${yamlText(r.practiceTitle)}\nbrand: b\nprocuratorate: p\npillar: 甲\ntopics: [t]\nsummary: ${yamlText(r.practiceSummary)}\n${results}sources: [a]\n---\n\n${r.practiceBody}\n`,
			),
		};
	});

/** Replaces everything under `dir` with `files`. */
function writeSite(dir: string, files: Files): void {
	rmSync(join(dir, 'content'), { recursive: true, force: true });
	for (const [path, data] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), data);
	}
}

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (lstatSync(join(dir, name)).isFile())
			out[name] = readFileSync(join(dir, name)).toString('base64');
	}
	return out;
}

/** Runs the checker as the build does; fails the property if it throws, stalls or writes. */
function check(dir: string) {
	const before = snapshot(dir);
	const started = performance.now();
	const problems = checkContent(dir);
	const ms = performance.now() - started;
	expect(ms, 'one check of the fixture').toBeLessThan(CHECK_TIME_LIMIT_MS);
	expect(snapshot(dir)).toEqual(before);
	return problems;
}

const dirs: string[] = [];
const scratch = () => {
	const dir = tempTree();
	dirs.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Damage an editor, a converter or an attacker might do to a file

/** Tokens that each exercise a rule or a parser's corner. */
const hostile = fc.constantFrom(
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<!-- 备注 -->',
	'[点此](javascript:alert(1))',
	'[点此](https://evil.example/)',
	'![图](data:image/png;base64,AA)',
	'<https://evil.example>',
	"import X from './x.js'",
	'{alert(1)}',
	'<Foo />',
	'\u0000',
	'\u0085',
	'\u200B',
	'\u202E',
	'\uFEFF',
	'\uD800',
	'黨建引領(lǐng)',
	'---',
	'```',
	'\n---\n',
	': ',
	'- ',
	'"',
	"'",
	'&',
	'*',
	'{',
	'}',
	'[',
	']',
	'<',
	'>',
	'\\',
	'|',
	'\t',
	'\r',
	'\n',
);
/** Markdown and YAML punctuation repeated, where a careless parser goes quadratic. */
const stress = fc
	.tuple(
		fc.constantFrom('[', '<', '*', '`', '(', '{', '> ', '- ', '#', '|', '\\', '!['),
		fc.integer({ min: 1_000, max: 20_000 }),
	)
	.map(([t, n]) => t.repeat(n));

type Mutation = (text: Buffer) => Buffer;
const at = (text: Buffer, fraction: number) => Math.floor(text.length * fraction);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc
		.tuple(
			fc.double({ min: 0, max: 1, noNaN: true }),
			fc.oneof(hostile, stress, fc.string({ unit: 'binary', maxLength: 20 })),
		)
		.map(
			([where, insert]): Mutation =>
				(text) =>
					Buffer.concat([
						text.subarray(0, at(text, where)),
						Buffer.from(insert),
						text.subarray(at(text, where)),
					]),
		),
	fc
		.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
		.map(
			([a, b]): Mutation =>
				(text) =>
					Buffer.concat([
						text.subarray(0, at(text, Math.min(a, b))),
						text.subarray(at(text, Math.max(a, b))),
					]),
		),
	fc
		.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
		.map(
			([a, b]): Mutation =>
				(text) =>
					Buffer.concat([
						text.subarray(0, at(text, Math.max(a, b))),
						text.subarray(at(text, Math.min(a, b))),
					]),
		),
	// A byte flipped anywhere: most often a UTF-8 sequence broken in the middle of a character.
	fc
		.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 }))
		.map(([where, byte]): Mutation => (text) => {
			const copy = Buffer.from(text);
			if (copy.length > 0) copy[Math.min(at(copy, where), copy.length - 1)] = byte;
			return copy;
		}),
	fc.uint8Array({ maxLength: 200 }).map(
		(bytes): Mutation =>
			() =>
				Buffer.from(bytes),
	),
);

/** Whether a message reads Chinese first with English after it in parentheses. */
const bilingual = (text: string) =>
	/\p{Script=Han}/u.test(text) && /\([^()]*[A-Za-z][^()]*\)/.test(text);

describe('the content checker', () => {
	test(
		'passes every random valid site',
		() => {
			const dir = scratch();
			fc.assert(
				fc.property(validSite, (files) => {
					writeSite(dir, files);
					const problems = check(dir);
					expect(problems.map((p) => `${p.file} | ${p.field} | ${p.message}`)).toEqual([]);
				}),
				{ numRuns: runs(60), ...replay },
			);
		},
		timeout,
	);

	test(
		'on damaged files never throws, stalls or writes, and every problem names a file of the site in both languages',
		() => {
			const dir = scratch();
			let refused = 0;
			fc.assert(
				fc.property(validSite, fc.nat(), mutation, (files, pick, mutate) => {
					const names = Object.keys(files).filter((f) => !f.endsWith('.txt'));
					const victim = names[pick % names.length]!;
					writeSite(dir, { ...files, [victim]: mutate(Buffer.from(files[victim]!)) });
					const problems = check(dir);
					if (problems.length > 0) refused++;
					for (const p of problems) {
						expect(Object.keys(files), p.file).toContain(p.file);
						expect(bilingual(p.message), p.message).toBe(true);
						expect(bilingual(p.fix), p.fix).toBe(true);
					}
				}),
				{ numRuns: runs(150), ...replay },
			);
			// The damage is real: many damaged sites are refused (others stay valid, e.g. a deleted blank).
			expect(refused).toBeGreaterThan(runs(150) / 4);
		},
		timeout,
	);
});

// ---------------------------------------------------------------------------------------------
// The normalizer

/** Any string at all: every code point, and UTF-16 code units that leave surrogates unpaired. */
const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 200 }),
	fc.string({ unit: fc.constantFrom(...' \t\r\n\u3000,.:;?!()（）"“”ａ１'), maxLength: 50 }),
);

/** Site text as the articles arrive: sentences joined by line breaks. */
const siteText = fc
	.array(fc.constantFrom(...siteSentences), { minLength: 1, maxLength: 8 })
	.chain((sentences) =>
		fc.tuple(
			fc.constant(sentences),
			fc.array(fc.constantFrom('', '\n', '\n\n', '\r\n'), {
				minLength: sentences.length,
				maxLength: sentences.length,
			}),
		),
	)
	.map(([sentences, breaks]) => sentences.map((s, i) => s + breaks[i]).join(''));

/** Pinyin annotations as the source's converter inserted them after characters. */
const annotation = fc.constantFrom(
	'(lǐng)',
	'(dǎo)',
	'（jiǎn）',
	'(yè wù)',
	'(chá)',
	'( zhèng )',
	'(lǜ)',
);

/** The same text with some characters traditional and annotations after some Han characters. */
const pasted = fc
	.tuple(
		siteText,
		fc.nat(toTraditionalForms.length - 1),
		fc.array(fc.tuple(fc.nat(), annotation), { maxLength: 6 }),
	)
	.map(([text, form, notes]) => {
		const chars = [...toTraditionalForms[form]!(text)];
		const han = chars.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
		for (const [pick, note] of notes) if (han.length) chars[han[pick % han.length]!] += note;
		return chars.join('');
	});

describe('the text normalizer', () => {
	test(
		'never throws, and always gives lines without trailing spaces, without CR, ending in one newline',
		() => {
			fc.assert(
				fc.property(anyText, (text) => {
					const out = normalizeText(text);
					expect(out).toMatch(/(^|[^\n])\n$/);
					expect(out).not.toMatch(/\r|[ \t\u3000]\n|\n{3}/);
				}),
				{ numRuns: runs(200), ...replay },
			);
		},
		timeout,
	);

	test(
		'leaves pasted text with no traditional characters, no pinyin annotations and no full-width letters or digits',
		() => {
			fc.assert(
				fc.property(pasted, (text) => {
					const out = normalizeText(text);
					expect(findTraditional(out)).toEqual([]);
					expect(findPinyinAnnotations(out)).toEqual([]);
					expect(out).not.toMatch(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/);
				}),
				{ numRuns: runs(100), ...replay },
			);
		},
		timeout,
	);

	test(
		'removes exactly the annotations: annotated text normalizes as the text without them',
		() => {
			fc.assert(
				fc.property(
					siteText,
					fc.array(fc.tuple(fc.nat(), annotation), { maxLength: 6 }),
					(text, notes) => {
						const chars = [...text];
						const han = chars.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
						for (const [pick, note] of notes)
							if (han.length) chars[han[pick % han.length]!] += note;
						expect(normalizeText(chars.join(''))).toBe(normalizeText(text));
					},
				),
				{ numRuns: runs(100), ...replay },
			);
		},
		timeout,
	);

	test(
		'is idempotent on any text, punctuation runs and nested annotations included: a second run changes nothing',
		() => {
			const tricky = fc.string({
				unit: fc.constantFrom(
					...[...'党建检察，。、“”"\'(),:;?!.（）ｌǐｎｇ領導 \n\t\u3000\u200bab12１２'],
				),
			});
			fc.assert(
				fc.property(fc.oneof(anyText, tricky, pasted), (text) => {
					const once = normalizeText(text);
					expect(normalizeText(once)).toBe(once);
				}),
				{ numRuns: runs(100), ...replay },
			);
		},
		timeout,
	);
});
