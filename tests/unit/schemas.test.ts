/**
 * The collection schemas: valid entries pass with defaults applied, and each kind of mistake
 * gives the exact message an editor will read (pinned, so messages never silently degrade).
 */
import { describe, expect, test } from 'vitest';
import { idReference } from '../../src/schemas/common.ts';
import { bilingualError } from '../../src/schemas/errors.ts';
import { schemas } from '../../src/schemas/index.ts';
import { provenanceFields } from '../../src/schemas/provenance.ts';

const s = schemas(idReference);

/** Each issue as `field: message`, the way the checker reports it. */
function issues(schema: (typeof s)[keyof typeof s], data: unknown): string[] {
	const result = schema.safeParse(data, { error: bilingualError, reportInput: true });
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const practice = {
	title: '帮助农民工追讨欠薪',
	brand: 'zhengyi-xianfeng',
	procuratorate: 'dongying-hekou',
	topics: ['nongmingong-taoxin'],
	summary: '一句话。',
	sources: ['hekou-zhengyi-xianfeng'],
};

describe('practices', () => {
	test('a minimal valid practice passes and gets its defaults', () => {
		const result = s.practices.parse(practice);
		expect(result).toMatchObject({ results: [], figures: [], named: [], order: 100 });
	});

	test('a missing required field names the field, in Chinese first', () => {
		const { title: _omit, ...rest } = practice;
		expect(issues(s.practices, rest)).toEqual([
			'title: 缺少必填字段，请在文件头部补上 (required field is missing)',
		]);
	});

	test('a practice without sources or topics is rejected', () => {
		expect(issues(s.practices, { ...practice, sources: [], topics: [] })).toEqual([
			'topics: 至少选择一个主题 (at least one topic is required)',
			'sources: 至少注明一个来源 (at least one source is required)',
		]);
	});

	test('a figure with a number written as text is a type error', () => {
		const figures = [{ label: '案件', value: '六', unit: '件' }];
		expect(issues(s.practices, { ...practice, figures })).toEqual([
			'figures.0.value: 数值须为数字，如 41 或 58.44 (value must be a number)',
		]);
	});

	test('several mistakes are reported together', () => {
		expect(issues(s.practices, { ...practice, title: '', summary: 3 })).toHaveLength(2);
	});
});

describe('honours', () => {
	const honour = {
		title: '全国青少年维权岗',
		recipient: '“船营未检”团队',
		recipientKind: '团队',
		procuratorate: 'jilin-chuanying',
		level: '国家级',
		sources: ['chuanying-sihua'],
	};

	test('an honour without a year is valid: the year is never made up', () => {
		expect(s.honours.parse(honour).year).toBeUndefined();
	});

	test('a level outside the list names the allowed values', () => {
		expect(issues(s.honours, { ...honour, level: '世界级' })).toEqual([
			'level: 级别须为 国家级 / 省级 / 市级 / 区县级 / 未注明 之一 (level must be one of these)',
		]);
	});

	test('a year written as text is rejected', () => {
		expect(issues(s.honours, { ...honour, year: '二〇一九' })).toEqual([
			'year: 无效输入：期望 数字，实际接收 string (Invalid input: expected number, received string)',
		]);
	});
});

describe('procuratorates', () => {
	test('an unknown level is rejected with the list of levels', () => {
		const data = {
			name: '某院',
			level: '乡镇级',
			province: '山东省',
			city: '东营市',
			sources: ['x'],
		};
		expect(issues(s.procuratorates, data)).toEqual([
			'level: 级别须为 最高检 / 省级 / 分院 / 地市级 / 区县级 之一 (level must be one of these)',
		]);
	});
});

/** The fields every source needs, for tests about another field. */
const source = { seedFile: 'a.txt', about: { procuratorates: ['p'] } };

describe('sources', () => {
	test('dates are normalised from YAML dates and strings alike', () => {
		expect(s.sources.parse({ ...source, date: new Date('2021-08-30') }).date).toBe('2021-08-30');
		expect(s.sources.parse({ ...source, date: '2024-08-22' }).date).toBe('2024-08-22');
	});

	test('an impossible date is rejected with the expected form', () => {
		expect(issues(s.sources, { ...source, date: '2021-02-30' })).toEqual([
			'date: 日期“2021-02-30”无效，请写成 YYYY-MM-DD，如 2021-08-30 (invalid date, use YYYY-MM-DD)',
		]);
	});

	test.each([
		'www.spp.gov.cn',
		'javascript:alert(1)',
		'JAVASCRIPT://x.cn/%0aalert(1)',
		'data:text/html,x',
		'http://www.spp.gov.cn/',
		'https://localhost/',
		'https://127.0.0.1/',
	])('a source URL must be a full https address on a named host: %s is refused', (url) => {
		// A scheme and a host can both be wrong: the one message is enough.
		expect([...new Set(issues(s.sources, { ...source, url }))]).toEqual([
			'url: 网址无效，须以 https:// 开头，并写出网站的域名 (url must be a full https:// address on a named host)',
		]);
	});

	test('the real article address is accepted', () => {
		expect(
			issues(s.sources, {
				...source,
				url: 'https://www.spp.gov.cn/dj/llyj/202312/t20231201_635733.shtml',
			}),
		).toEqual([]);
	});
});

describe('cases', () => {
	const item = {
		title: '某案',
		procuratorate: 'nanchong-pengan',
		topics: ['minshi-jiancha'],
		summary: '一句话。',
		sources: ['pengan-dangjian'],
	};

	test('a case needs at least one of its four sections', () => {
		expect(issues(s.cases, item)).toEqual([
			'background: 基本情况、检察履职、成效、意义至少填写一项 (fill in at least one of background, action, outcome, significance)',
		]);
		expect(issues(s.cases, { ...item, outcome: '款项返还。' })).toEqual([]);
	});
});

describe('brands', () => {
	test('an accent colour must be #rrggbb', () => {
		const brand = {
			name: '心桥',
			kind: '党建品牌',
			procuratorate: 'shanghai-yifenyuan',
			summary: '一句话。',
			accent: 'red',
			sources: ['shanghai-xinqiao'],
		};
		expect(issues(s.brands, brand)).toEqual([
			'accent: 颜色须写成 #rrggbb，如 #b22222 (colour must be #rrggbb)',
		]);
	});
});

describe('provenance marks', () => {
	/** Each collection's marked fields, as the provenance check reads them. */
	const marks = (name: keyof typeof s) =>
		Object.fromEntries(
			[...provenanceFields(s[name]).entries()].map(([path, m]) => [
				path,
				[m.provenance, m.onlyIf && `if ${m.onlyIf}`, m.unless && `unless ${m.unless}`]
					.filter(Boolean)
					.join(' '),
			]),
		);

	test('say, field by field, what must be verbatim, what is reference data, what is a figure and what no page shows', () => {
		expect(marks('sources')).toEqual({
			title: 'exact',
			subtitle: 'exact',
			publisher: 'exact',
			author: 'exact',
			editor: 'exact',
			date: 'exact',
			'corrections.*.printed': 'exact',
			archiveFixes: 'note',
		});
		expect(marks('procuratorates')).toEqual({
			name: 'exact',
			shortName: 'exact',
			province: 'reference',
			city: 'reference',
			county: 'reference',
			unit: 'exact',
			'method.name': 'exact',
			'method.pillars.*': 'exact',
		});
		expect(marks('brands')).toEqual({
			name: 'exact',
			slogan: 'exact',
			unit: 'exact',
			'pillars.*': 'exact unless pillarsBySite',
			'figures.*': 'figure',
			'figures.*.period': 'exact',
		});
		expect(marks('practices')).toEqual({
			'figures.*': 'figure',
			'figures.*.period': 'exact',
			'named.*.name': 'exact',
		});
		expect(marks('honours')).toEqual({
			title: 'exact',
			recipient: 'exact',
			recipientAs: 'exact',
			awardedBy: 'exact',
			occasion: 'exact',
			year: 'exact',
		});
		expect(marks('cases')).toEqual({
			title: 'exact if officialTitle',
			'figures.*': 'figure',
			'figures.*.period': 'exact',
		});
		expect(marks('topics')).toEqual({});
	});

	test('a source’s corrections are typed, and default to none', () => {
		expect(s.sources.parse(source)).toMatchObject({
			corrections: [],
			archiveFixes: [],
		});
		expect(
			issues(s.sources, {
				...source,
				corrections: [{ printed: '湖源治理', written: '溯源治理' }],
			}),
		).toEqual(['corrections.0.why: 缺少必填字段，请在文件头部补上 (required field is missing)']);
	});
});

describe('topics', () => {
	const topic = { name: '司法救助', description: '对因案件陷入困境的当事人给予救助。' };

	test('a business line is optional, and one of the four when given', () => {
		expect(s.topics.parse(topic).line).toBeUndefined();
		expect(s.topics.parse({ ...topic, line: '检察业务' }).line).toBe('检察业务');
	});

	test('an unknown business line names the four the topics index groups by', () => {
		expect(issues(s.topics, { ...topic, line: '业务' })).toEqual([
			'line: 业务条线须为 检察业务 / 服务群众 / 党的建设 / 队伍建设 之一，或不填 (line must be one of these, or left out)',
		]);
	});
});
