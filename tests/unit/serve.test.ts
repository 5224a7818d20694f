/**
 * The loopback server that tests and the benchmark use sends the caching that
 * deploy/nginx-site.conf sends, so the search page's second Pagefind (which loads files the
 * first already fetched) is measured as a deployment serves it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { cacheControl } from '../../scripts/lib/serve.ts';

test('Cache-Control follows the nginx configuration for every kind of file', () => {
	const conf = readFileSync('deploy/nginx-site.conf', 'utf8');
	const map = /map \$uri \$site_cache_control \{([^}]*)\}/.exec(conf)![1]!;
	const rules = [...map.matchAll(/^\s*(~\S+|default)\s+"([^"]+)";/gm)].map(
		([, pattern, value]) => ({
			pattern: pattern === 'default' ? null : new RegExp(pattern!.slice(1)),
			value: value!,
		}),
	);
	expect(rules.length).toBeGreaterThanOrEqual(4);
	for (const path of [
		'/_astro/BaseLayout.abc123.css',
		'/pagefind/index/und_abc.pf_index',
		'/pagefind/shard-1/pagefind.und_1.pf_meta',
		'/pagefind/pagefind.js',
		'/pagefind/pagefind-entry.json',
		'/search/',
		'/brands/xinqiao/',
	]) {
		// nginx takes the first regular expression that matches, else the default.
		const rule = rules.find((r) => r.pattern?.test(path)) ?? rules.find((r) => !r.pattern)!;
		expect(cacheControl(path), path).toBe(rule.value);
	}
});
