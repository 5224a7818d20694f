/**
 * The search vocabulary as the search page sees it, built at build time by
 * src/lib/search-build/vocabulary-build.ts and served as small files (vocabulary-files.ts there),
 * each fetched once, only when a query needs it, so a search costs the bytes of the few files its
 * characters need, not the site's whole vocabulary:
 * - `rules.json`: the editors' search table (synonyms, pairs kept apart, fillers) and the topics,
 *   which every query needs first;
 * - `dictionary-N.json`: the site dictionary in parts by the first character of its terms, so a
 *   query loads the parts of its own characters (dictionaryFor);
 * - `chars.json`: the readings of every character the site contains;
 * - `sound-si.json`: the site's terms by the first syllable of their pinyin, what a Chinese
 *   query's slips are compared with (soundsFor);
 * - `s.json`: the same terms by the first letter of their pinyin, for pinyin queries and for
 *   suggestions when nothing is found.
 *
 * Runtime: the browser (and Node in tests). Pure apart from the fetch it is given.
 */
import { Dictionary, type DictionaryData } from './dictionary.ts';

/**
 * What a name in the content names; the kind sets its weight (a topic beats a body word). `term`:
 * any other word of the site dictionary (a word of a title, one the editors keep whole).
 */
export type NameKind =
	'topic' | 'brand' | 'place' | 'procuratorate' | 'named' | 'honour' | 'synonym' | 'term';

/** Weight of each kind of name; words of the pages' text weigh less than any of these. */
export const NAMED_WEIGHT: Record<NameKind, number> = {
	topic: 1000,
	brand: 950,
	place: 900,
	procuratorate: 900,
	named: 850,
	honour: 800,
	synonym: 800,
	term: 700,
};
const NAME_FLOOR = Math.min(...Object.values(NAMED_WEIGHT));

/** One term: as written, its toneless pinyin (`si fa jiu zhu`), its weight. */
export type TermRow = [term: string, pinyin: string, weight: number];

/** Syllable → the site's characters that can be read so (`cha` → `察查茶…`). */
export type CharTable = Record<string, string>;

/**
 * The editors' search table (content/search.yaml) plus the topics and the site dictionary, as the
 * build writes it whole (`table.json`: the indexer reads the dictionary from it and writes back
 * the terms no page holds).
 */
export interface SearchTableData {
	synonyms: string[][];
	distinct: Array<[string, string]>;
	fillers: string[];
	/** Topic name, page, other names: suggested when nothing matches. */
	topics: Array<[name: string, path: string, aliases: string[]]>;
	/** Topic names and other names that are a brand's name too: the brand's page comes first. */
	brandNamed?: string[];
	/** The site dictionary, which cuts queries as the index was cut. */
	dictionary: DictionaryData;
}

/** What understanding reads of the search table: all but the dictionary. */
export type QueryTable = Omit<SearchTableData, 'dictionary'>;

/**
 * What every query reads first: the search table without the dictionary, which comes in parts,
 * and which first syllables have terms (so no file that does not exist is asked for).
 */
export type SearchRules = QueryTable & {
	/** How many parts the dictionary is served in (see partOf). */
	dictionaryParts: number;
	/** The first syllables of the site's terms, each a file of terms (soundFile). */
	sounds: string[];
};

/** The shard a term's pinyin lives in: its first letter. */
export const shardOf = (pinyin: string): string => pinyin[0] ?? '_';

/** The files the vocabulary is served as, under /search/terms/. */
export const termsPath = (file: string): string => `/search/terms/${file}.json`;

/** The file of the terms whose pinyin starts with this syllable. */
export const soundFile = (syllable: string): string => `sound-${syllable}`;

/** The file of one part of the site dictionary. */
export const dictionaryFile = (part: number): string => `dictionary-${part}`;

/** The part of the dictionary holding the terms that start with this character. */
export const partOf = (char: string, parts: number): number => (char.codePointAt(0) ?? 0) % parts;

/** The longest syllable of toneless pinyin (zhuang, shuang). */
const LONGEST_SYLLABLE = 6;
const HAN = /\p{Script=Han}/u;

/** `si fa jiu zhu` → `sifajiuzhu`. */
export const fullPinyin = (pinyin: string): string => pinyin.replace(/ /g, '');
/** `si fa jiu zhu` → `sfjz`. */
export const initials = (pinyin: string): string =>
	pinyin
		.split(' ')
		.map((s) => s[0] ?? '')
		.join('');

/** Whether a term is one of the content's names rather than a word of some page's text. */
export const isName = (row: TermRow): boolean => row[2] >= NAME_FLOOR;

/** The vocabulary's files, each fetched at most once. */
export class Vocabulary {
	readonly #files = new Map<string, Promise<unknown>>();
	readonly #terms = new Map<string, TermRow>();
	#readings: Promise<Map<string, string[]>> | undefined;
	/** The dictionary as far as its parts are loaded; one object, so what was cut stays cut. */
	readonly #dictionary = new Dictionary({ words: [] });
	readonly #parts = new Map<number, Promise<void>>();

	readonly #fetchJson: (path: string) => Promise<unknown>;

	constructor(fetchJson: (path: string) => Promise<unknown>) {
		this.#fetchJson = fetchJson;
	}

	#get(file: string): Promise<unknown> {
		let p = this.#files.get(file);
		if (!p) {
			// A file no term falls in is absent (404): empty, not a failure.
			const empty = /^(chars|rules|dictionary-)/.test(file) ? {} : [];
			p = this.#fetchJson(termsPath(file)).catch(() => empty);
			this.#files.set(file, p);
		}
		return p;
	}

	#rows(file: string): Promise<TermRow[]> {
		return this.#get(file).then((rows) => {
			for (const row of rows as TermRow[])
				if (!this.#terms.has(row[0])) this.#terms.set(row[0], row);
			return rows as TermRow[];
		});
	}

	/** The terms whose pinyin starts with `letter`. */
	shard(letter: string): Promise<TermRow[]> {
		return this.#rows(letter);
	}

	/** Every shard any reading of these characters starts with, loaded in parallel. */
	async shardsFor(text: string): Promise<TermRow[]> {
		const readings = await this.readings();
		const letters = new Set<string>();
		for (const c of text) for (const r of readings.get(c) ?? []) letters.add(shardOf(r));
		return (await Promise.all([...letters].sort().map((l) => this.shard(l)))).flat();
	}

	/**
	 * Every term that may sound like a run of two or more of `text`'s characters, and every term
	 * that is such a run: the terms whose first syllable starts some reading of the text from one
	 * of its characters on, where another syllable can follow (方案 reads fangan, so 反感, fan
	 * gan, is among them). Fewer and smaller files than shardsFor's, and the same terms for any
	 * comparison by sound (correctSlips).
	 */
	async soundsFor(text: string): Promise<TermRow[]> {
		const [readings, rules] = await Promise.all([this.readings(), this.rules()]);
		const sounds = new Set(rules.sounds);
		// Every syllable of every term is a reading of its character (vocabulary-build.ts), and a
		// term compared by sound has two or more: its first syllable is followed by the start of
		// another (so jiu, of 救助, is never read ji·uzhu), within the text or past what is read.
		const syllables = new Set([...readings.values()].flat());
		const goesOn = (head: string, rest: string) =>
			rest === ''
				? head.length === LONGEST_SYLLABLE
				: [...syllables].some((y) => y.startsWith(rest) || rest.startsWith(y));
		const wanted = new Set<string>();
		const chars = [...text];
		for (let i = 0; i < chars.length; i++) {
			// A run of two characters or more, each with a reading, is what is compared by sound.
			if (!readings.get(chars[i + 1] ?? '')) continue;
			// Every reading of the text from here on, as far as the longest syllable reaches.
			let heads = [''];
			for (let j = i; j < chars.length; j++) {
				const rs = readings.get(chars[j]!) ?? [];
				const short = heads.filter((h) => h.length < LONGEST_SYLLABLE);
				if (rs.length === 0 || short.length === 0) break;
				heads = [
					...heads.filter((h) => h.length >= LONGEST_SYLLABLE),
					...new Set(short.flatMap((h) => rs.map((r) => (h + r).slice(0, LONGEST_SYLLABLE)))),
				];
			}
			for (const h of heads)
				for (let n = 1; n <= h.length; n++)
					if (sounds.has(h.slice(0, n)) && goesOn(h, h.slice(n))) wanted.add(h.slice(0, n));
		}
		return (await Promise.all([...wanted].sort().map((s) => this.#rows(soundFile(s))))).flat();
	}

	/** A loaded term by its text (load its shard first). */
	term(text: string): TermRow | undefined {
		return this.#terms.get(text);
	}

	/** Character → its toneless readings, for the characters the site contains. */
	readings(): Promise<Map<string, string[]>> {
		this.#readings ??= this.#get('chars').then((table) => {
			const map = new Map<string, string[]>();
			for (const [syllable, chars] of Object.entries(table as CharTable))
				for (const c of chars) (map.get(c) ?? map.set(c, []).get(c)!).push(syllable);
			return map;
		});
		return this.#readings;
	}

	/** The search table without the dictionary. */
	async rules(): Promise<SearchRules> {
		const t = (await this.#get('rules')) as Partial<SearchRules>;
		return {
			synonyms: [],
			distinct: [],
			fillers: [],
			topics: [],
			dictionaryParts: 1,
			sounds: [],
			...t,
		};
	}

	/**
	 * The site dictionary, with every part loaded that the terms starting in these texts are in:
	 * it cuts them as the whole dictionary would (it is only ever asked about their characters).
	 */
	async dictionaryFor(...texts: string[]): Promise<Dictionary> {
		const { dictionaryParts } = await this.rules();
		const parts = new Set<number>();
		for (const text of texts)
			for (const c of text) if (HAN.test(c)) parts.add(partOf(c, dictionaryParts));
		await Promise.all(
			[...parts]
				.sort((a, b) => a - b)
				.map((part) => {
					let added = this.#parts.get(part);
					if (!added) {
						added = this.#get(dictionaryFile(part)).then((data) =>
							this.#dictionary.add({ words: [], ...(data as Partial<DictionaryData>) }),
						);
						this.#parts.set(part, added);
					}
					return added;
				}),
		);
		return this.#dictionary;
	}
}
