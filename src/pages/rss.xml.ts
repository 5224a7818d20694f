import type { APIRoute } from 'astro';
import { lastChanged } from '../lib/site/git-dates.ts';
import { paths } from '../lib/site/paths.ts';
import { must, siteData } from '../lib/site/data.ts';
import { siteConfig } from '../site.config.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `/rss.xml`: every practice and case, newest change first, so other 院 can follow updates. */
export const GET: APIRoute = async () => {
	const site = await siteData();
	const items = [
		...site.practices.map((e) => ({ e, href: paths.practice(e.id), kind: '做法' })),
		...site.cases.map((e) => ({ e, href: paths.case(e.id), kind: '案例' })),
	]
		.map(({ e, href, kind }) => ({
			title: e.data.title,
			link: new URL(href, siteConfig.url).href,
			description: e.data.summary,
			categories: [kind, must(site.procuratorate, e.data.procuratorate.id).data.name, ...e.data.topics.map((t) => must(site.topic, t.id).data.name)],
			updated: e.filePath ? lastChanged(e.filePath) : undefined,
		}))
		.sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? '') || a.link.localeCompare(b.link));
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>${escape(siteConfig.title)}：做法与案例</title>
<link>${escape(new URL('/', siteConfig.url).href)}</link>
<description>${escape(siteConfig.description)}</description>
<language>zh-CN</language>
${items
	.map(
		(i) => `<item>
<title>${escape(i.title)}</title>
<link>${escape(i.link)}</link>
<guid isPermaLink="true">${escape(i.link)}</guid>
<description>${escape(i.description)}</description>
${i.categories.map((c) => `<category>${escape(c)}</category>`).join('')}${i.updated ? `\n<pubDate>${new Date(`${i.updated}T00:00:00+08:00`).toUTCString()}</pubDate>` : ''}
</item>`,
	)
	.join('\n')}
</channel>
</rss>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
