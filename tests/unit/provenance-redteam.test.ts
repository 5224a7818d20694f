/**
 * The provenance check tried as a careful editor who makes honest mistakes would try it: each
 * fixture below is one plausible error, and the check must refuse it with the file, the line, the
 * text, the article checked and the fix, Chinese first. The honest entries beside them (a long
 * official list, a quotation with its speaker's title, 两千余万元 for the article's 2000余万元)
 * must pass. The fixture adds a second 院 to the shared content site: its article, its brand with
 * a story, a practice and three honours, every fact taken from that article.
 */
import { describe, expect, test } from 'vitest';
import { baseFile, contentSite, report } from '../support/content-site.ts';

/** The second article: a 院 in another province, with numbers, dates, a speaker and honours. */
const article = [
	'河口区检察院：党建引领出实效',
	'近年来，东营市河口区人民检察院打造“崇德尚法、正义先锋”党建品牌，推行“三送三解”工作法。',
	'2019年，院里为农民工等弱势群体追索欠薪、医疗费等41万余元，被称为“群众的贴心人”。',
	'2016年4月，一家企业为院里送来锦旗。',
	'院里办理涉企案件280余件，挽回经济损失2000余万元，群众满意率达到86%。',
	'院里组织党员参加志愿活动343人次。',
	'第七检察部主任李明在座谈会上说：“我们要把群众的事当成自己的事。”副检察长王强也表示支持。',
	'院里的“行动党支部”被评为全市优秀基层党组织。',
	'干警周洁在第二届全国检察机关刑事执行检察业务竞赛中获得冠军。',
	'院里通过公开听证、上门听证、远程听证、简易听证等形式持续深化检察听证工作。',
	'院里全面排查安全领域事故案件，稳步推进全县安全生产工作。',
	'我院被山东省人民检察院评为省级文明接待窗口。',
].join('\n');

const practiceHead = [
	'---',
	'title: 为群众讨回欠薪',
	'brand: zy',
	'procuratorate: h',
	'topics: [t]',
	'summary: 2019年，院里帮农民工等群体讨回欠薪和医疗费，共 41 万余元。',
	'figures:',
	'  - label: 挽回经济损失',
	'    value: 2000',
	'    unit: 万元',
	'    approx: true',
	'    display: 两千余万元',
	'  - label: 为农民工等追索欠薪、医疗费等',
	'    value: 41',
	'    unit: 万元',
	'    display: 41万余元',
	'    period: 2019年',
	'sources: [r]',
	'---',
	'',
];

/** The practice's body, line by line; its first line is line 21 of the file. */
const practiceBody = [
	'院里用公开听证、上门听证、远程听证、简易听证等形式深化检察听证。',
	'',
	'涉企案件办了 280 余件，挽回经济损失两千余万元，群众满意率 86%。党员参加志愿活动 343 人次。',
	'',
	'院里推行“三送三解”，第七检察部也参与其中。',
];

const practice = (body = practiceBody) => [...practiceHead, ...body, ''].join('\n');

const brandHead =
	'---\nname: 正义先锋\nslogan: 崇德尚法、正义先锋\nkind: 党建品牌\nprocuratorate: h\nsummary: 河口区检察院的党建品牌。\naccent: "#1f4f9e"\nsources: [r]\n---\n\n';

/** The brand's story, line by line; its first line is line 11 of the file. */
const storyLines = [
	'院里把群众的事放在心上。',
	'',
	'<Quote speaker="李明" role="第七检察部主任">“我们要把群众的事当成自己的事。”</Quote>',
	'',
	'<Timeline>',
	'  <Event when="2019年" practice="y">院里帮农民工等群体讨回欠薪和医疗费。</Event>',
	'  <Event when="2016年4月" practice="y">一家企业送来锦旗。</Event>',
	'</Timeline>',
];

const story = (lines = storyLines) => `${brandHead}${lines.join('\n')}\n`;

/** The honest second 院, whole: every check passes on it. */
const hekou: Record<string, string> = {
	'sources/r.yaml':
		'title: 河口区检察院：党建引领出实效\nabout: { procuratorates: [h], brands: [zy] }\nseedFile: r.txt\n',
	'sources/r.txt': article,
	'procuratorates/h.yaml':
		'name: 东营市河口区人民检察院\nshortName: 河口区检察院\nlevel: 区县级\nprovince: 山东省\ncity: 东营市\ncounty: 河口区\nsources: [r]\n',
	'brands/zy.mdx': story(),
	'practices/y.md': practice(),
	'honours/g.yaml':
		'title: 全市优秀基层党组织\nrecipient: “行动党支部”\nrecipientKind: 团队\nprocuratorate: h\nlevel: 市级\nlevelSource: 本站推断\nsources: [r]\n',
	'honours/w.yaml':
		'title: 省级文明接待窗口\nrecipient: 东营市河口区人民检察院\nrecipientKind: 单位\nprocuratorate: h\nawardedBy: 山东省人民检察院\nlevel: 省级\nsources: [r]\n',
	'honours/z.yaml':
		'title: 冠军\nrecipient: 周洁\nrecipientKind: 个人\nprocuratorate: h\noccasion: 第二届全国检察机关刑事执行检察业务竞赛\nlevel: 国家级\nlevelSource: 本站推断\nsources: [r]\n',
};

/** Every problem of the fixture with `changes`, one line each. */
const check = (changes: Record<string, string | null> = {}) =>
	report(contentSite({ ...hekou, ...changes }));

/** The practice's body with line `n` (0-based) replaced. */
const body = (n: number, text: string) =>
	practice(practiceBody.map((l, i) => (i === n ? text : l)));
/** The practice's front matter with `from` replaced by `to`. */
const front = (from: string, to: string) => {
	const text = practice();
	if (!text.includes(from)) throw new Error(`the practice has no “${from}”`);
	return text.replace(from, to);
};

describe('honest entries pass', () => {
	test('the fixture as written: a long official list, a quotation with its speaker’s title, 两千余万元 for 2000余万元, a year with its event', () => {
		expect(check()).toEqual([]);
	});

	test('a number written either way, and names with numerals that are not counts', () => {
		expect(
			check({
				'practices/y.md': body(
					4,
					'院里挽回经济损失 2000 余万元（原文写作 2000余万元，即两千余万元），推行“三送三解”，第七检察部也参与其中。',
				),
			}),
		).toEqual([]);
	});
});

/**
 * Each error: the file changed, and the one refusal the check must give. Other checks may add
 * their own problem for the same mistake (an entry citing an article not about its 院), so only
 * this one is pinned.
 */
describe('every plausible editor error is refused, with file, line, text, source and fix', () => {
	test('1. a number changed in a practice’s body', () => {
		expect(check({ 'practices/y.md': body(2, '涉企案件办了 290 余件，群众满意率 86%。') }))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | 正文 (body) | 第 23 行 (line 23)：数字“290 余件”在所引来源中找不到：数值、单位和“余/多/约/近”须与原文一致（核对了 content/sources/r.txt；原文同一单位的数字有：280余件） (a number the cited source does not state, with this unit and qualifier) | 照原文改正数字、单位和“余/多”（写法可以不同，如“2000余万元”与“两千余万元”）；原文没有的数字不能写 (write the number as the article states it; a number the article does not give cannot stand)",
			]
		`);
	});

	test('2. a number changed in a summary', () => {
		expect(check({ 'practices/y.md': front('共 41 万余元', '共 42 万余元') }))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | summary | 第 6 行 (line 6)：数字“42 万余元”在所引来源中找不到：数值、单位和“余/多/约/近”须与原文一致（核对了 content/sources/r.txt；原文同一单位的数字有：41万余元、2000余万元） (a number the cited source does not state, with this unit and qualifier) | 照原文改正数字、单位和“余/多”（写法可以不同，如“2000余万元”与“两千余万元”）；原文没有的数字不能写 (write the number as the article states it; a number the article does not give cannot stand)",
			]
		`);
	});

	test('3. a number invented in the results', () => {
		expect(
			check({
				'practices/y.md': front('sources: [r]', 'results:\n  - 群众满意率达到 96%。\nsources: [r]'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | results.0 | 第 19 行 (line 19)：数字“96%”在所引来源中找不到：数值、单位和“余/多/约/近”须与原文一致（核对了 content/sources/r.txt；原文同一单位的数字有：86%） (a number the cited source does not state, with this unit and qualifier) | 照原文改正数字、单位和“余/多”（写法可以不同，如“2000余万元”与“两千余万元”）；原文没有的数字不能写 (write the number as the article states it; a number the article does not give cannot stand)",
			]
		`);
	});

	test('4. an invented sentence with an invented figure in a brand story', () => {
		expect(
			check({ 'brands/zy.mdx': story(['院里累计帮助群众3000余人次。', ...storyLines.slice(1)]) }),
		).toMatchInlineSnapshot(`
			[
			  "content/brands/zy.mdx | 正文 (body) | 第 11 行 (line 11)：数字“3000余人次”在所引来源中找不到：数值、单位和“余/多/约/近”须与原文一致（核对了 content/sources/r.txt；原文同一单位的数字有：343人次） (a number the cited source does not state, with this unit and qualifier) | 照原文改正数字、单位和“余/多”（写法可以不同，如“2000余万元”与“两千余万元”）；原文没有的数字不能写 (write the number as the article states it; a number the article does not give cannot stand)",
			]
		`);
	});

	test('5. a qualifier dropped: 2000余万元 written 2000万元', () => {
		expect(check({ 'practices/y.md': body(2, '挽回经济损失 2000 万元，群众满意率 86%。') }))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | 正文 (body) | 第 23 行 (line 23)：数字“2000 万元”在所引来源中找不到：数值、单位和“余/多/约/近”须与原文一致（核对了 content/sources/r.txt；原文同一单位的数字有：41万余元、2000余万元） (a number the cited source does not state, with this unit and qualifier) | 照原文改正数字、单位和“余/多”（写法可以不同，如“2000余万元”与“两千余万元”）；原文没有的数字不能写 (write the number as the article states it; a number the article does not give cannot stand)",
			]
		`);
	});

	test('6. a unit changed: 343人次 written 343人', () => {
		expect(check({ 'practices/y.md': body(2, '党员参加志愿活动 343 人。') }))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | 正文 (body) | 第 23 行 (line 23)：数字“343 人”在所引来源中找不到：数值、单位和“余/多/约/近”须与原文一致（核对了 content/sources/r.txt） (a number the cited source does not state, with this unit and qualifier) | 照原文改正数字、单位和“余/多”（写法可以不同，如“2000余万元”与“两千余万元”）；原文没有的数字不能写 (write the number as the article states it; a number the article does not give cannot stand)",
			]
		`);
	});

	test('7. a speaker’s name off by one character', () => {
		expect(
			check({
				'brands/zy.mdx': story(
					storyLines.map((l) => l.replace('speaker="李明"', 'speaker="李鸣"')),
				),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/brands/zy.mdx | 正文 (body) | 第 13 行 (line 13)，<Quote> 的 speaker 与 role 属性 (the speaker and role of <Quote>)：说话人“李鸣”不在原文这段引语所在的句子或前后一句里（核对了 content/sources/r.txt：“第七检察部主任李明在座谈会上说：“我们要把群众的事当成自己的事。”副检察长王强也表示支持。”） (the article does not name this speaker beside the quotation) | 照原文写说话人的名字，一字不差；原文没有写明是谁说的，就去掉 speaker (name the speaker exactly as the article does, or leave speaker out)",
			]
		`);
	});

	test('8. a role borrowed from the next person in the paragraph', () => {
		expect(
			check({
				'brands/zy.mdx': story(
					storyLines.map((l) => l.replace('role="第七检察部主任"', 'role="副检察长"')),
				),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/brands/zy.mdx | 正文 (body) | 第 13 行 (line 13)，<Quote> 的 speaker 与 role 属性 (the speaker and role of <Quote>)：说话人的身份“副检察长”不在原文写到“李明”的句子里（核对了 content/sources/r.txt：“第七检察部主任李明在座谈会上说：“我们要把群众的事当成自己的事。”副检察长王强也表示支持。”） (the article does not give this role to the speaker) | role 照原文写说话人的身份，可以是原文同一句里的几个词组，用逗号或顿号隔开；原文用“该院”时可写院名；原文没有写就去掉 role (write the role in the words the article gives the speaker, or leave it out)",
			]
		`);
	});

	test('9. a practice moved to another procuratorate and brand while still citing its own article', () => {
		const moved = front('brand: zy\nprocuratorate: h', 'brand: b\nprocuratorate: p');
		// The source says whom it is about: moving the entry alone is refused once per owner.
		const problems = check({ 'practices/y.md': moved });
		expect(problems.filter((p) => p.startsWith('content/practices/y.md'))).toEqual([
			expect.stringContaining('content/practices/y.md | sources.0 | 来源“r”写的检察院是'),
			expect.stringContaining('content/practices/y.md | sources.0 | 来源“r”写的品牌是'),
		]);
		// Widening the source's `about` to match does not help: the article never names them.
		const widened = hekou['sources/r.yaml']!.replace(
			'about: { procuratorates: [h], brands: [zy] }',
			'about: { procuratorates: [h, p], brands: [zy, b] }',
		);
		expect(check({ 'practices/y.md': moved, 'sources/r.yaml': widened })).toEqual(
			expect.arrayContaining([
				expect.stringContaining(
					'content/practices/y.md | procuratorate | 第 4 行 (line 4)：所引来源（content/sources/r.txt）没有提到“互助县人民检察院”',
				),
				expect.stringContaining(
					'content/practices/y.md | brand | 第 3 行 (line 3)：所引来源（content/sources/r.txt）没有提到“土乡丹心”',
				),
			]),
		);
	});

	test('10. an honour assembled from two sentences: the title from one, the recipient from another', () => {
		expect(check({ 'honours/g.yaml': hekou['honours/g.yaml']!.replace('“行动党支部”', '周洁') }))
			.toMatchInlineSnapshot(`
			[
			  "content/honours/g.yaml | recipient | 第 2 行 (line 2)：荣誉“全市优秀基层党组织”和获得者“周洁”不在原文的同一句（或同一列表项）里：原文写这个荣誉的句子是“院里的“行动党支部”被评为全市优秀基层党组织。”（核对了 content/sources/r.txt） (the article does not give this title and this recipient in one sentence) | 照原文那一句写获得者；那一句用简称或代词（如“支部”“该片”）时，把它填进 recipientAs；两处拼起来的荣誉不能写 (name the recipient the sentence gives, in recipientAs if it uses a short form; an honour pieced together from two sentences cannot stand)",
			]
		`);
	});

	test('11. a real year attached to the wrong event', () => {
		expect(check({ 'practices/y.md': front('summary: 2019年，', 'summary: 2016年，') }))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | summary | 第 6 行 (line 6)：“2016年”在原文中有，但原文写这个时间的句子说的不是这件事：“2016年4月，一家企业为院里送来锦旗。”（核对了 content/sources/r.txt） (the article gives this year, but for another event) | 核对这件事在原文中的时间；原文没有写这件事的时间，就不写 (give the time the article gives for this event, or none)",
			]
		`);
	});

	test('12. a real year on the wrong event of a timeline', () => {
		expect(
			check({
				'brands/zy.mdx': story(
					storyLines.map((l) => l.replace('when="2016年4月"', 'when="2019年"')),
				),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/brands/zy.mdx | 正文 (body) | 第 17 行 (line 17)，<Event> 的 when 属性 (the when of <Event>)：“2019年”在原文中有，但原文写这个时间的句子说的不是“一家企业送来锦旗。”：“2019年，院里为农民工等弱势群体追索欠薪、医疗费等41万余元，被称为“群众的贴心人”。”（核对了 content/sources/r.txt） (the article gives this date, but for another event) | 把事件放在原文给它的日期下；原文没有写这件事的日期，就不放进时间线 (date the event as the article does, or leave it out of the timeline)",
			]
		`);
	});

	test('13. a figure dated to a year the article gives another event', () => {
		expect(check({ 'practices/y.md': front('period: 2019年', 'period: 2016年') }))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | figures.1.period | 第 17 行 (line 17)：时间“2016年”与数据“41万余元”不在原文的同一句里，原文没有说这个数是这一年的（核对了 content/sources/r.txt） (the article does not give this figure for this year) | 照原文写这项数据所属的时间；原文没有写就去掉 period (give the period the article gives this figure, or leave it out)",
			]
		`);
	});

	test('14. a copied sentence broken up with 、 every few characters', () => {
		expect(
			check({
				'practices/y.md': body(4, '院里全面排查、安全领域、事故案件，稳步推进、全县安全生产工作。'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | 正文 (body) | 第 25 行 (line 25)：有 26 个字与原文 content/sources/r.txt 连续相同（比较时略去标点、空格和“的地得了”，引号内的话、名称和数字不计）：“院里全面排查、安全领域、事故案件，稳步推进、全县安全生产工作”（上限 14 个） (a run of 26 characters copied from the source, punctuation aside; at most 14 may be shared) | 用自己的话改写这一句（数字、名称可以保留）；确需原话的，加引号一字不差地引用 (rewrite it in your own words, keeping names and figures; or quote the source exactly)",
			]
		`);
	});

	test('15. a copied sentence with a stray 的 every few characters', () => {
		expect(
			check({
				'practices/y.md': body(4, '院里全面的排查安全领域的事故案件，稳步的推进全县安全生产工作。'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/practices/y.md | 正文 (body) | 第 25 行 (line 25)：有 29 个字与原文 content/sources/r.txt 连续相同（比较时略去标点、空格和“的地得了”，引号内的话、名称和数字不计）：“院里全面的排查安全领域的事故案件，稳步的推进全县安全生产工作”（上限 14 个） (a run of 29 characters copied from the source, punctuation aside; at most 14 may be shared) | 用自己的话改写这一句（数字、名称可以保留）；确需原话的，加引号一字不差地引用 (rewrite it in your own words, keeping names and figures; or quote the source exactly)",
			]
		`);
	});

	test('16. a level stated as fact where the article does not state it', () => {
		expect(
			check({ 'honours/g.yaml': hekou['honours/g.yaml']!.replace('levelSource: 本站推断\n', '') }),
		).toMatchInlineSnapshot(`
			[
			  "content/honours/g.yaml | level | 第 5 行 (line 5)：原文没有写明这个荣誉是“市级”：给出它的那一句里，荣誉所在的分句没有“市级”：“院里的“行动党支部”被评为全市优秀基层党组织。”（核对了 content/sources/r.txt） (the article does not state this level) | 级别是本站从名称或授予单位推断的，就加一行 levelSource: 本站推断（页面会注明“本站推断”）；不能推断就写 level: 未注明 (mark an inferred level with levelSource: 本站推断, or write level: 未注明)",
			]
		`);
	});

	test('17. an awarding body read out of the contest’s own name', () => {
		expect(
			check({
				'honours/z.yaml': hekou['honours/z.yaml']!.replace(
					'level:',
					'awardedBy: 全国检察机关\nlevel:',
				),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/honours/z.yaml | awardedBy | 第 6 行 (line 6)：原文给出这个荣誉的句子没有写授予单位“全国检察机关”（写在荣誉名称或评选活动名称里的不算授予单位）：“干警周洁在第二届全国检察机关刑事执行检察业务竞赛中获得冠军。”（核对了 content/sources/r.txt） (the article does not say this body awarded the honour) | 原文没有写授予单位就去掉 awardedBy，页面会显示“未载明” (leave awardedBy out where the article does not name who awarded it)",
			]
		`);
	});

	test('18. a corrected misprint set in quotation marks as if the article printed it', () => {
		const corrections =
			'corrections:\n  - printed: 湖源治理\n    written: 溯源治理\n    why: 同文另处作“溯源治理”。\n';
		expect(
			check({
				'sources/a.yaml': `${baseFile('sources/a.yaml')}${corrections}`,
				'practices/x.md': baseFile('practices/x.md').replace(
					'做了什么。',
					'院里推进全县的“安全生产溯源治理”。',
				),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/practices/x.md | 正文 (body) | 第 11 行 (line 11)：引号内的文字“安全生产溯源治理”是本站按更正改过的写法，原文印作“安全生产湖源治理”：引号表示原文的原话，更正过的说法不能加引号（核对了 content/sources/a.txt） (a corrected phrase is set in quotation marks as if the article printed it) | 去掉引号，用自己的话写这件事（页面会在这句旁边注明更正）；或照原文的印法引用 (drop the quotation marks and write it in your own words, and the page notes the correction beside it; or quote the misprint as printed)",
			]
		`);
	});
});
