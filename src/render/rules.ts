import { CATALOGUE, FINDING_IDS } from '../findings/index.js';
import { TABLE_NAMES } from '../findings/phrases.js';

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

/** Every finding the tool can report, as a Markdown table: the README's rule table is this. */
export function rulesMarkdown(): string {
  const rows = FINDING_IDS.map((id) => {
    const { severity, description } = CATALOGUE[id];
    return `| \`${id}\` | ${severity} | ${description.replaceAll('|', '\\|')} |`;
  });
  return ['| rule | severity | checks |', '|---|---|---|', ...rows].join('\n');
}

/** `gov-disclose rules`: one finding per line, its id, severity, table and what it checks. */
export function rulesText(): string {
  const width = Math.max(...FINDING_IDS.map((id) => id.length));
  return FINDING_IDS.map((id) => {
    const { severity, table, description } = CATALOGUE[id];
    return `${id.padEnd(width)}  ${SEVERITY_NAMES[severity]}  ${table ? `${TABLE_NAMES[table]}：` : ''}${description}\n`;
  }).join('');
}

/** `gov-disclose rules --json`: the catalogue as data. */
export function rulesJson(): string {
  const rules = FINDING_IDS.map((id) => ({ id, severity: CATALOGUE[id].severity, table: CATALOGUE[id].table, description: CATALOGUE[id].description }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}
