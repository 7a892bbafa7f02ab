// Makes fixtures/ocr/page-2021-pictures.html: the web page fixture parse/2021-html-utf-8.html
// as some agencies publish it, each statistical table pasted in as a picture, and saved by a
// browser ("网页，全部") with its pictures in page-2021-pictures_files/ beside it; a small logo
// stands before the text, as on most sites. Chromium draws each table (at the scale of a
// screenshot on an ordinary screen) and takes its picture. Needs Debian's Chromium and
// playwright-core (a dev dependency); the files are committed, so tests do not.
// Run: node scripts/make-picture-page.js
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const NAME = 'page-2021-pictures';
const SOURCE = new URL('parse/2021-html-utf-8.html', FIXTURES);
const FOLDER = new URL(`ocr/${NAME}_files/`, FIXTURES);
/** How the site draws its tables before they are pictured: lines, and room in the cells. */
const TABLE_STYLE =
  'table { border-collapse: collapse; font: 16px sans-serif; background: #fff } td { border: 1px solid #000; padding: 4px 8px; text-align: center }';

const page = readFileSync(SOURCE, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const tab = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
await tab.setContent(page.replace('</head>', `<style>${TABLE_STYLE}</style></head>`));
const tables = await tab.locator('table').all();
rmSync(FOLDER, { recursive: true, force: true });
mkdirSync(FOLDER, { recursive: true });
const names = [];
for (const [i, table] of tables.entries()) {
  const name = `table-${i + 1}.png`;
  writeFileSync(new URL(name, FOLDER), await table.screenshot({ animations: 'disabled' }));
  names.push(name);
}
await browser.close();

/** The site's logo: a picture too small to hold a table, which is passed over. */
const logo = new PNG({ width: 120, height: 40 });
logo.data.fill(200);
writeFileSync(new URL('logo.png', FOLDER), PNG.sync.write(logo));

let n = 0;
const pictured = page
  .replace('<div class="article">', `<div class="article">\n<img src="${NAME}_files/logo.png" alt="logo">`)
  .replace(/<table[\s\S]*?<\/table>/g, () => `<p><img src="${NAME}_files/${names[n++]}" alt="表格"></p>`);
writeFileSync(new URL(`ocr/${NAME}.html`, FIXTURES), pictured);
const expected = JSON.parse(readFileSync(new URL('parse/2021-html-utf-8.expected.json', FIXTURES), 'utf8'));
writeFileSync(new URL(`ocr/${NAME}.expected.json`, FIXTURES), `${JSON.stringify({ tables: expected.tables }, null, 2)}\n`);
