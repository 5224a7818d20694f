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
	/**
	 * The footer's 主办单位, contact and 备案 numbers. Each is shown only when set; none is
	 * invented here, so a deployment sets them (SITE_ORGANIZER, SITE_CONTACT, SITE_ICP,
	 * SITE_POLICE_RECORD at build time).
	 */
	/**
	 * Which pages get their own share image: `all` (default), or `brands` — only the home page,
	 * brands and topics, with practices, cases and procuratorates using their brand's. Each image
	 * costs about 0.05 s on a cold build, so a national-scale deployment may choose `brands`.
	 */
	shareImages: 'all' | 'brands';
	footer: {
		organizer?: string;
		contact?: string;
		/** ICP 备案号, e.g. `京ICP备xxxxxxxx号`. */
		icp?: string;
		/** 公安联网备案号. */
		policeRecord?: string;
	};
}

/** The footer fields from the build environment; a field is shown only when its variable is set. */
export function footerFromEnv(vars: Record<string, string | undefined>): SiteConfig['footer'] {
	const env = (name: string) => vars[name]?.trim() || undefined;
	const organizer = env('SITE_ORGANIZER');
	const contact = env('SITE_CONTACT');
	const icp = env('SITE_ICP');
	const policeRecord = env('SITE_POLICE_RECORD');
	return { ...(organizer && { organizer }), ...(contact && { contact }), ...(icp && { icp }), ...(policeRecord && { policeRecord }) };
}

const repoUrl = process.env['SITE_REPO_URL'];

export const siteConfig: SiteConfig = {
	url: process.env['SITE_URL'] ?? 'http://localhost:4321',
	title: '检察党建品牌',
	description: '检察机关党建品牌的故事、做法、荣誉与典型案例，每一条事实均注明出处。',
	shareImages: process.env['SITE_SHARE_IMAGES'] === 'brands' ? 'brands' : 'all',
	footer: footerFromEnv(process.env),
	...(repoUrl ? { repository: { url: repoUrl.replace(/\/$/, ''), branch: process.env['SITE_REPO_BRANCH'] ?? 'main' } } : {}),
};
