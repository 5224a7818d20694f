/**
 * Site settings, typed and resolved once here; components read them, never guess defaults.
 * Values that depend on where the site is deployed come from the environment at build time.
 */
export interface SiteConfig {
	/** Absolute origin the site is served from; used for canonical URLs and the sitemap. */
	url: string;
	/** The site's name, shown in the header and page titles. */
	title: string;
	/** One sentence describing the site, for search engines and share cards. */
	description: string;
	/**
	 * Where editors change content: the repository's web address and branch. When set, every
	 * content page links “编辑此页” to its file there; when not, it names the file to edit.
	 */
	repository?: { url: string; branch: string };
}

const repoUrl = process.env['SITE_REPO_URL'];

export const siteConfig: SiteConfig = {
	url: process.env['SITE_URL'] ?? 'http://localhost:4321',
	title: '检察党建品牌',
	description: '检察机关党建品牌的故事、做法、荣誉与典型案例，每一条事实均注明出处。',
	...(repoUrl ? { repository: { url: repoUrl.replace(/\/$/, ''), branch: process.env['SITE_REPO_BRANCH'] ?? 'main' } } : {}),
};
