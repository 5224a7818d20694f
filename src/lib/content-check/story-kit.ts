/**
 * Checks of brand stories written in MDX against the story kit (`src/schemas/story-kit.ts`):
 * an editor's story may use the kit's components with text props and nothing else — no other
 * component or HTML tag, no import/export, no JavaScript expression — and every id a component
 * names must resolve to this brand's figures, practices, cases, pillars or sources. Each problem
 * names the file line, so an editor finds it without reading a build's stack trace.
 */
import type { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { bilingualError, isMissing } from '../../schemas/errors.ts';
import {
	storyComponents,
	storyKit,
	storyParents,
	type StoryComponent,
} from '../../schemas/story-kit.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';
import { didYouMean } from './suggest.ts';
import { highlights, sentences } from './story-highlights.ts';
import type { ValidEntry } from './validate.ts';

export interface Attribute {
	type: string;
	name?: string;
	value?: string | null | { type: string; value: string };
}

export interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: Attribute[];
	position?: { start: { line: number } };
	children?: MdxNode[];
}

const guide = '用法见 content/README.md“品牌故事组件” (see “品牌故事组件” in content/README.md)';
const kitList = storyComponents.join('、');

/** What a story may point at: the brand's own figures, pillars and sources, and its 院's practices and cases. */
export interface StoryContext {
	figures: Map<string, string>;
	pillars: string[];
	sources: string[];
	practices: Map<string, string>;
	/** The brand's own practices, with the pillar each is filed under. */
	brandPractices: Map<string, string | undefined>;
	cases: Map<string, string>;
	procuratorate: string;
	/**
	 * Practices and cases (`practices/x`, `cases/c`) whose files failed to parse or validate, and
	 * the figure ids in those of this brand: their own files' problems are reported already, and
	 * calling them missing here would send the editor hunting for a file that is there.
	 */
	unchecked: Set<string>;
	uncheckedFigures: Set<string>;
	/**
	 * Whether a practice or case could not be read at all (a YAML slip): its figures are unknown,
	 * so no figure id is called missing until it reads.
	 */
	unreadable: boolean;
}

type Figureish = { id?: unknown };
const figuresOf = (e: ValidEntry): Figureish[] =>
	Array.isArray(e.data['figures']) ? (e.data['figures'] as Figureish[]) : [];

const referable = (e: RawEntry) => e.collection === 'practices' || e.collection === 'cases';

/** The practices and cases whose own files failed, found once for every brand's story. */
interface Broken {
	entries: RawEntry[];
	keys: Set<string>;
	unreadable: boolean;
}

function contextFor(brand: ValidEntry, valid: ValidEntry[], broken: Broken): StoryContext {
	const procuratorate = String(brand.data['procuratorate']);
	const ofCollection = (c: string) => valid.filter((e) => e.collection === c);
	const figures = new Map<string, string>();
	const addFigures = (e: ValidEntry) => {
		for (const f of figuresOf(e)) if (typeof f.id === 'string') figures.set(f.id, e.file);
	};
	addFigures(brand);
	for (const e of [...ofCollection('practices'), ...ofCollection('cases')])
		if (e.data['brand'] === brand.id) addFigures(e);
	const ofOwner = (c: string) =>
		new Map(ofCollection(c).map((e) => [e.id, String(e.data['procuratorate'])]));
	const brandPillars = (brand.data['pillars'] as string[] | undefined) ?? [];
	const owner = valid.find((e) => e.collection === 'procuratorates' && e.id === procuratorate);
	const method = owner?.data['method'] as { pillars: string[] } | undefined;
	return {
		figures,
		// As for practices (integrity.ts): a brand without pillars of its own files its practices
		// under its procuratorate's working method.
		pillars: brandPillars.length > 0 ? brandPillars : (method?.pillars ?? []),
		sources: (brand.data['sources'] as string[] | undefined) ?? [],
		practices: ofOwner('practices'),
		brandPractices: new Map(
			ofCollection('practices')
				.filter((e) => e.data['brand'] === brand.id)
				.map((e) => [e.id, e.data['pillar'] as string | undefined]),
		),
		cases: ofOwner('cases'),
		procuratorate,
		unchecked: broken.keys,
		uncheckedFigures: new Set(
			broken.entries
				.filter((e) => (e.data as { brand?: unknown } | undefined)?.brand === brand.id)
				.flatMap((e) => figuresOf(e as ValidEntry).map((f) => f.id))
				.filter((id): id is string => typeof id === 'string'),
		),
		unreadable: broken.unreadable,
	};
}

/** Figure ids that occur twice among one brand's figures (its own, its practices' and cases'). */
function duplicateFigureIds(valid: ValidEntry[]): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const e of valid) {
		if (!['brands', 'practices', 'cases'].includes(e.collection)) continue;
		const brand = e.collection === 'brands' ? e.id : e.data['brand'];
		if (typeof brand !== 'string') continue;
		figuresOf(e).forEach((f, i) => {
			if (typeof f.id !== 'string') return;
			const key = `${brand}/${f.id}`;
			const first = seen.get(key);
			if (first === undefined) {
				seen.set(key, e.file);
				return;
			}
			problems.push({
				file: e.file,
				entry: e.id,
				field: `figures.${i}.id`,
				message: `数据编号“${f.id}”在品牌“${brand}”中重复，${first} 已经用过 (figure id '${f.id}' is used twice in brand '${brand}')`,
				fix: '给其中一项换一个编号，并同步修改品牌故事中的引用 (give one of them another id, and update the story)',
			});
		});
	}
	return problems;
}

function walk(
	node: MdxNode,
	parent: MdxNode | undefined,
	visit: (n: MdxNode, parent: MdxNode | undefined) => void,
): void {
	visit(node, parent);
	// A paragraph is MDX's wrapping of lines written without a blank line between them, not a
	// place of the editor's choosing: what stands in it stands in the paragraph's parent.
	for (const child of node.children ?? [])
		walk(child, node.type === 'paragraph' ? parent : node, visit);
}

export const isElement = (n: MdxNode) =>
	n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const isKit = (name: string | null | undefined): name is StoryComponent =>
	typeof name === 'string' && (storyComponents as string[]).includes(name);
const hasText = (n: MdxNode): boolean =>
	(n.value !== undefined && n.value.trim() !== '') || (n.children ?? []).some(hasText);

/** Problems of one brand story; `context` is undefined when the brand itself did not validate. */
function storyProblems(entry: RawEntry, context: StoryContext | undefined): Problem[] {
	let tree: MdxNode;
	try {
		tree = mdxToMdast(entry.body) as MdxNode;
	} catch {
		// A syntax error is reported by markdown.ts, with its line; nothing more can be read here.
		return [];
	}
	const offset = (entry.bodyLine ?? 1) - 1;
	const problems: Problem[] = [];
	const add = (node: MdxNode, message: string, fix: string) => {
		const line = (node.position?.start.line ?? 1) + offset;
		problems.push({
			file: entry.file,
			entry: entry.id,
			field: '正文 (body)',
			line,
			message: message.replace('{line}', `第 ${line} 行 (line ${line})：`),
			fix,
		});
	};

	walk(tree, undefined, (node, parent) => {
		if (node.type === 'mdxjsEsm') {
			add(
				node,
				`{line}不能使用 import / export：故事组件无需导入 (import and export are not allowed; the kit's components need no import)`,
				`删除这一行 (delete the line). ${guide}`,
			);
			return;
		}
		if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			add(
				node,
				`{line}不能使用花括号表达式 {${node.value ?? ''}} (JavaScript expressions are not allowed)`,
				'删除花括号及其内容；要显示花括号本身，写成 \\{ (remove the braces; write \\{ for a literal brace)',
			);
			return;
		}
		if (!isElement(node)) return;
		const name = node.name ?? '';
		const tag = `<${name}>`;
		if (!isKit(name)) {
			if (/^[a-z]/.test(name))
				add(
					node,
					`{line}不能使用 HTML 标签 ${tag} (HTML tags are not allowed in a story)`,
					`改用 Markdown 写法（## 标题、- 列表、**加粗**），或用故事组件 ${kitList} (use Markdown or a kit component)`,
				);
			else
				add(
					node,
					`{line}未知的组件 ${tag}：品牌故事只能用故事组件 (unknown component ${tag})`,
					`改用以下组件之一：${kitList}。${guide}`,
				);
			return;
		}
		const spec = storyKit[name];
		// Every kit component is a block (a section, a list, a figure): inside a sentence it would
		// land in a <p>, which HTML does not allow.
		if (node.type === 'mdxJsxTextElement' && storyParents[name] === undefined) {
			add(
				node,
				`{line}组件 ${tag} 须单独成段 (${tag} must stand on its own)`,
				`把 ${tag} 移到单独的一行，前后各空一行 (put it on its own line, with a blank line before and after)`,
			);
		}

		const wanted = storyParents[name];
		const parentName = parent && isElement(parent) ? parent.name : undefined;
		if (wanted !== undefined && parentName !== wanted) {
			add(
				node,
				`{line}组件 ${tag} 只能写在 <${wanted}> 里面 (${tag} belongs inside <${wanted}>)`,
				`把它移到 <${wanted}> 与 </${wanted}> 之间 (move it inside <${wanted}>)`,
			);
		} else if (wanted === undefined && parentName !== undefined && isKit(parentName)) {
			add(
				node,
				`{line}组件 ${tag} 不能写在 <${parentName}> 里面 (${tag} cannot stand inside <${parentName}>)`,
				`把它移到 </${parentName}> 之后 (move it after </${parentName}>)`,
			);
		}
		if (name === 'Timeline') {
			const strays = (node.children ?? []).filter(
				(c) => !(isElement(c) && c.name === 'Event') && hasText(c),
			);
			if (
				strays.length > 0 ||
				!(node.children ?? []).some((c) => isElement(c) && c.name === 'Event')
			) {
				add(
					node,
					'{line}<Timeline> 里只能写一个或多个 <Event> (a <Timeline> holds only <Event> entries)',
					'每个事件写成 <Event when="2019年">……</Event> (write each event as an <Event>)',
				);
			}
		}
		if (name === 'Highlights') {
			const strays = (node.children ?? [])
				.flatMap((c) => (c.type === 'paragraph' ? (c.children ?? []) : [c]))
				.filter((c) => !(isElement(c) && c.name === 'Highlight') && hasText(c));
			if (strays.length > 0)
				add(
					node,
					'{line}<Highlights> 里只能写 <Highlight> (a <Highlights> holds only <Highlight> entries)',
					'每项做法写成 <Highlight practice="做法编号">一句话。</Highlight> (write each practice as a <Highlight>)',
				);
		}
		if (name === 'Highlight' && hasText(node) && sentences(node) > 1) {
			add(
				node,
				'{line}<Highlight> 只写一句话 (a <Highlight> tells its practice in one sentence)',
				'只留一句（句号、问号或叹号只在句末）；详细内容写在做法页里 (keep one sentence; the detail belongs on the practice page)',
			);
		}

		const props: Record<string, string | undefined> = {};
		const written = new Set<string>();
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
				add(
					node,
					`{line}组件 ${tag} 不能使用 {…} 展开属性 (spread props are not allowed)`,
					'逐个写出属性，如 title="…" (write each prop as name="…")',
				);
				continue;
			}
			const value = attribute.value;
			written.add(attribute.name);
			if (value !== null && typeof value === 'object') {
				add(
					node,
					`{line}组件 ${tag} 的属性 ${attribute.name} 用了花括号表达式 {${value.value}} (prop ${attribute.name} is a JavaScript expression)`,
					`改为 ${attribute.name}="…"，属性值一律写在引号里 (write ${attribute.name}="…" in quotes)`,
				);
				continue;
			}
			if (value === null || value === undefined) {
				add(
					node,
					`{line}组件 ${tag} 的属性 ${attribute.name} 没有值 (prop ${attribute.name} has no value)`,
					`改为 ${attribute.name}="…" (give it a value in quotes)`,
				);
				continue;
			}
			props[attribute.name] = value;
		}

		const parsed = spec.props.safeParse(props, { error: bilingualError, reportInput: true });
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const prop = issue.path.map(String)[0] ?? '';
				const missing = isMissing(issue);
				// A prop written as an expression is already reported; “missing” would only confuse.
				if (missing && written.has(prop)) continue;
				if (missing)
					add(
						node,
						`{line}组件 ${tag} 缺少属性 ${prop} (${tag} needs the prop ${prop})`,
						`加上 ${prop}="…"。${guide}`,
					);
				else reportIssue(node, tag, issue, spec.props, add);
			}
		}
		if (spec.children && !hasText(node)) {
			add(
				node,
				`{line}组件 ${tag} 缺少内容 (${tag} is empty)`,
				`在 ${tag} 与 </${name}> 之间写上内容 (write its text between the tags)`,
			);
		}
		if (!spec.children && (node.children ?? []).length > 0) {
			add(
				node,
				`{line}组件 ${tag} 不包含文字 (${tag} takes no text)`,
				`写成自闭合标签 <${name} … /> (close it with />)`,
			);
		}
		if (parsed.success && context)
			resolve(node, tag, name, parsed.data as Record<string, unknown>, context, add);
	});
	return problems;
}

function reportIssue(
	node: MdxNode,
	tag: string,
	issue: z.core.$ZodIssue,
	schema: z.ZodType,
	add: (n: MdxNode, m: string, f: string) => void,
): void {
	if (issue.code === 'unrecognized_keys') {
		const known = Object.keys(
			(schema as unknown as { shape?: Record<string, unknown> }).shape ?? {},
		);
		for (const key of issue.keys) {
			add(
				node,
				`{line}组件 ${tag} 没有属性 ${key} (${tag} has no prop ${key})`,
				known.length > 0
					? `可用的属性：${known.join('、')} (its props are ${known.join(', ')})`
					: `${tag} 不带属性，删除 ${key} (it takes no props)`,
			);
		}
		return;
	}
	const prop = issue.path.map(String)[0] ?? '';
	add(
		node,
		`{line}组件 ${tag} 的属性 ${prop} 有误：${issue.message} (prop ${prop} of ${tag} is wrong)`,
		`按说明改正 ${prop}。${guide}`,
	);
}

function resolve(
	node: MdxNode,
	tag: string,
	name: StoryComponent,
	props: Record<string, unknown>,
	c: StoryContext,
	add: (n: MdxNode, m: string, f: string) => void,
): void {
	const list = (m: Map<string, unknown> | string[]) => {
		const ids = Array.isArray(m) ? m : [...m.keys()];
		return ids.length > 0 ? ids.join(', ') : '（无）';
	};
	if (name === 'StatTiles') {
		for (const id of props['ids'] as string[]) {
			if (c.figures.has(id) || c.uncheckedFigures.has(id) || c.unreadable) continue;
			const guess = didYouMean(
				id,
				[...c.figures.keys()].map((k) => ({ id: k })),
			);
			add(
				node,
				`{line}组件 ${tag} 引用的数据“${id}”不存在${guess ? `，是不是 ${guess}？` : ''} (no figure of this brand has id '${id}')`,
				`改为本品牌、其做法或案例中某项数据的 id：${list(c.figures)}；或在那项数据下加一行 id: ${id} (use an existing figure id, or add it to the figure)`,
			);
		}
	}
	if (
		(name === 'Practices' || name === 'Highlights') &&
		!c.pillars.includes(String(props['pillar']))
	) {
		add(
			node,
			`{line}组件 ${tag} 的板块“${String(props['pillar'])}”不是本品牌的板块 (not one of the brand's pillars)`,
			`改为以下之一：${c.pillars.join(' / ') || '（本品牌没有板块，删除这个组件）'} (use one of the brand's pillars)`,
		);
	}
	if (
		name === 'Quote' &&
		props['source'] !== undefined &&
		!c.sources.includes(String(props['source']))
	) {
		add(
			node,
			`{line}组件 ${tag} 的来源“${String(props['source'])}”不在本品牌的 sources 中 (the source is not one of the brand's)`,
			`改为以下之一：${c.sources.join(', ')}，或在品牌的 sources 中加入它 (use one of the brand's sources)`,
		);
	}
	if (name === 'Highlights') {
		highlights(node, String(props['pillar']), c, add);
		return;
	}
	// A highlight's practice is checked with its <Highlights>, which knows the pillar.
	if (name === 'Highlight') return;
	type Ref = [string, Map<string, string>, string, 'practices' | 'cases'];
	const refs: Ref[] = [
		['practice', c.practices, '做法 (practice)', 'practices'],
		['case', c.cases, '案例 (case)', 'cases'],
		...(name === 'CaseHighlight' ? ([['id', c.cases, '案例 (case)', 'cases']] as Ref[]) : []),
	];
	for (const [prop, known, kind, collection] of refs) {
		const id = props[prop];
		if (typeof id !== 'string' || c.unchecked.has(`${collection}/${id}`)) continue;
		const owner = known.get(id);
		if (owner === c.procuratorate) continue;
		const ours = [...known].filter(([, o]) => o === c.procuratorate).map(([k]) => k);
		const guess =
			owner === undefined
				? didYouMean(
						id,
						ours.map((k) => ({ id: k })),
					)
				: undefined;
		add(
			node,
			owner === undefined
				? `{line}组件 ${tag} 引用的${kind}“${id}”不存在${guess ? `，是不是 ${guess}？` : ''} ('${id}' does not exist)`
				: `{line}组件 ${tag} 引用的${kind}“${id}”属于另一个检察院 ('${id}' belongs to another procuratorate)`,
			guess
				? `改为 ${guess} (write ${guess})`
				: `改为本院的以下之一：${ours.join(', ') || '（无）'} (use one of this procuratorate's)`,
		);
	}
}

/**
 * The problems of one story read on its own, its ids unresolved: what the dev server checks
 * before it renders a brand page (src/integrations/story-kit-guard.ts).
 */
export function storyProblemsOf(entry: RawEntry): Problem[] {
	return entry.parseError === undefined ? storyProblems(entry, undefined) : [];
}

/** Every story-kit problem in the brands' MDX files, and duplicate figure ids. */
export function storyKitProblems(raw: RawEntry[], valid: ValidEntry[]): Problem[] {
	const validBrands = new Map(valid.filter((e) => e.collection === 'brands').map((e) => [e.id, e]));
	const validKeys = new Set(valid.map((e) => `${e.collection}/${e.id}`));
	const entries = raw.filter((e) => referable(e) && !validKeys.has(`${e.collection}/${e.id}`));
	const broken: Broken = {
		entries,
		keys: new Set(entries.map((e) => `${e.collection}/${e.id}`)),
		unreadable: entries.some((e) => e.data === undefined),
	};
	const stories = raw.filter(
		(e) => e.collection === 'brands' && e.file.endsWith('.mdx') && e.parseError === undefined,
	);
	return [
		...stories.flatMap((e) => {
			const brand = validBrands.get(e.id);
			return storyProblems(e, brand ? contextFor(brand, valid, broken) : undefined);
		}),
		...duplicateFigureIds(valid),
	];
}
