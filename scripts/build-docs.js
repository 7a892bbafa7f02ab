// Writes the README's rule table from the catalogue of findings (dist/findings/catalogue.js):
// run after adding or changing a finding; test/catalogue.test.ts fails while the README lags.
import { writeIntoReadme } from './bench-common.js';
import { rulesMarkdown } from '../dist/render/rules.js';

writeIntoReadme(new URL('../README.md', import.meta.url).pathname, 'rules', rulesMarkdown());
