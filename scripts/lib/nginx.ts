/** Finds nginx for the serving test, and says how to get it where there is none. */
import { existsSync } from 'node:fs';

export function findNginx(): string | undefined {
	return [
		process.env['NGINX_PATH'],
		'/usr/sbin/nginx',
		'/usr/bin/nginx',
		'/usr/local/sbin/nginx',
	].find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

export const howToGetNginx = [
	'找不到 nginx，部署配置测试无法运行 (no nginx found; the serving test cannot run).',
	'安装方法 (how to get it):',
	'  Debian/Ubuntu:  apt-get update && apt-get install -y nginx',
	'  或者指定已有的 nginx (or point at one):  NGINX_PATH=/path/to/nginx npm test',
].join('\n');
