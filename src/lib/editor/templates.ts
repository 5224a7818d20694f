/**
 * Commented starting files for each collection, used by `npm run new`, filled with the editor's
 * own procuratorate, brand and source (editor-context.ts), never another 院's. A template's
 * placeholders are reported by the content check until the editor replaces them: the fields to
 * be copied word for word from an article (a brand's or procuratorate's name, an honour's title
 * and recipient) because the article does not hold them, the text to be written in the editor's
 * own words (`sampleText`) because, left as it is, it would be published.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { sampleText } from '../content-check/placeholders.ts';

export interface TemplateContext {
	/** The editor's procuratorate, source and brand (ids); a template that needs one gets it. */
	procuratorate?: string | undefined;
	source?: string | undefined;
	/** Left out where the 院 has no brand, or the entry is not a brand's. */
	brand?: string | undefined;
	/** A topic id (topics are shared by every 院): a start the editor changes. */
	topic: string;
	/** A new brand's colour, chosen apart from every existing brand's. */
	accent: string;
	/** The new entry's id (its file name). */
	id: string;
}

const note = '# 各字段含义见 content/README.md。改完运行 npm run check:content 检查。';

const t = sampleText;

/** Each collection's template; the file takes the collection's first format (`collectionFormats`). */
export const templates: Record<CollectionName, (c: TemplateContext) => string> = {
	practices: (c) => `---
${note}
title: ${t.practiceTitle}
${c.brand ? `brand: ${c.brand}` : '# brand: 品牌文件名'}            # 所属品牌的文件名；原文未归入品牌就删掉这一行
procuratorate: ${c.procuratorate}  # 检察院的文件名
# pillar: 板块名                 # 品牌 pillars 之一；没有就不写
topics: [${c.topic}]          # 主题，可多个：[a, b]；可选的见 content/topics/
summary: ${t.practiceSummary}
# results:                       # 成效，每条一句
#   - 成效一
# figures:                       # 数据：数字不加引号
#   - label: 办理案件
#     value: 10
#     unit: 件
#     approx: false              # 原文写“余”“多”时为 true
sources: [${c.source}]        # 来源文章的文件名
---

${t.practiceBody}
`,
	brands: (c) => `---
${note}
name: 品牌名
# slogan: 名称之外的口号（照录原文；全称写进 name）
kind: 党建品牌                   # 党建品牌 / 检察文化品牌 / 未成年人检察文化品牌 / 未成年人检察品牌
procuratorate: ${c.procuratorate}
summary: ${t.brandSummary}
# pillars: [板块一, 板块二]        # 原文组织做法的板块
accent: "${c.accent}"                # 品牌色：已选好一个与其他品牌都明显不同的颜色，可换
sources: [${c.source}]
---

${t.brandStory}

## 怎么做到的

${t.brandHow}
`,
	honours: (c) => `${note}
title: 荣誉正式名称（一字不差，不带外层引号）
recipient: 获得者（照原文）
recipientKind: 团队              # 品牌 / 团队 / 单位 / 个人 / 作品 / 项目 / 案例（党支部是“团队”）
# brand: ${c.brand ?? '品牌文件名'}
procuratorate: ${c.procuratorate}
# awardedBy: 授予单位（原文写了才填）
# occasion: 评选活动
level: 未注明                    # 国家级 / 省级 / 市级 / 区县级 / 未注明
# year: 2024                     # 原文写了年份才填
sources: [${c.source}]
`,
	cases: (c) => `${note}
title: ${t.caseTitle}
procuratorate: ${c.procuratorate}
# brand: ${c.brand ?? '品牌文件名'}
topics: [${c.topic}]
summary: ${t.caseSummary}
background: ${t.caseBackground}
# action: 检察履职
# outcome: 成效
# significance: 意义
sources: [${c.source}]
`,
	topics: () => `${note}
name: ${t.topicName}
description: ${t.topicDescription}
line: 检察业务                   # 业务条线：检察业务 / 服务群众 / 党的建设 / 队伍建设
aliases: []                      # 其他说法，便于搜索
`,
	procuratorates: (c) => `${note}
name: 检察院正式全称
level: 区县级                    # 最高检 / 省级 / 分院 / 地市级 / 区县级
province: 某省
city: 某市
# county: 某县
sources: [${c.source}]
`,
	sources: (c) => `${note}
# 文章全文另存为同一文件夹里的 ${c.id}.txt（原样，不改一字）。
# 新来源还没有条目引用它时，检查会提示“没有被任何条目引用”；在条目的 sources 中加入它即可。
title: 文章标题（照录；存档里没有标题就删掉这一行）
# subtitle: 副标题（照录）
# publisher: 发布单位
# author: 作者
# date: 2024-01-31               # 只有年月时不填，写在 dateNote 里，如：dateNote: 2024年8月发表
# url: https://…
about:                           # 文章写的是哪些检察院、哪些品牌（文件名）；条目只能为这些引用它
  procuratorates: [${c.procuratorate ?? ''}]   # 新的检察院：先填它将用的文件名，再建它
  brands: [${c.brand ?? ''}]
seedFile: ${c.id}.txt             # 你收到的原始文件的文件名，供维护者核对
`,
};
