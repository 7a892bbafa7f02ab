import { CATALOGUE, FINDING_IDS } from '../findings/index.js';
import { SEVERITY_NAMES } from './names.js';

/** Every finding the tool can report, as a Markdown table: the README's rule table is this. */
export function rulesMarkdown(): string {
  const rows = FINDING_IDS.map((id) => {
    const { severity, description } = CATALOGUE[id];
    return `| \`${id}\` | ${severity} | ${description.replaceAll('|', '\\|')} |`;
  });
  return ['| rule | severity | checks |', '|---|---|---|', ...rows].join('\n');
}

/** `gov-disclose rules`: one finding per line, its id, severity and what it checks, in Chinese. */
export function rulesText(): string {
  const width = Math.max(...FINDING_IDS.map((id) => id.length));
  return FINDING_IDS.map((id) => {
    const { severity, summary } = CATALOGUE[id];
    return `${id.padEnd(width)}  ${SEVERITY_NAMES[severity]}  ${summary}\n`;
  }).join('');
}

/** `gov-disclose rules --json`: the catalogue as data. */
export function rulesJson(): string {
  const rules = FINDING_IDS.map((id) => {
    const { severity, table, summary, description } = CATALOGUE[id];
    return { id, severity, table, summary, description };
  });
  return `${JSON.stringify(rules, null, 2)}\n`;
}
