/** Province addresses: conventional, unambiguous, and never a build failure. */
import { expect, test } from 'vitest';
import { provinceSlug } from '../../src/lib/site/provinces.ts';

test('provinces take their conventional romanisation, 陕西 distinct from 山西', () => {
	expect(provinceSlug('山东省')).toBe('shandong');
	expect(provinceSlug('上海市')).toBe('shanghai');
	expect(provinceSlug('广西壮族自治区')).toBe('guangxi');
	expect(provinceSlug('陕西省')).toBe('shaanxi');
	expect(provinceSlug('山西省')).toBe('shanxi');
});

test('a name outside the table still gets a stable ASCII address', () => {
	expect(provinceSlug('新疆生产建设兵团')).toBe('xinjiang');
	expect(provinceSlug('某省')).toMatch(/^p-[0-9a-f-]+$/);
	expect(provinceSlug('某省')).toBe(provinceSlug('某省'));
});
