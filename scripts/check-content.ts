/**
 * `npm run check:content`: the checks the build runs before rendering, without building: the
 * author's words against the source, the page starts, ids, every entity and data file. Prints every
 * problem, one line each, and exits 1 if there is any; in about a second.
 */
import { checkContent } from '../src/lib/content/content-check.ts';
import { problemReport } from '../src/lib/content/problem.ts';

const since = performance.now();
const problems = checkContent();
const took = ((performance.now() - since) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(problemReport(problems));
  process.exitCode = 1;
} else {
  console.log(
    `The content holds together (checked in ${took} s): every word of the author as the source prints it, the page starts, ids, entities and data.`,
  );
}
