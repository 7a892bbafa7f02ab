// The check fixtures' injected errors: each names the cells it changes, the findings check must
// report (exactly), and the cell check must name as wrong.
/** Check fixtures: one injected error each; `findings` is the exact set check must report. */
export const INJECTIONS = [
  { name: 'clean', cells: [], findings: [] },
  {
    name: 'outcome-cell',
    cells: [['granted', 0, 1290]],
    findings: [
      ['requests.total', null, 'natural'],
      ['requests.columns', 'granted', null],
    ],
    suspect: { row: 'granted', column: 'natural', value: 1290, expected: 1288 },
  },
  {
    name: 'new-cell',
    cells: [['new', 1, 40]],
    findings: [
      ['requests.balance', null, 'commercial'],
      ['requests.columns', 'new', null],
    ],
    suspect: { row: 'new', column: 'commercial', value: 40, expected: 53 },
  },
  {
    name: 'total-row-cell',
    cells: [['total', 0, 2900]],
    findings: [
      ['requests.balance', null, 'natural'],
      ['requests.total', null, 'natural'],
      ['requests.columns', 'total', null],
    ],
    suspect: { row: 'total', column: 'natural', value: 2900, expected: 2898 },
  },
  {
    name: 'total-column-cell',
    cells: [['partial', 6, 445]],
    findings: [
      ['requests.total', null, 'total'],
      ['requests.columns', 'partial', null],
    ],
    suspect: { row: 'partial', column: 'total', value: 445, expected: 454 },
  },
  {
    name: 'carried-forward-cell',
    cells: [['carriedForward', 0, 13]],
    findings: [
      ['requests.balance', null, 'natural'],
      ['requests.columns', 'carriedForward', null],
    ],
    suspect: { row: 'carriedForward', column: 'natural', value: 13, expected: 103 },
  },
  {
    // The same misprint in a crawler's glued text: the split must still find 1290 and name it.
    name: 'glued-outcome-cell',
    layout: 'glued',
    cells: [['granted', 0, 1290]],
    findings: [
      ['requests.total', null, 'natural'],
      ['requests.columns', 'granted', null],
    ],
    suspect: { row: 'granted', column: 'natural', value: 1290, expected: 1288 },
  },
  {
    // Three applications received as 自然人 but handled as 商业企业: each column's balance breaks, the 总计 holds.
    name: 'wrong-column',
    cells: [
      ['new', 0, 2970],
      ['new', 1, 50],
    ],
    findings: [
      ['requests.balance', null, 'natural'],
      ['requests.balance', null, 'commercial'],
    ],
    suspect: null,
  },
  {
    name: 'reviews-total',
    reviews: ['review', 'total', 1],
    findings: [['reviews.total', 'review', null]],
    suspect: { row: 'review', column: 'total', value: 1, expected: 5 },
  },
  {
    name: 'two-errors',
    cells: [
      ['unavailable.notHeld', 1, 21],
      ['carriedOver', 0, 30],
    ],
    findings: [
      ['requests.balance', null, 'natural'],
      ['requests.total', null, 'commercial'],
      ['requests.columns', 'carriedOver', null],
      ['requests.columns', 'unavailable.notHeld', null],
    ],
    suspects: {
      'requests.balance/natural': { row: 'carriedOver', column: 'natural', value: 30, expected: 34 },
      'requests.total/commercial': { row: 'unavailable.notHeld', column: 'commercial', value: 21, expected: 12 },
    },
  },
];

/** The report model with the injection's cells changed. */
export function injected(m, injection) {
  for (const [row, column, value] of injection.cells ?? []) m.requests[row][column] = value;
  if (injection.reviews) {
    const [group, field, value] = injection.reviews;
    m.reviews[group][field] = value;
  }
  return m;
}

/** What check must say of the injected report: the `.expected.json` beside it. */
export function expectedFindings(injection) {
  const findings = injection.findings.map(([rule, row, column]) => ({ rule, row, column }));
  return `${JSON.stringify({ findings, suspect: injection.suspect ?? null, suspects: injection.suspects ?? null }, null, 2)}\n`;
}
