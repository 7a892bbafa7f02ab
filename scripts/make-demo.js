// Writes fixtures/demo/: a handful of reports, each showing one kind of answer, for the README's
// second set-up command (`npx gov-disclose check fixtures/demo`). Copied from the other fixtures,
// so run after them: npm run fixtures (needs npm run build first, as they do).
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const DEMO = new URL('demo/', FIXTURES);

/** Each a different agency and year, so that no note says one was read twice. */
const COPIES = [
  // The official form as Word 97 saves it, zeros left blank: every cell read, everything adds up.
  ['parse/form-2021-random-27.doc', '第27局-2023-核对无误.doc'],
  // The same form exported to PDF, the 2019 template.
  ['parse/form-2019-random-5.pdf', '第5局-2020-核对无误.pdf'],
  // One misprinted cell of table 三: one error, naming the cell and the value it should have.
  ['check/outcome-cell.txt', '交通运输局-2023-表三有错.txt'],
  // A list in the running text whose parts do not make its total.
  ['check/prose-list-catch-all.txt', '住建局-2012-正文列举不符.txt'],
];

rmSync(DEMO, { recursive: true, force: true });
mkdirSync(DEMO);
for (const [from, to] of COPIES) copyFileSync(new URL(from, FIXTURES), new URL(to, DEMO));
// A spreadsheet, which the tool does not read: it says what to save it as.
writeFileSync(new URL('统计表.xlsx', DEMO), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('xl/workbook.xml'), Buffer.alloc(64)]));
