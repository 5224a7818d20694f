/** `npm run check:content`: validates every file under content/ in seconds, without a build. */
import { checkContent } from '../src/lib/content-check/index.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';

const problems = checkContent(process.cwd());
if (problems.length > 0) {
	console.error(formatProblems(problems));
	// Not process.exit: into a pipe, it would cut the list off before it is all written.
	process.exitCode = 1;
} else console.log('内容检查通过 (content check passed)');
