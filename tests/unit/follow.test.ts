/**
 * Following the site: feeds hold the newest entries of the site, a topic or a procuratorate,
 * capped; the sitemap dates each entry page by its file's last commit, and a shallow clone,
 * where git cannot tell, gives no dates and says so.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageDates } from '../../src/integrations/page-dates.ts';
import { feedLimit, feedOf, newest } from '../../src/lib/site/feeds.ts';
import { isShallowClone, readGitDates, shallowCloneMessage } from '../../src/lib/site/git-dates.ts';
import { must } from '../../src/lib/site/site-index.ts';
import { tempTree } from '../support/fixture.ts';
import { memorySite } from '../support/site-data.ts';

describe('feeds', () => {
	const practices = Object.fromEntries(
		Array.from({ length: feedLimit + 5 }, (_, i) => [
			`n${String(i).padStart(2, '0')}`,
			{ title: `做法${i}`, procuratorate: i % 2 ? 'p' : 'q', topics: i < 3 ? ['u'] : ['t'] },
		]),
	);
	const site = memorySite({
		topics: { t: { name: '司法救助' }, u: { name: '未成年人检察' } },
		procuratorates: { p: { name: '某县人民检察院' }, q: { name: '别县人民检察院' } },
		practices,
		cases: { k: { title: '案例', procuratorate: 'p', topics: ['u'] } },
	});

	test('hold the newest entries, undated last, at most feedLimit', () => {
		const dated = new Map([
			['n03', '2026-01-02'],
			['n07', '2026-03-01'],
		]);
		const list = newest(site.practices, (e) => dated.get(e.id));
		expect(list).toHaveLength(feedLimit);
		expect(list.slice(0, 3).map((e) => e.id)).toEqual(['n07', 'n03', 'n00']);
	});

	test('a topic’s holds its practices and cases only; a procuratorate’s its own', () => {
		const topic = feedOf(site, { kind: 'topic', topic: must(site.topic, 'u') });
		expect(topic.path).toBe('/topics/u/rss.xml');
		expect(topic.title).toBe('检察党建品牌：“未成年人检察”的做法与案例');
		expect(topic.entries.map((e) => e.id).sort()).toEqual(['k', 'n00', 'n01', 'n02']);
		const owner = feedOf(site, { kind: 'procuratorate', owner: must(site.procuratorate, 'p') });
		expect(owner.path).toBe('/procuratorates/p/rss.xml');
		expect(owner.entries.every((e) => e.data.procuratorate.id === 'p')).toBe(true);
		// The odd-numbered practices, and the case.
		expect(owner.entries).toHaveLength((feedLimit + 5 - 1) / 2 + 1);
	});

	test('the site’s is capped too', () => {
		expect(feedOf(site, { kind: 'site' }).entries).toHaveLength(feedLimit);
	});
});

/** A project with two commits: a practice, a topic and an honour, then the practice again. */
function project(): string {
	const dir = tempTree({
		'content/practices/a.md': 'a\n',
		'content/topics/t.yaml': 'name: 司法救助\n',
		'content/honours/h.yaml': 'title: 荣誉\n',
		'content/practices/readme.txt': 'not an entry\n',
	});
	const git = (args: string[], cwd = dir, date?: string) =>
		spawnSync('git', args, {
			cwd,
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 't',
				GIT_AUTHOR_EMAIL: 't@t',
				GIT_COMMITTER_NAME: 't',
				GIT_COMMITTER_EMAIL: 't@t',
				...(date && { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date }),
			},
		});
	git(['init', '-q']);
	git(['add', '.']);
	git(['commit', '-qm', 'first'], dir, '2026-10-01T09:00:00+00:00');
	writeFileSync(join(dir, 'content/practices/a.md'), 'a2\n');
	git(['commit', '-qam', 'second'], dir, '2026-11-21T20:30:00+00:00');
	return dir;
}

describe('sitemap dates', () => {
	test('each entry page gets its file’s last commit day; a collection without pages gets none', () => {
		expect(Object.fromEntries(pageDates(project()))).toEqual({
			'/practices/a/': '2026-11-22',
			'/topics/t/': '2026-10-01',
		});
	});

	test('a shallow clone has no dates at all, and a message that says why and what to do', () => {
		const full = project();
		const shallow = join(tempTree({}), 'clone');
		const clone = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${full}`, shallow]);
		expect(clone.status).toBe(0);
		expect([isShallowClone(full), isShallowClone(shallow)]).toEqual([false, true]);
		// Without the check, the topic (last changed in the first commit) would be dated by the second.
		expect(readGitDates(shallow).size).toBe(0);
		expect(pageDates(shallow).size).toBe(0);
		expect(shallowCloneMessage).toMatch(
			/^仓库是浅克隆.*git fetch --unshallow.*fetch-depth: 0.*\(This repository is a shallow clone/s,
		);
	});
});
