/**
 * Site settings, typed and resolved once here; components read them, never guess defaults.
 * Values that depend on where the site is deployed come from the environment at build time.
 */
export interface SiteConfig {
	/**
	 * The https origin the site is served from (SITE_URL at build time), for canonical links,
	 * og:url/og:image, JSON-LD, the feed, sitemap and robots.txt. Without it (local builds, tests,
	 * preview) the site still builds, but leaves out everything that needs an absolute address
	 * rather than print a wrong one such as localhost.
	 */
	url?: string;
	/** The site's name, shown in the header and page titles. */
	title: string;
	/** One sentence describing the site, for search engines and share cards. */
	description: string;
	/**
	 * Where editors change content: the forge's edit address for the repository's root folder,
	 * to which a file's path is appended (SITE_EDIT_URL; e.g. GitHub `…/edit/main/`, GitLab
	 * `…/-/edit/main/`, Gitee `…/edit/master/`). When set, every content page links “编辑此页” to
	 * its file there; when not, it names the file to edit.
	 */
	editUrl?: string;
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
	return {
		...(organizer && { organizer }),
		...(contact && { contact }),
		...(icp && { icp }),
		...(policeRecord && { policeRecord }),
	};
}

/**
 * SITE_URL as the site's origin, or undefined when it is not set. A deploy build (one that sets
 * it) stops unless it is an https origin: a wrong address would be printed on every page, in the
 * feed and on every 学习卡.
 */
export function siteUrlFromEnv(value: string | undefined): string | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	let url: URL | undefined;
	try {
		url = new URL(value.trim());
	} catch {
		url = undefined;
	}
	if (
		!url ||
		url.protocol !== 'https:' ||
		url.pathname !== '/' ||
		url.search ||
		url.hash ||
		url.username ||
		url.password
	) {
		throw new Error(
			`SITE_URL 必须是网站的 https 地址，如 https://dangjian.example.gov.cn（不带路径），现在是“${value}” (SITE_URL must be the site's https origin, with no path)。` +
				'本地预览和测试不要设置 SITE_URL (leave it unset for local builds and tests)。',
		);
	}
	return url.origin;
}

/** SITE_EDIT_URL as a base that ends in `/`, or undefined. */
function editUrlFromEnv(value: string | undefined): string | undefined {
	const v = value?.trim();
	return v ? (v.endsWith('/') ? v : `${v}/`) : undefined;
}

const url = siteUrlFromEnv(process.env['SITE_URL']);
const editUrl = editUrlFromEnv(process.env['SITE_EDIT_URL']);

export const siteConfig: SiteConfig = {
	...(url && { url }),
	title: '检察党建品牌',
	description: '检察机关党建品牌的故事、做法、荣誉与典型案例，每一条事实均注明出处。',
	shareImages: process.env['SITE_SHARE_IMAGES'] === 'brands' ? 'brands' : 'all',
	footer: footerFromEnv(process.env),
	...(editUrl && { editUrl }),
};
