/**
 * ASCII addresses for provinces (`/practices/province/shandong/`): URLs are ASCII (house
 * style), and pinyin alone is ambiguous (山西 and 陕西 are both shanxi), so the 34
 * province-level divisions take their conventional romanisations from one table.
 */
const slugs: Record<string, string> = {
	北京: 'beijing',
	天津: 'tianjin',
	河北: 'hebei',
	山西: 'shanxi',
	内蒙古: 'neimenggu',
	辽宁: 'liaoning',
	吉林: 'jilin',
	黑龙江: 'heilongjiang',
	上海: 'shanghai',
	江苏: 'jiangsu',
	浙江: 'zhejiang',
	安徽: 'anhui',
	福建: 'fujian',
	江西: 'jiangxi',
	山东: 'shandong',
	河南: 'henan',
	湖北: 'hubei',
	湖南: 'hunan',
	广东: 'guangdong',
	广西: 'guangxi',
	海南: 'hainan',
	重庆: 'chongqing',
	四川: 'sichuan',
	贵州: 'guizhou',
	云南: 'yunnan',
	西藏: 'xizang',
	陕西: 'shaanxi',
	甘肃: 'gansu',
	青海: 'qinghai',
	宁夏: 'ningxia',
	新疆: 'xinjiang',
	香港: 'xianggang',
	澳门: 'aomen',
	台湾: 'taiwan',
};

/**
 * The address part for a province as the content writes it (`山东省`, `广西壮族自治区`). A name
 * outside the table (a typo, or 新疆生产建设兵团) still gets a stable ASCII address from its
 * code points rather than breaking the build.
 */
export function provinceSlug(province: string): string {
	const key = Object.keys(slugs).find((k) => province.startsWith(k));
	if (key) return slugs[key]!;
	return `p-${[...province].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}
