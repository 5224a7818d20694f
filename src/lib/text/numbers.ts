/**
 * Numbers as Chinese prose writes them, read into one comparable form, so that “两千余万元” and
 * “2000余万元”, “41万余元” and “41余万元”, “８６％” and “86%” compare equal, while “280件” and
 * “280余件”, or “343人次” and “343人”, do not. The content checker reads every number of the
 * site's text and of the articles with it; this is the only place that knows how numbers are
 * written.
 *
 * What counts as a number claim, and what does not (each decision is tested):
 * - a number with a unit after it: `31件`, `58.44万元`, `三年`, `两个`, `1700余人`, `86%`,
 *   `百分之百`; a number with no unit (`12309`, list numbering `1.`, `一是`) is a name or a
 *   label, not a count;
 * - years (`2019年`, `二〇一九年`) and dates (`2016年4月1日`, `6月`), and the years counted from
 *   the article's date (`去年`, `今年`, `前年`, `明年`);
 * - not ordinals (`第七检察部`, `第二届`), not a number after 几/数/若 (`数十人`), not digits inside
 *   a code or address (`x0`, `5G`, `/page/2/`);
 * - not a lone 一, which in Chinese prose is mostly the article “a” (`一名检察官`, `一个场景`);
 * - not a lone 百/千/万/亿, which in idioms means “many” (`千家万户`, `百姓`), unless a count
 *   follows it with 余/多 (`百余件`, `千余人`).
 * The qualifier is part of the claim: 余/多/超过/逾/以上 (more than), 约/左右 (about),
 * 近/将近/不足 (nearly), so dropping or adding one changes the fact.
 *
 * Runtime: any (plain functions over strings). Imports nothing.
 */

/** More than (`余`), about (`约`), nearly (`近`), or exact (``). */
export type Qualifier = '' | '余' | '约' | '近';

/** A count with its unit, a calendar year or date, or a year counted from the article's date. */
export type QuantityKind = 'count' | 'year' | 'date' | 'relative';

export interface Quantity {
	kind: QuantityKind;
	/**
	 * The comparable form: `410000元余` (41万余元), `3年近` (近三年), `2019年`, `2016年4月1日`,
	 * `6月`, `去年`. Two writings of the same fact have the same key.
	 */
	key: string;
	/** For a count, its value in the unit without 万/亿 (41万余元 → 410000); for a year, the year. */
	value: number;
	/** For a count, its unit without 万/亿 (`元`, `件`, `人次`, `%`). */
	unit: string;
	qualifier: Qualifier;
	/** Where it stands in the text read: `text.slice(start, end)` is the number as written. */
	start: number;
	end: number;
}

const DIGIT: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
};
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const isCnNumeral = (c: string | undefined): boolean =>
	c !== undefined && (c in DIGIT || c in SMALL || c in BIG);

/** The value of a Chinese numeral: `两千` 2000, `五十八万` 580000, `一百零五` 105, `二〇一九` 2019. */
export function chineseNumeral(s: string): number | undefined {
	const chars = [...s];
	if (chars.length === 0 || !chars.every(isCnNumeral)) return undefined;
	// Digit by digit, as years and codes are read out: 二〇一九.
	if (chars.length > 1 && chars.every((c) => c in DIGIT))
		return Number(chars.map((c) => DIGIT[c]).join(''));
	let yi = 0;
	let wan = 0;
	let section = 0;
	let digit = 0;
	let seen = false;
	for (const c of chars) {
		if (c in DIGIT) {
			digit = DIGIT[c]!;
			seen = true;
		} else if (c in SMALL) {
			section += (seen ? digit : 1) * SMALL[c]!;
			digit = 0;
			seen = false;
		} else if (c === '万') {
			wan = (section + digit || 1) * 1e4;
			section = digit = 0;
			seen = false;
		} else {
			yi = (wan + section + digit || 1) * 1e8;
			wan = section = digit = 0;
			seen = false;
		}
	}
	return yi + wan + section + digit;
}

/**
 * Units a count may carry, longest first so `人次` wins over `人` and `个月` over `个`. A noun
 * that is not a measure word (`党小组`) is not a unit: `2个党小组` is a count of `个`.
 */
const UNITS = [
	'平方公里',
	'平方米',
	'人次',
	'批次',
	'户次',
	'件次',
	'个月',
	'小时',
	'分钟',
	'公里',
	'千米',
	...'件起人名位个项次场期批家所户条份篇部本册元年月日天周岁届支组类种处座台套幅首集张堂节课讲轮遍回倍亩米吨页封宗笔块%',
];
const UNIT_FIRST = new Set(UNITS.map((u) => u[0]!));

/** Qualifiers written before the number, longest first, and what each means. */
const PREFIX: Array<[string, Qualifier]> = [
	['超过', '余'],
	['大约', '约'],
	['将近', '近'],
	['接近', '近'],
	['不足', '近'],
	['不到', '近'],
	['超', '余'],
	['逾', '余'],
	['约', '约'],
	['近', '近'],
];
/** Units after which 多 means “and more” (`3年多`); after others it starts the next word (`2个多元…`). */
const TIME_UNITS = new Set(['年', '个月', '天', '小时', '周']);
const RELATIVE_YEARS = new Set(['去年', '今年', '前年', '明年']);

/**
 * Whether a year counted from the article's date starts at `i`, and is not the tail or head of
 * another word: 如今 + 年轻, 目前 + 年度, 说明 + 年限.
 */
function isRelativeYear(s: string, i: number): boolean {
	if (!RELATIVE_YEARS.has(s.slice(i, i + 2))) return false;
	if ('轻纪龄限份'.includes(s[i + 2] ?? '')) return false;
	return !'如至迄而现目当此之以提说证声表'.includes(s[i - 1] ?? '');
}

const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWide = (c: string | undefined) => c !== undefined && c >= '０' && c <= '９';
const isDigitChar = (c: string | undefined) => isAsciiDigit(c) || isWide(c);
const asciiDigit = (c: string) => (isWide(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000' || c === '\u00a0';
const isCodeChar = (c: string | undefined) =>
	c !== undefined && /[A-Za-z0-9０-９_\-/.#]/.test(c) && c !== '。';

/** A value without floating-point noise: 58.44 × 10⁴ is 584400, not 584400.00000000006. */
const exactly = (v: number) => Number(v.toPrecision(12));

function skipSpaces(s: string, i: number): number {
	while (isSpace(s[i])) i++;
	return i;
}

function unitAt(s: string, i: number): string | undefined {
	const c = s[i];
	if (c === '％') return '%';
	if (c === undefined || !UNIT_FIRST.has(c)) return undefined;
	return UNITS.find((u) => s.startsWith(u, i));
}

interface Numeral {
	value: number;
	end: number;
	/** Written in Arabic digits, and with how many before the decimal point (a year has four). */
	arabic: boolean;
	intDigits: number;
	/** Written digit by digit in Chinese (二〇一九), as a year may be. */
	spelled: boolean;
}

function numeralAt(s: string, i: number): Numeral | undefined {
	if (isDigitChar(s[i])) {
		let j = i;
		let digits = '';
		while (isDigitChar(s[j])) digits += asciiDigit(s[j++]!);
		const intDigits = digits.length;
		if ((s[j] === '.' || s[j] === '．') && isDigitChar(s[j + 1])) {
			digits += '.';
			j++;
			while (isDigitChar(s[j])) digits += asciiDigit(s[j++]!);
		}
		return { value: Number(digits), end: j, arabic: true, intDigits, spelled: false };
	}
	let j = i;
	while (isCnNumeral(s[j])) j++;
	const run = s.slice(i, j);
	if (run.length === 0) return undefined;
	const value = chineseNumeral(run);
	if (value === undefined) return undefined;
	const spelled = run.length > 1 && [...run].every((c) => c in DIGIT);
	return { value, end: j, arabic: false, intDigits: 0, spelled };
}

/** The qualifier written just before `i`, and where it starts. */
function prefixBefore(s: string, i: number): { qualifier: Qualifier; start: number } {
	for (const [word, qualifier] of PREFIX)
		if (s.startsWith(word, i - word.length)) return { qualifier, start: i - word.length };
	return { qualifier: '', start: i };
}

/** Month (and day) after a year or on their own: `4月`, `4月1日`; `undefined` if none. */
function monthDayAt(
	s: string,
	i: number,
): { month: number; day?: number; end: number } | undefined {
	const m = numeralAt(s, skipSpaces(s, i));
	if (!m || !Number.isInteger(m.value) || m.value < 1 || m.value > 12) return undefined;
	let j = skipSpaces(s, m.end);
	if (s[j] !== '月' || s.startsWith('个月', j - 1)) return undefined;
	j++;
	const d = numeralAt(s, skipSpaces(s, j));
	if (d && Number.isInteger(d.value) && d.value >= 1 && d.value <= 31) {
		const k = skipSpaces(s, d.end);
		if (s[k] === '日' || s[k] === '号') return { month: m.value, day: d.value, end: k + 1 };
	}
	return { month: m.value, end: j };
}

const dateKey = (year: number | undefined, month?: number, day?: number) =>
	`${year !== undefined ? `${year}年` : ''}${month !== undefined ? `${month}月` : ''}${day !== undefined ? `${day}日` : ''}`;

/** Every number claim in `text`, in order, as described at the top of this file. */
export function quantities(text: string): Quantity[] {
	const found: Quantity[] = [];
	const s = text;
	let i = 0;
	while (i < s.length) {
		const c = s[i]!;
		if (s[i + 1] === '年' && isRelativeYear(s, i)) {
			const word = s.slice(i, i + 2);
			found.push({
				kind: 'relative',
				key: word,
				value: 0,
				unit: '',
				qualifier: '',
				start: i,
				end: i + 2,
			});
			i += 2;
			continue;
		}
		if (s.startsWith('百分之', i)) {
			const n = numeralAt(s, i + 3);
			if (n && !n.arabic) {
				found.push(count(n.value, '%', '', i, n.end));
				i = n.end;
				continue;
			}
		}
		if (!isDigitChar(c) && !isCnNumeral(c)) {
			i++;
			continue;
		}
		const n = numeralAt(s, i)!;
		const before = s[i - 1];
		const run = s.slice(i, n.end);
		// Ordinals, vague counts, codes: not claims. The whole run is skipped, so 第二十 is not read as 十.
		if (
			before === '第' ||
			before === '几' ||
			before === '数' ||
			before === '若' ||
			(n.arabic && (isCodeChar(before) || /[A-Za-z]/.test(s[n.end] ?? '')))
		) {
			i = n.end;
			continue;
		}
		const { qualifier: pre, start } = prefixBefore(s, i);
		let qualifier: Qualifier = pre;
		let value = n.value;
		let j = skipSpaces(s, n.end);
		const more = () => {
			if ((s[j] === '余' || s[j] === '多') && qualifier === '') {
				qualifier = '余';
				j = skipSpaces(s, j + 1);
				return true;
			}
			return false;
		};
		const moreAfterNumber = more();
		if (s[j] === '万' || s[j] === '亿' || (n.arabic && s[j] === '千')) {
			value = exactly(value * (s[j] === '万' ? 1e4 : s[j] === '亿' ? 1e8 : 1e3));
			j = skipSpaces(s, j + 1);
			more();
		}
		const bare = !n.arabic && run.length === 1;
		if (
			bare &&
			(run === '一' || (run in SMALL && run !== '十') || run in BIG) &&
			!moreAfterNumber
		) {
			i = n.end;
			continue;
		}
		// A calendar year: four digits (or four digits spelled out) before 年, with its month and day.
		const yearLike =
			(n.arabic && n.intDigits === 4 && Number.isInteger(value)) || (n.spelled && run.length === 4);
		if (yearLike && qualifier === '' && s[j] === '年' && value >= 1000 && value <= 2100) {
			const md = monthDayAt(s, j + 1);
			const end = md ? md.end : j + 1;
			found.push({
				kind: md ? 'date' : 'year',
				key: dateKey(value, md?.month, md?.day),
				value,
				unit: '年',
				qualifier: '',
				start,
				end,
			});
			i = end;
			continue;
		}
		if (!n.arabic || n.intDigits <= 2) {
			const md = qualifier === '' && s[j] === '月' ? monthDayAt(s, i) : undefined;
			if (md) {
				found.push({
					kind: 'date',
					key: dateKey(undefined, md.month, md.day),
					value: md.month,
					unit: '月',
					qualifier: '',
					start,
					end: md.end,
				});
				i = md.end;
				continue;
			}
		}
		// Digits spelled one by one are a year or nothing: 两三个 and 三四年 are vague, and 唯一 + 一个
		// would read as 11.
		const unit = n.spelled ? undefined : unitAt(s, j);
		if (unit === undefined) {
			i = n.end;
			continue;
		}
		let end = j + (s[j] === '％' ? 1 : unit.length);
		if (qualifier === '') {
			const k = skipSpaces(s, end);
			if (s.startsWith('以上', k)) [qualifier, end] = ['余', k + 2];
			else if (s.startsWith('左右', k)) [qualifier, end] = ['约', k + 2];
			else if ((s[k] === '多' || s[k] === '余') && TIME_UNITS.has(unit))
				[qualifier, end] = ['余', k + 1];
		}
		found.push(count(value, unit, qualifier, start, end));
		i = end;
	}
	return found;
}

function count(
	value: number,
	unit: string,
	qualifier: Qualifier,
	start: number,
	end: number,
): Quantity {
	return {
		kind: 'count',
		key: `${exactly(value)}${unit}${qualifier}`,
		value,
		unit,
		qualifier,
		start,
		end,
	};
}

/**
 * Every key under which an article's number answers a claim: a full date answers a claim of its
 * year, of its year and month, and of its month and day (`2016年4月1日` stands for `2016年`,
 * `2016年4月`, `4月`, `4月1日`); other numbers only their own key.
 */
export function answeringKeys(q: Quantity): string[] {
	if (q.kind !== 'date') return [q.key];
	const m = /^(?:(\d+)年)?(?:(\d+)月)?(?:(\d+)日)?$/.exec(q.key);
	if (!m) return [q.key];
	const [year, month, day] = [m[1], m[2], m[3]].map((v) =>
		v === undefined ? undefined : Number(v),
	);
	const keys = new Set<string>([q.key]);
	if (year !== undefined) {
		keys.add(dateKey(year));
		if (month !== undefined) keys.add(dateKey(year, month));
	}
	if (month !== undefined) {
		keys.add(dateKey(undefined, month));
		if (day !== undefined) keys.add(dateKey(undefined, month, day));
	}
	return [...keys];
}

/** Whether a claim dates something (a year, a date, 去年), so the event it dates must stand with it. */
export const datesAnEvent = (q: Quantity): boolean => q.kind !== 'count';
