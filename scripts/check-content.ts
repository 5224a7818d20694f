/** `npm run check:content`: validates every file under content/ in seconds, without a build. */
import { checkContent } from '../src/lib/content-check/index.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';

const problems = checkContent(process.cwd());
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log('内容检查通过 (content check passed)');
