/** Every UI string of the site, in one place, behind a type. */
export const ui = {
	skipToContent: '跳到正文',
	nav: {
		label: '主导航',
		home: '首页',
		brands: '品牌',
		practices: '做法',
		honours: '荣誉',
		cases: '典型案例',
		topics: '主题',
		procuratorates: '检察院',
		sources: '来源',
	},
	search: {
		label: '搜索',
		/** The two search landmarks, named apart: the header's form on every page, this page's own. */
		siteLandmark: '全站搜索',
		pageLandmark: '搜索与筛选',
		skipToResults: '跳到结果',
		/** Short enough for the header's box on a phone in 大字 (tests/browser/home.test.ts). */
		placeholder: '搜索品牌、做法、案例',
		submit: '搜索',
		pageTitle: '搜索',
		noScript: '搜索需要启用 JavaScript。你也可以按主题或品牌浏览全部内容。',
		filters: '筛选',
		filterNames: { type: '类型', brand: '品牌', province: '省份', topic: '主题' },
		tooManyBrands: (n: number) => `共有 ${n} 个品牌，请在搜索框中输入品牌名称查找。`,
		clear: '清除筛选',
		results: '搜索结果',
		searching: '正在搜索…',
		prompt: '输入关键词，或勾选筛选条件浏览。',
		none: '没有找到结果。可以换个说法，或减少筛选条件。',
		found: (n: number) => `找到 ${n} 条结果`,
		more: '显示更多结果',
		failed: '搜索暂时无法使用，请稍后再试，或按主题浏览。',
		/** A slip corrected (检查听证 → 检察听证): said, with a way back, never silent. */
		correctedTo: (to: string) => `已按“${to}”搜索。`,
		searchInstead: (from: string) => `仍搜索“${from}”`,
		/** Pinyin taken as the site's terms that sound so. */
		pinyinAs: (terms: string[]) => `拼音已按${terms.map((t) => `“${t}”`).join('、')}搜索。`,
		expanded: (words: string[]) => `同时搜索了同义词和缩略语：${words.join('、')}。`,
		dropped: (words: string[]) => `搜索时省略了：${words.join('、')}。`,
		suggestTerms: '本站相近的说法：',
		suggestTopics: '相关主题：',
		browseTopics: '按主题浏览全部内容',
		/** Before any search: the topics with most practices, each a search for its name. */
		startTitle: '从主题开始',
		startIntro: '不知道从哪里搜起，可以先选一个主题，看各院在这方面的做法和案例。',
		startCount: (practices: number) => `（${practices} 项做法）`,
		tolerance: '可以直接输入繁体字或拼音，如“檢察聽證”、xinqiao、sifa jiuzhu、sfjz。',
		fewerFilters: '也可以减少筛选条件。',
		activeFilters: '当前筛选：',
		removeFilter: (group: string, value: string) => `取消筛选：${group}“${value}”`,
		/** Labels on each result, for screen readers (the visible labels are the values). */
		labels: { type: '类型', brand: '品牌', owner: '检察院' },
		section: (title: string) => `见“${title}”部分`,
		/** Under `npm run dev` there is no search index (it is built after `astro build`). */
		devNote:
			'本地预览（npm run dev）不建立搜索索引，这里搜不到内容。要试搜索，请运行 npm start：它先构建整站，再在本机提供网站（地址见终端），搜索与正式网站相同。',
	},
	/** The content check in the dev toolbar (`npm run dev` only). */
	devCheck: {
		title: '内容检查',
		waiting: '正在检查 content/ …',
		passed: '内容检查通过：没有问题。',
		found: (n: number) => `发现 ${n} 个问题。构建会因此停止；改好后保存，这里会自动更新。`,
		fix: '修改：',
	},
	breadcrumb: '当前位置',
	sitemap: {
		sections: '栏目',
	},
	feed: {
		/** The feed's title, also the name of its link in every page's head. */
		title: (site: string) => `${site}：做法与案例`,
		topic: (topic: string, site: string) => `${site}：“${topic}”的做法与案例`,
		procuratorate: (name: string, site: string) => `${site}：${name}的做法与案例`,
		/** The visible link to a topic's or procuratorate's feed. */
		follow: '订阅这一页的更新（RSS）',
	},
	share: {
		/** The line under the site's own share image. */
		siteLine: (brands: number, practices: number) =>
			`${brands} 个品牌 · ${practices} 项做法 · 每条注明出处`,
	},
	/** Each collection's name as readers see it; also the entry types search shows and filters by. */
	collections: {
		sources: '来源',
		topics: '主题',
		procuratorates: '检察院',
		brands: '品牌',
		practices: '做法',
		honours: '荣誉',
		cases: '案例',
	},
	/** A brand's page (what the story kit's components say is under `story`). */
	brand: {
		owner: '所属单位',
		story: '品牌故事',
		contents: '本页内容',
		backToTop: '回到顶部',
		facts: '概况',
		kind: '品牌类型',
		unit: '运营部门',
		place: '所在地',
		sources: '来源',
		honours: '荣誉',
		noneHonours: '来源文章未记载这个品牌获得的荣誉。',
		ownerHonours: (owner: string) => `${owner}作为一个整体获得的荣誉见`,
		ownerHonoursLink: '检察院页面',
		practices: '主要做法',
		otherPractices: '其他做法',
		/** Where the brand page points to the 院's own work (practices of no brand). */
		ownerWork: '院里的其他做法',
		ownerWorkIntro: (owner: string, n: number) =>
			`文章还记了${owner}的 ${n} 项做法，它们属于全院，没有归入这个品牌：`,
		ownerWorkAll: (more: boolean) =>
			more ? '其余的和全院的数据一起列在检察院页面：' : '它们和全院的数据一起列在检察院页面：',
		ownerWorkLink: (owner: string) => `${owner}的做法和数据`,
		cases: '典型案例',
		figures: '数说',
		chartsIntro: '只把同一量度、同一时段的数据画在一起；其余数据见下方表格。',
		seriesCaption: (series: string, unit: string) => `${series}（单位：${unit}）`,
		allData: '查看全部数据',
		allDataCount: (n: number) => `（${n} 项，含出处）`,
		figuresCaption: (name: string) => `${name}的全部数据（点击出处查看做法及其来源）`,
		topics: '相关主题',
		topicsIntro: '这些做法所属的业务条线；点开可看其他检察院怎样做同一件事。',
		siblings: (owner: string) => `${owner}的其他品牌`,
		more: '更多品牌',
		previous: '上一个品牌',
		next: '下一个品牌',
		brandNav: '品牌之间',
	},
	practice: {
		what: '怎么做的',
		results: '成效',
		figures: '数据',
		named: '涉及的机制、团队与载体',
		related: '同主题的其他做法',
		relatedTopic: (topic: string) => `其他检察院的“${topic}”做法`,
		relatedAll: (topic: string, total: number) =>
			total > 0
				? `在对比表中查看“${topic}”的全部做法（其他检察院共 ${total} 项）`
				: `在对比表中查看“${topic}”的全部做法`,
		/** The same 院's other practices on the topic. */
		relatedOwn: (owner: string, topic: string) => `${owner}的其他“${topic}”做法`,
		relatedOwnAll: (owner: string, total: number) =>
			`查看${owner}的全部做法（其中这一主题 ${total} 项）`,
		figuresCaption: (title: string) => `${title}：数据`,
	},
	case: {
		background: '基本情况',
		action: '检察履职',
		outcome: '成效',
		significance: '意义',
	},
	honour: {
		recipient: '获得者',
		awardedBy: '授予单位',
		level: '级别',
		/** The level the site reads from the title or the awarding body, not one the article states. */
		levelInferred: '级别（本站推断）',
		year: '年份',
		yearUnknown: '未载明',
	},
	topic: {
		/** Ends with 。: search excerpts join a page's lines without a break, and Chinese results drop the spaces. */
		aliases: (list: string[]) => `相关说法：${list.join('、')}。`,
		/** Only what there is: never “0 个案例”. */
		summary: (owners: number, practices: number, cases: number, page: number, count: number) =>
			`${owners} 个检察院有 ${[practices > 0 ? `${practices} 项做法` : '', cases > 0 ? `${cases} 个案例` : ''].filter(Boolean).join('、')}涉及这一主题。${count > 1 ? `这是第 ${page} 页，共 ${count} 页。` : ''}`,
		compare: '各院做法对比',
		compareCaption: (topic: string) => `各检察院的“${topic}”做法对比：每行一项做法`,
		sort: '排序：',
		orders: { province: '按省份', procuratorate: '按检察院' },
		columns: {
			owner: '检察院',
			brand: '品牌',
			practice: '做法',
			mechanisms: '主要机制/载体',
			figures: '数据',
			source: '出处',
		},
		/** The caption of a table of two or three topics. */
		compareCaptionMany: (topics: string[]) =>
			`做法对比，每行一项做法，按主题分组：${topics.join('、')}`,
		/** The heading row of one topic's rows in a table of several. */
		group: (topic: string, total: number) => `${topic}（${total} 项做法）`,
		/** Under a topic's rows when the table shows only some of them. */
		groupPart: (shown: number, total: number) => `共 ${total} 项，这里列出 ${shown} 项。`,
		groupAll: (topic: string) => `在“${topic}”的对比表中查看全部`,
		noBrand: '未归入品牌',
		none: '未载明',
		/** After the capped list of a cell, a link to the rest on the practice's page. */
		more: (n: number) => `另有 ${n} 项，见做法页`,
		/** 出处: always “publisher · date”, saying so where the article gives neither. */
		sourceLine: (publisher: string | undefined, date: string | undefined) =>
			`${publisher ?? '发布者未载明'} · ${date ?? '日期未载明'}`,
		cases: '典型案例',
		byLine: (line: string, n: number) => `${line}（${n} 个主题）`,
		otherLine: '其他主题',
		lines: '业务条线',
		counts: (owners: number, practices: number, cases: number) =>
			[
				`${owners} 个检察院`,
				practices > 0 ? `${practices} 项做法` : '',
				cases > 0 ? `${cases} 个案例` : '',
			]
				.filter(Boolean)
				.join(' · '),
		indexIntro: '按业务条线和主题查看：每个主题页列出所有检察院在这方面的做法和案例。',
	},
	/** Two or three topics in one table: the pre-built pairs and the topic page's script. */
	compare: {
		pairs: '与常一同出现的主题放在一张表里对比：',
		pairWith: (topic: string) => `与“${topic}”`,
		pairTitle: (topics: string[]) => `${topics.map((t) => `“${t}”`).join('与')}做法对比`,
		pairIntro: (perTopic: number) =>
			`两个主题的做法放在同一张表中，按主题分组；每个主题最多列出 ${perTopic} 项，其余见各自的主题页。`,
		label: '加入另一个主题的做法，在上表中对比（最多三个主题）',
		choose: '选择主题',
		add: '加入对比',
		remove: (topic: string) => `移出“${topic}”`,
		/** Between topic names in the caption the script writes. */
		joiner: '、',
		/** Messages the script announces; `{name}` and `{count}` are filled in by it. */
		loading: (topic: string) => `正在载入“${topic}”的做法……`,
		added: (topic: string, count: number | string) => `已加入“${topic}”的 ${count} 项做法。`,
		removed: (topic: string) => `已移出“${topic}”。`,
		failed: (topic: string) => `未能载入“${topic}”的做法，请稍后再试，或打开它的主题页。`,
		full: '已有三个主题在表中；先移出一个，再加入其他主题。',
	},
	procuratorate: {
		description: (name: string) => `${name}的党建品牌、做法、荣誉与案例`,
		place: '所在地',
		level: '级别',
		unit: '品牌所在部门',
		method: '工作法',
		/** Where the article divides the 院's work into parts but gives them no name. */
		methodParts: '文章的分节',
		/** The 院's own work: practices, figures and honours of no brand. */
		ownWork: '全院的做法',
		ownWorkIntro: (owner: string) => `文章把下面这些做法记在${owner}名下，没有归入哪个品牌。`,
		byMethod: (name: string | undefined) =>
			name ? `按文章的“${name}”分组。` : '按文章的分节分组。',
		byTopic: '按主题分组；一项做法属于几个主题时，列在第一个主题下。',
		figures: '全院的数据',
		figuresCaption: (owner: string) =>
			`${owner}的数据：属于全院，不属于哪个品牌（点击出处查看做法及其来源）`,
		ownHonours: '全院的荣誉',
		brandHonours: (brand: string) => `“${brand}”的荣誉`,
	},
	edit: {
		updated: '更新日期：',
		editThis: '编辑此页',
		editFile: '编辑此页：修改仓库中的 ',
		/** Labels the footer line meant for the site's editors, not its readers. */
		forEditors: '供编辑人员',
	},
	guide: {
		description: '如何新增和修改品牌、做法、荣誉、案例、数据和来源',
		kitExamples: '品牌故事组件的样子',
		kitExamplesIntro:
			'上面“品牌故事组件”一节的每个示例，在品牌页上显示如下（示例中的编号取自全站内容）。',
	},
	sources: {
		heading: '信息来源',
		intro: '本页事实均来自以下文章，文字由本站重新撰写。',
		/**
		 * The name of an article whose copy has no headline, by its author and date: “兰桂萍的文章
		 * （原文无标题，未载日期）”. Never in 《》: it is our description, not a title. `when` is a
		 * whole phrase: “2021年8月30日发表”, or a repost's date with its note.
		 */
		untitled: (author: string | undefined, when: string | undefined) =>
			`${author ? `${author}的文章` : '一篇文章'}（原文无标题，${when ?? '未载日期'}）`,
		published: (date: string) => `${date}发表`,
		original: '原文链接',
		publisher: '发布',
		author: '作者',
		editor: '编辑',
		date: '日期',
		citedBy: '引用这篇文章的条目',
		dateUnknown: '未载明',
	},
	/** Misprints of an article that the site corrects (`corrections` on a source), shown where used and on the source's page. */
	corrections: {
		/** Heading of the list on a source's page. */
		heading: '更正说明',
		intro: '原文以下几处有明显的误印，本站引用时已更正：',
		printed: '原文印作',
		written: '本站作',
		why: '依据',
		/** “依据：…。”, ending in one full stop whatever the editor wrote. */
		reason: (why: string) => `依据：${why.replace(/[。.]$/, '')}。`,
		/** The short note beside a text that uses a correction. */
		note: (printed: string, written: string) =>
			`原文此处印作“${printed}”，本站更正为“${written}”。`,
		/** Link from the note to the source's list. */
		more: '查看更正说明',
		/** The marker after a sentence that uses a correction, linking to its note. */
		mark: '更正',
		/** Heading of the corrections on a 学习卡. */
		cardHeading: '更正：',
	},
	/** Labels for information that is not from an article (the schema's reference data). */
	referenceData: {
		label: '参考资料',
		note: '所在地区为本站补充的参考资料，不出自来源文章，仅用于按省份筛选。',
	},
	/**
	 * Where a brand's pillars are the site's grouping, not the article's (`pillarsBySite`): said on
	 * every page that uses the grouping.
	 */
	pillarsBySite: {
		/** On a brand's page and its filtered lists. */
		note: (pillars: readonly string[]) =>
			`本页做法的分组（${pillars.join('、')}）为本站整理，来源文章没有这样划分。`,
		/** After the pillar's name on a practice page and its 学习卡. */
		mark: '（本站整理的分组，来源文章没有这样划分）',
	},
	figures: {
		/** Under figures whose time is written as the article writes it (今年以来): see isRelativePeriod. */
		relativeNote: '“今年以来”“近三年来”“截至目前”这类时间照录原文，指的是所引文章写作的时候。',
		period: '时间',
		value: '数值',
		label: '事项',
		from: '出自',
	},
	footer: {
		about:
			'本站展示检察机关党建品牌的故事、做法、荣誉与典型案例。每条事实都注明来源文章；文字为本站撰写。',
		sources: '查看全部来源',
		sitemap: '网站地图',
		guide: '编辑指南',
		/** Printed at the foot of a page, before its full address, so paper leads back to it. */
		address: '本页网址：',
		hotline: '12309 中国检察网',
		organizer: '主办单位',
		contact: '联系方式',
		rss: '订阅更新（RSS）',
	},
	prefs: {
		label: '阅读设置',
		large: '大字',
		contrast: '高对比',
		print: '打印',
		card: '打印学习卡',
		cardSize: '（A4 一页）',
	},
	lists: {
		practices: (total: number, page: number, count: number) =>
			`共 ${total} 项做法${count > 1 ? `，这是第 ${page} 页，共 ${count} 页` : ''}。也可以`,
		practicesByTopic: '按主题查看',
		practicesByTopicAfter: '，看看不同检察院怎样做同一件事。',
		cases: (total: number, page: number, count: number) =>
			`来源文章中记载的典型案例和具体事例，共 ${total} 个${count > 1 ? `（第 ${page} 页，共 ${count} 页）` : ''}。只写来源说到的部分，不作补充。`,
		honours: (total: number, page: number, count: number) =>
			`荣誉名称按来源原文照录；来源没有写明年份的，年份一栏注明“未载明”，本站不作推断。${count > 1 ? `共 ${total} 项，这是第 ${page} 页，共 ${count} 页。` : ''}`,
		brands: (total: number, page: number, count: number) =>
			`共 ${total} 个品牌，这是第 ${page} 页，共 ${count} 页。`,
		procuratorates: (total: number, page: number, count: number) =>
			`共 ${total} 个检察院，这是第 ${page} 页，共 ${count} 页。`,
		sources:
			'本站的每一条事实都来自下列公开发表的文章。名称、数字、日期、口号和荣誉名称照录原文；叙述文字由本站重新撰写。原文没有写明的信息（如年份），本站一律留空，不作推断。',
		/** How many entries of each kind: “3 项做法 · 1 项荣誉 · 0 个案例”. */
		practiceCount: (n: number) => `${n} 项做法`,
		honourCount: (n: number) => `${n} 项荣誉`,
		caseCount: (n: number) => `${n} 个案例`,
	},
	home: {
		lead: '检察机关党建品牌的故事、做法与荣誉',
		intro: (o: number, b: number, p: number, h: number, c: number) =>
			`这里汇集了 ${o} 个检察院的 ${b} 个党建与检察文化品牌：它们的来历、${p} 项做法、${h} 项荣誉和 ${c} 个典型案例。每一条都注明出自哪篇文章。`,
		/** Above the H1: what the site is for and whom. */
		purpose: '检察党建品牌读本：供公众了解，供各地检察院借鉴',
		organizer: (name: string) => `主办单位：${name}`,
		/** The owner line when the build names no 主办单位 (SITE_ORGANIZER). */
		organizerUnset: '本站编辑依据各检察院公开发表的文章整理',
		waysIn: '从这里开始',
		byTopic: '按主题',
		byTopicNote: (names: string[]) => `${names.join('、')}……`,
		byBrand: '按品牌',
		byBrandNote: (n: number) => `${n} 个品牌，各有来历`,
		byProvince: '按地区',
		byProvinceNote: (provinces: string) => provinces,
		provinceMore: (province: string, n: number) => `${province}全部 ${n} 个检察院的做法`,
		bySearch: '搜索',
		bySearchNote: '输入名称、业务或地名',
		allBrands: (n: number) => `查看全部 ${n} 个品牌`,
		figures: '数说',
		figuresIntro: '来自各检察院做法的几个数字，点开可看它们从哪里来。',
		topicsIntro: '想知道还有哪些检察院在做同样的事？按业务条线查看各品牌的做法和案例：',
	},
	card: {
		crumb: '学习卡',
		howToPrint: '用 A4 纸打印，一张一项做法。',
		label: '检察党建学习卡',
		what: '做什么',
		how: '怎么做',
		results: '成效',
		points: '可借鉴要点',
		pointsNote: '以下机制、团队与载体均为来源文章所载。',
		/** On the longest cards, the points list names only; the page has the rest. */
		pointsShort: '说明见网页版。',
		asOf: (date: string) => `据${date}文章`,
		citation: '出处：',
		footer: '本卡文字为网站撰写，事实照录原文。',
		/** Before the page's full address; only on a build that knows its address (SITE_URL). */
		web: '网页版：',
		qr: '扫码查看网页版',
		/** The day the practice's text last changed, and (filled in by the browser) the day it is printed. */
		updated: '内容更新于',
		printed: '打印于',
	},
	/** The practices index's filters (pre-built filtered pages; combined on the search page with JavaScript). */
	filters: {
		label: '筛选做法',
		summary: '按主题、省份、品牌、板块筛选',
		names: { topic: '主题', province: '省份', brand: '品牌', pillar: '板块' },
		count: (n: number) => `${n} 项`,
		current: '当前筛选：',
		clear: '查看全部做法',
		title: (label: string) => `做法：${label}`,
		intro: (total: number, page: number, count: number) =>
			`共 ${total} 项做法${count > 1 ? `，这是第 ${page} 页，共 ${count} 页` : ''}。`,
		compare: (topic: string) => `在对比表中查看各检察院的“${topic}”做法和案例`,
		brandPage: (brand: string) => `“${brand}”品牌页：由来、荣誉、案例和数据`,
		tooManyBrands: (n: number) =>
			`共有 ${n} 个品牌，这里只列出本页做法所属的品牌；也可以在品牌列表中查找。`,
		pillarFirst: '先选一个品牌，再按它的板块筛选。',
		noPillars: (brand: string) => `“${brand}”没有划分板块。`,
		combine: '再选一项，将与当前筛选组合，在搜索页显示结果。',
		/** On a filtered list: what the counts of the other kinds mean. */
		within: (label: string) => `其他类别旁的数字是“${label}”之中的项数；为 0 的不能选。`,
		combineNoJs: '未启用 JavaScript：点选其他类别会打开该项的全部做法，不与当前筛选组合。',
	},
	/** What the story kit's components say (content/README.md “品牌故事组件”). */
	story: {
		/** Thrown at build when a kit component renders outside a brand page. */
		context: '品牌页的故事数据 (story data of a brand page)',
		figureFrom: '看这项做法',
		figureFromCase: '看这个案例',
		quoteFrom: '引自',
		moment: '一个场景',
		readPractice: '读完整做法：',
		readCase: '读完整案例：',
		case: '典型案例',
		note: '说明',
		timeline: '时间线',
		pillarList: (pillar: string) => `${pillar}：做法`,
		highlights: (pillar: string) => `${pillar}：几项做法`,
		pillarAll: (pillar: string, count: number) => `“${pillar}”的全部 ${count} 项做法`,
	},
	pagination: {
		label: '分页',
		previous: '上一页',
		next: '下一页',
		page: (n: number) => `第 ${n} 页`,
		continued: '（续）',
	},
	notFound: {
		title: '页面不存在',
		body: '你要找的页面不存在，可能已改名或被删除。',
		home: '回到首页',
	},
} as const;

export type UI = typeof ui;
