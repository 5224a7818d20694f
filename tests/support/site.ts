import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = process.cwd();

/** The address and edit base the deployment-style test build is made with (see build-site.ts). */
export const deployed = {
	url: 'https://dangjian.example.org',
	editUrl: 'https://git.example.org/jiancha/site/-/edit/main/',
} as const;

/** What the local test build printed (stdout, then stderr), kept for the quiet-build test. */
export const buildLog = join(root, '.cache/build-log.txt');

/** Where the deployment-style build goes, and the environment it is built with. */
export const deployDist = join(root, '.cache/dist-deploy');
export const deployEnv = {
	SITE_URL: deployed.url,
	SITE_EDIT_URL: deployed.editUrl,
	SITE_OUT_DIR: deployDist,
	SITE_CACHE_DIR: join(root, '.cache/astro-deploy'),
};

/** The built HTML of a site path such as `/brands/xinqiao/`. */
export function page(path: string): string {
	const file = path.endsWith('/')
		? join(root, 'dist', path, 'index.html')
		: join(root, 'dist', path);
	return readFileSync(file, 'utf8');
}

/** Text content of built HTML, tags removed and entities of the kinds Astro emits decoded. */
export function textOf(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
