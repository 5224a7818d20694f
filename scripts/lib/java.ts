/** Finds Java for the W3C Nu HTML checker (npm `vnu-jar`), and says how to get it where there is none. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A Java runtime (11 or later, as the Nu checker needs): $JAVA_HOME, then `java` on the PATH. */
export function findJava(): string | undefined {
	const home = process.env['JAVA_HOME'];
	const candidates = [home && join(home, 'bin', 'java'), 'java'];
	return candidates.find(
		(c): c is string =>
			typeof c === 'string' &&
			c !== '' &&
			(c === 'java' || existsSync(c)) &&
			spawnSync(c, ['-version'], { stdio: 'ignore' }).status === 0,
	);
}

export const howToGetJava = [
	'找不到 Java，W3C HTML 检查（vnu）无法运行 (no Java found; the W3C Nu HTML check cannot run).',
	'安装方法 (how to get it):',
	'  Debian/Ubuntu:  apt-get update && apt-get install -y default-jre-headless',
	'  或者指定已有的 Java (or point at one):  JAVA_HOME=/path/to/jdk npm test',
].join('\n');
