import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, FINDING_IDS } from '../src/findings/index.js';
import { checkReports, parseReport } from '../src/index.js';
import { rulesMarkdown, rulesText } from '../src/render/rules.js';
import { IDENTITY_RULES, PROSE_RULES } from '../src/rules/index.js';
import { CORPUS, FIXTURES, hasCorpus, readJson, ROOT } from './helpers.js';

/** Every file of the fixture folders (and the shared corpus, when present) with its findings. */
async function findingsOfFolders(): Promise<{ rule: string; message: string }[]> {
  const folders = [`${FIXTURES}parse`, `${FIXTURES}check`, `${FIXTURES}hostile`, ...(hasCorpus ? ['real', 'peer', 'seeds'].map((d) => `${CORPUS}${d}`) : [])];
  const reports = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder, { withFileTypes: true })
      .filter((f) => f.isFile() && !f.name.endsWith('.json'))
      .map((f) => f.name)
      .sort()) {
      reports.push(await parseReport(readFileSync(`${folder}/${name}`), { path: name }));
    }
  }
  return checkReports(reports).files.flatMap((f) => f.findings);
}

describe('the catalogue of findings', () => {
  it('the README rule table is the one the catalogue gives (npm run docs writes it)', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const section = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1];
    expect(section).toBe(rulesMarkdown());
  });

  it('the schema allows exactly the catalogued ids', () => {
    const schema = readJson<{ $defs: { finding: { properties: { rule: { enum: string[] } } } } }>(`${ROOT}schema/report.schema.json`);
    expect(schema.$defs.finding.properties.rule.enum).toEqual(FINDING_IDS);
  });

  it('every rule module has its entry, and `rules` lists every entry', () => {
    const modules = [...IDENTITY_RULES, ...PROSE_RULES].map((r) => r.id);
    expect(modules.filter((id) => !(id in CATALOGUE))).toEqual([]);
    const listed = rulesText()
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    expect(listed).toEqual(FINDING_IDS);
  });

  it('what the fixtures and corpus give is catalogued, and every message is a worded sentence', async () => {
    const findings = await findingsOfFolders();
    expect(findings.length).toBeGreaterThan(100);
    expect([...new Set(findings.map((f) => f.rule))].filter((id) => !(id in CATALOGUE))).toEqual([]);
    const unworded = findings.filter((f) => !/[。]$/.test(f.message) || /undefined|NaN|\[object/.test(f.message));
    expect(unworded).toEqual([]);
  }, 120_000);
});
