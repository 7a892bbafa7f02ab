// Composed reports for the fixtures: the template's labels and the numbers are facts of the
// form; the agencies, sentences and figures are made up. Every model satisfies every identity.
import { ACTIVE_ROWS, LEGACY_ROWS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS } from '../dist/template/index.js';

const PARTS = REQUEST_COLUMNS.length - 1;

/** Outcome rows as [row key, part-column values]; rows left out are all zero. */
const OUTCOMES = {
  2019: {
    granted: [12, 3, 0, 0, 1, 0],
    partial: [4, 0, 0, 0, 0, 0],
    'withheld.thirdParty': [1, 0, 0, 0, 0, 0],
    'withheld.processInfo': [2, 1, 0, 0, 0, 0],
    'unavailable.notHeld': [5, 2, 0, 0, 0, 1],
    'unavailable.needsCreation': [1, 0, 0, 0, 0, 0],
    'unprocessed.petition': [1, 0, 0, 0, 0, 0],
    other: [2, 0, 0, 0, 0, 0],
  },
  2021: {
    granted: [1288, 21, 0, 0, 50, 3],
    partial: [447, 7, 0, 0, 0, 0],
    'withheld.stateSecret': [2, 0, 0, 0, 0, 0],
    'withheld.lawProhibited': [30, 1, 0, 0, 0, 0],
    'withheld.internalAffairs': [7, 1, 0, 0, 0, 0],
    'withheld.adminQuery': [105, 0, 0, 0, 0, 0],
    'unavailable.notHeld': [746, 12, 0, 0, 10, 1],
    'unavailable.needsCreation': [11, 0, 0, 0, 0, 0],
    'unprocessed.petition': [56, 6, 0, 0, 0, 0],
    'unprocessed.repeat': [25, 0, 0, 0, 0, 0],
    'other.noCorrection': [67, 3, 0, 0, 1, 0],
    'other.unpaidFee': [6, 0, 0, 0, 0, 0],
    'other.misc': [108, 2, 0, 0, 0, 0],
  },
};

const CARRIED_OVER = { 2019: [2, 0, 0, 0, 0, 0], 2021: [34, 0, 0, 0, 0, 0] };
const CARRIED_FORWARD = { 2019: [1, 1, 0, 0, 0, 0], 2021: [103, 0, 0, 0, 0, 0] };

const withTotal = (parts) => [...parts, parts.reduce((a, b) => a + b, 0)];

/** Table 三 of a form: outcome rows as given, the rest derived so that every identity holds. */
export function requestsRows(template, carriedOver = CARRIED_OVER[template], carriedForward = CARRIED_FORWARD[template], outcomes = OUTCOMES[template]) {
  const rows = {};
  const sum = Array(PARTS).fill(0);
  for (const row of REQUEST_ROWS) {
    if (row.role !== 'outcome' || ('template' in row && row.template !== template)) continue;
    const parts = outcomes[row.key] ?? Array(PARTS).fill(0);
    parts.forEach((v, i) => (sum[i] += v));
    rows[row.key] = withTotal(parts);
  }
  // No more carried over than was handled or carried forward: the new requests are never negative.
  carriedOver = carriedOver.map((v, i) => Math.min(v, sum[i] + carriedForward[i]));
  const fresh = sum.map((v, i) => v + carriedForward[i] - carriedOver[i]);
  return {
    new: withTotal(fresh),
    carriedOver: withTotal(carriedOver),
    ...rows,
    total: withTotal(sum),
    carriedForward: withTotal(carriedForward),
  };
}

const ACTIVE = {
  2019: {
    regulations: { made: 0, published: 0, total: 0 },
    normativeDocs: { made: 2, published: 2, total: 17 },
    licensing: { previous: 27, change: 6, decisions: 571 },
    otherServices: { previous: 62, change: -14, decisions: 18390 },
    punishment: { previous: 14, change: 28, decisions: 42 },
    enforcement: { previous: 0, change: 0, decisions: 0 },
    fees: { previous: 1, change: 0 },
    procurement: { items: 1, amount: 209600 },
  },
  2021: {
    regulations: { issued: 1, repealed: 0, inForce: 11 },
    normativeDocs: { issued: 8, repealed: 26, inForce: 66 },
    licensing: { decisions: 1468 },
    punishment: { decisions: 237 },
    enforcement: { decisions: 12 },
    fees: { amount: 35.6 },
  },
};

const REVIEWS = {
  review: { maintained: 3, corrected: 1, other: 0, pending: 1, total: 5 },
  litigationDirect: { maintained: 2, corrected: 0, other: 1, pending: 0, total: 3 },
  litigationAfterReview: { maintained: 0, corrected: 0, other: 0, pending: 1, total: 1 },
};

export function model(template, overrides = {}) {
  return {
    agency: template === '2019' ? '示例市住房和城乡建设局' : '示例市交通运输局',
    year: template === '2019' ? 2020 : 2023,
    template,
    active: structuredClone(ACTIVE[template]),
    requests: requestsRows(template),
    reviews: structuredClone(REVIEWS),
    ...overrides,
  };
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same model. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A model with figures drawn from `seed`, most cells zero as in the reports of small agencies:
 * every identity still holds. Left blank, its zeros make rows of every shape.
 */
export function randomModel(template, seed) {
  const next = random(seed);
  const count = (max, zero = 0.55) => (next() < zero ? 0 : 1 + Math.floor(next() * max));
  const parts = (max) => Array.from({ length: PARTS }, (_, i) => count(i === 0 ? max : max / 10));
  const outcomes = Object.fromEntries(Object.keys(OUTCOMES[template]).map((key) => [key, parts(300)]));
  for (const row of REQUEST_ROWS) if (row.role === 'outcome' && !(row.key in outcomes) && next() < 0.3) outcomes[row.key] = parts(20);
  const reviewGroup = () => {
    const fields = { maintained: count(9), corrected: count(3), other: count(3), pending: count(3) };
    return { ...fields, total: Object.values(fields).reduce((a, b) => a + b, 0) };
  };
  const base = model(template);
  // Table 二 of 2019 ties its columns together (上一年, 本年增/减); the 2021 one holds plain counts.
  const active =
    template === '2019'
      ? base.active
      : Object.fromEntries(
          Object.entries(base.active).map(([row, cells]) => [
            row,
            Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? count(50) : v])),
          ]),
        );
  return {
    ...base,
    agency: `示例市第${seed}局`,
    active,
    requests: requestsRows(template, parts(20), parts(20), outcomes),
    reviews: { review: reviewGroup(), litigationDirect: reviewGroup(), litigationAfterReview: reviewGroup() },
  };
}

/** The tables a correct parse must produce: the JSON shape of SPEC §3. */
export function expectedTables(m) {
  return {
    active: m.active,
    requests: { columns: REQUEST_COLUMNS.map((c) => c.key), rows: m.requests },
    reviews: m.reviews,
    legacy: null,
  };
}

export { ACTIVE_ROWS, LEGACY_ROWS, REQUEST_COLUMNS, REQUEST_ROWS, REVIEW_FIELDS, REVIEW_GROUPS };

/** A 2014–2018 统计指标 table whose sums and bounds all hold; null where the form is left blank. */
export function legacyModel() {
  return {
    agency: '示例县住房和城乡建设局',
    year: 2016,
    template: 'legacy',
    legacy: {
      'published.total': 120,
      'published.normativeDocs': 8,
      'published.normativeDocsIssued': 9,
      'published.viaGazette': 10,
      'published.viaWebsite': 100,
      'published.viaWeibo': 30,
      'published.viaWechat': 25,
      'published.viaOther': 5,
      'responses.total': 12,
      'responses.pressConferences': 3,
      'responses.pressConferencesByHead': 1,
      'responses.interviews': 2,
      'responses.interviewsByHead': 1,
      'responses.interpretations': 4,
      'responses.weiboWechat': 6,
      'responses.other': null,
      'requests.received': 20,
      'requests.inPerson': 5,
      'requests.fax': null,
      'requests.online': 12,
      'requests.letter': 3,
      'requests.otherChannel': 0,
      'requests.closed': 19,
      'requests.closedOnTime': 18,
      'requests.closedExtended': 1,
      'requests.replied': 19,
      'replies.alreadyPublic': 3,
      'replies.granted': 8,
      'replies.partial': 2,
      'replies.denied': 3,
      'replies.denied.stateSecret': 0,
      'replies.denied.commercialSecret': 1,
      'replies.denied.privacy': 1,
      'replies.denied.security': 0,
      'replies.denied.notGovInfo': 1,
      'replies.denied.otherLaw': 0,
      'replies.notThisAgency': 1,
      'replies.notExist': 1,
      'replies.amend': 1,
      'replies.otherChannel': 0,
      'reviews.total': 2,
      'reviews.maintained': 1,
      'reviews.corrected': 0,
      'reviews.other': 1,
      'litigation.total': 1,
      'litigation.maintained': 1,
      'litigation.corrected': 0,
      'litigation.other': 0,
      'complaints.total': 0,
      'complaints.maintained': 0,
      'complaints.corrected': 0,
      'complaints.other': 0,
      'archives.total': 150,
      'archives.paper': 100,
      'archives.electronic': 50,
      'org.units': 1,
      'org.readingRooms': 2,
      'org.visitors': 35,
      'org.staff': 3,
      'org.staffFullTime': 1,
      'org.staffPartTime': 2,
      'org.budget': 2.5,
      'training.meetings': 2,
      'training.classes': 1,
      'training.trainees': 40,
    },
  };
}
