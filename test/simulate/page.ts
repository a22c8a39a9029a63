// The documentation page's curl session, read from the page itself (openapi/source/container-station-networks-api.txt):
// each `$ curl` line in order with the example answers printed after it. The page's text lost its line breaks, so a
// continuation (`\` then a newline) reads `\ `; it is made a continuation again, and the command runs as printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../runner/helpers.ts';

export interface PageStep {
  /** The curl command as printed (continuations restored), with ${QIP} and ${QPORT} left to the shell. */
  command: string;
  /** The answers the page shows after it, by their label ("Example response", "Inspect result after …"). */
  examples: { label: string; bodies: unknown[] }[];
}

/** The System page's login (container-station-api-notes.md §4.1): JSON credentials, the cookie jar written. */
export const PAGE_LOGIN = `curl -sq -XPOST -c cookies.txt -d \\
  '{"username": "admin", "password": "'"$CS_PASSWORD"'"}' \\
  http://\${QIP}:\${QPORT}/container-station/api/v1/login`;

/** The JSON values of `text`, one after another (the prune example prints two on one line). */
export function jsonValues(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && --depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
  }
  return values;
}

export function pageSteps(): PageStep[] {
  const lines = readFileSync(join(ROOT, 'openapi', 'source', 'container-station-networks-api.txt'), 'utf8').split('\n');
  const steps: PageStep[] = [];
  lines.forEach((line, i) => {
    if (line.startsWith('$ curl ')) steps.push({ command: line.slice(2).replaceAll(' \\ ', ' \\\n  '), examples: [] });
    else if (/^(Example response.*|Inspect result after container connected)$/.test(line) && steps.length) {
      steps[steps.length - 1].examples.push({ label: line, bodies: jsonValues(lines[i + 1]) });
    }
  });
  return steps;
}
