/**
 * Builds the search vocabulary from the site itself, at build time only: every name the content
 * gives (topics and their aliases, brands, procuratorates and places, named mechanisms, teams and
 * carriers, honour titles, the search table's words), every word of the site dictionary, and
 * every word of the pages' text as the index cuts it, each with its toneless pinyin from
 * pinyin-pro. The search page fetches only the
 * files a query needs (see src/lib/search/vocabulary.ts and vocabulary-files.ts), so a pinyin query
 * or a slip can only ever turn into a word the site contains. pinyin-pro's dictionaries stay on the build machine.
 */
import { pinyin } from 'pinyin-pro';
import { Dictionary } from '../search/dictionary.ts';
import { indexWords } from '../search/segment.ts';
import {
	NAMED_WEIGHT,
	shardOf,
	type CharTable,
	type NameKind,
	type TermRow,
} from '../search/vocabulary.ts';

export interface VocabularySource {
	/** Names the content gives, with what they name (which sets their weight). */
	names: Array<{ term: string; kind: NameKind }>;
	/** The text of each searchable page (one string per entry), for its words and characters. */
	texts: string[];
	/** The site dictionary: the index's words are cut with it, and so are these. */
	dictionary?: Dictionary;
	/**
	 * The distinct words of one text, given how to find them: where a build keeps the answers
	 * of the last one (src/pages/search/_vocabulary.ts), an unchanged text is not cut again.
	 */
	wordsOf?: WordsOf;
}

/** The distinct Han words (two characters or more) of `text`, by `cut` or from what is known. */
export type WordsOf = (text: string, cut: (text: string) => string[]) => string[];

export interface Vocabulary {
	/** Terms by shard (the first letter of their pinyin), heaviest first. */
	shards: Record<string, TermRow[]>;
	/** Every reading of every Chinese character the site contains. */
	chars: CharTable;
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const HAN = /\p{Script=Han}/u;

/** Toneless pinyin of a term's Chinese characters, syllables separated by spaces (ü as v). */
export function termPinyin(term: string): string {
	const chinese = [...term].filter((c) => HAN.test(c)).join('');
	return pinyin(chinese, { toneType: 'none', type: 'array', v: true }).join(' ');
}

export function buildVocabulary({
	names,
	texts,
	dictionary = Dictionary.none,
	wordsOf = (text, cut) => cut(text),
}: VocabularySource): Vocabulary {
	const cut = (text: string) =>
		[...new Set(indexWords(text, dictionary))].filter((w) => HAN_WORD.test(w));
	const weight = new Map<string, number>();
	for (const { term, kind } of names) {
		const t = term.trim();
		if (!HAN.test(t) || /\s/.test(t)) continue;
		weight.set(t, Math.max(weight.get(t) ?? 0, NAMED_WEIGHT[kind]));
	}
	// Body words weigh by how many pages hold them, always below any name.
	const pages = new Map<string, number>();
	const chars = new Set<string>();
	for (const text of texts) {
		for (const c of text) if (HAN.test(c)) chars.add(c);
		for (const w of wordsOf(text, cut)) pages.set(w, (pages.get(w) ?? 0) + 1);
	}
	for (const { term } of names) for (const c of term) if (HAN.test(c)) chars.add(c);
	const floor = Math.min(...Object.values(NAMED_WEIGHT));
	for (const [w, n] of pages) if (!weight.has(w)) weight.set(w, Math.min(n, floor - 1));

	const shards: Record<string, TermRow[]> = {};
	for (const [term, w] of weight) {
		const key = termPinyin(term);
		if (!key) continue;
		(shards[shardOf(key)] ??= []).push([term, key, w]);
	}
	for (const rows of Object.values(shards))
		rows.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));

	const readings: CharTable = {};
	for (const c of [...chars].sort())
		for (const syllable of new Set(
			pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true }),
		))
			if (/^[a-z]+$/.test(syllable)) readings[syllable] = (readings[syllable] ?? '') + c;
	// The page finds a term by the readings of its characters (Vocabulary.soundsFor): a term read
	// otherwise in context than its characters alone would be found by no query.
	for (const rows of Object.values(shards))
		for (const [term, key] of rows) {
			const chinese = [...term].filter((c) => HAN.test(c));
			key.split(' ').forEach((syllable, i) => {
				const c = chinese[i];
				if (c && /^[a-z]+$/.test(syllable) && !readings[syllable]?.includes(c))
					readings[syllable] = (readings[syllable] ?? '') + c;
			});
		}
	return { shards, chars: readings };
}

/** Quotation marks a name is often written inside (`“支持起诉+民刑联动”模式`), not part of it. */
const QUOTES = /[“”‘’《》「」『』"]/g;

/**
 * The names an entry of a collection gives the vocabulary: topic names and aliases, brand names
 * with the parts of full names and slogans, procuratorates and their places, working methods, named
 * mechanisms, teams and carriers, honour titles.
 */
export function namesOf(
	collection: string,
	data: Record<string, unknown>,
): Array<{ term: string; kind: NameKind }> {
	const out: Array<{ term: string; kind: NameKind }> = [];
	const add = (kind: NameKind, ...values: unknown[]) => {
		for (const v of values)
			if (typeof v === 'string') out.push({ term: v.replace(QUOTES, '').trim(), kind });
	};
	const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
	switch (collection) {
		case 'topics':
			add('topic', data['name'], ...list(data['aliases']));
			break;
		case 'brands': {
			// A brand named by its full form (崇德尚法、正义先锋) is often called by one half of it.
			const halves = [data['name'], data['slogan']]
				.flatMap((v) => String(v ?? '').split(/[、，,\s]+/))
				.filter((part) => part && part !== data['name']);
			add('brand', data['name'], ...halves);
			break;
		}
		case 'procuratorates': {
			add('procuratorate', data['name'], data['shortName']);
			add('place', data['province'], data['city'], data['county']);
			const method = data['method'] as { name?: unknown } | undefined;
			add('named', data['unit'], method?.name);
			break;
		}
		case 'practices':
			add('named', ...list(data['named']).map((n) => (n as { name?: unknown }).name));
			break;
		case 'honours':
			add('honour', data['title']);
			break;
	}
	return out;
}

/** Every text of an entry (its fields' strings and its body), for its words and characters. */
export function entryText(data: unknown, body = ''): string {
	const out: string[] = [];
	const walk = (v: unknown): void => {
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object' && !(v instanceof Date)) Object.values(v).forEach(walk);
	};
	walk(data);
	out.push(body);
	return out.join('\n');
}
