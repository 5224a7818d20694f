/**
 * The search vocabulary as the search page sees it: the site's own terms with their pinyin, in
 * shards by the first letter of the pinyin (`/search/terms/s.json`), the readings of every
 * character the site contains (`chars.json`) and the editors' search table with the site
 * dictionary (`table.json`). Built
 * at build time by src/lib/search-build/vocabulary-build.ts; here each file is fetched once, only
 * when a query needs it, so a search costs the bytes of the few shards its words start with.
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
 * search page reads them: the one file every query needs first.
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

/** The shard a term's pinyin lives in: its first letter. */
export const shardOf = (pinyin: string): string => pinyin[0] ?? '_';

/** The files the vocabulary is served as, under /search/terms/. */
export const termsPath = (file: string): string => `/search/terms/${file}.json`;

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
	#dictionary: Promise<Dictionary> | undefined;

	readonly #fetchJson: (path: string) => Promise<unknown>;

	constructor(fetchJson: (path: string) => Promise<unknown>) {
		this.#fetchJson = fetchJson;
	}

	#get(file: string): Promise<unknown> {
		let p = this.#files.get(file);
		if (!p) {
			// A shard no term falls in is absent (404): an empty shard, not a failure.
			p = this.#fetchJson(termsPath(file)).catch(() => (file.length === 1 ? [] : {}));
			this.#files.set(file, p);
		}
		return p;
	}

	/** The terms whose pinyin starts with `letter`. */
	async shard(letter: string): Promise<TermRow[]> {
		const rows = (await this.#get(letter)) as TermRow[];
		for (const row of rows) if (!this.#terms.has(row[0])) this.#terms.set(row[0], row);
		return rows;
	}

	/** Every shard any reading of these characters starts with, loaded in parallel. */
	async shardsFor(text: string): Promise<TermRow[]> {
		const readings = await this.readings();
		const letters = new Set<string>();
		for (const c of text) for (const r of readings.get(c) ?? []) letters.add(shardOf(r));
		return (await Promise.all([...letters].sort().map((l) => this.shard(l)))).flat();
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

	/** The search table. */
	async table(): Promise<SearchTableData> {
		const t = (await this.#get('table')) as Partial<SearchTableData>;
		return {
			synonyms: [],
			distinct: [],
			fillers: [],
			topics: [],
			dictionary: { words: [] },
			...t,
		};
	}

	/** The site dictionary, made once from the search table. */
	dictionary(): Promise<Dictionary> {
		this.#dictionary ??= this.table().then((t) => new Dictionary(t.dictionary));
		return this.#dictionary;
	}
}
