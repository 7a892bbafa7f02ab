import { describe, expect, it } from 'vitest';
import { ACTIVE_ROWS, LEGACY_ROWS, REQUEST_COLUMN_KEYS, REQUEST_ROW_KEYS, REVIEW_FIELDS, REVIEW_GROUPS } from '../src/template/index.js';
import { readJson, ROOT } from './helpers.js';

/** The keys SPEC §2 promises, written out here so that a drift in the template or schema fails. */
const SPEC_REQUEST_ROWS = [
  'new',
  'carriedOver',
  'granted',
  'partial',
  'withheld.stateSecret',
  'withheld.lawProhibited',
  'withheld.threeSafeties',
  'withheld.thirdParty',
  'withheld.internalAffairs',
  'withheld.processInfo',
  'withheld.enforcementFile',
  'withheld.adminQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclear',
  'unprocessed.petition',
  'unprocessed.repeat',
  'unprocessed.publication',
  'unprocessed.massRepeat',
  'unprocessed.confirm',
  'other',
  'other.noCorrection',
  'other.unpaidFee',
  'other.misc',
  'total',
  'carriedForward',
];
const SPEC_COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'];
const SPEC_ACTIVE = {
  '2019': {
    regulations: ['made', 'published', 'total'],
    normativeDocs: ['made', 'published', 'total'],
    licensing: ['previous', 'change', 'decisions'],
    otherServices: ['previous', 'change', 'decisions'],
    punishment: ['previous', 'change', 'decisions'],
    enforcement: ['previous', 'change', 'decisions'],
    fees: ['previous', 'change'],
    procurement: ['items', 'amount'],
  },
  '2021': {
    regulations: ['issued', 'repealed', 'inForce'],
    normativeDocs: ['issued', 'repealed', 'inForce'],
    licensing: ['decisions'],
    punishment: ['decisions'],
    enforcement: ['decisions'],
    fees: ['amount'],
  },
};

interface Schema {
  properties: {
    tables: {
      properties: Record<
        string,
        { anyOf: { properties?: Record<string, unknown>; anyOf?: { properties: Record<string, { properties: Record<string, unknown> }> }[] }[] }
      >;
    };
  };
}

/** SPEC §2's legacy keys, in its order. */
const SPEC_LEGACY = `published.total, published.normativeDocs, published.normativeDocsIssued, published.viaGazette,
published.viaWebsite, published.viaWeibo, published.viaWechat, published.viaOther,
responses.total, responses.pressConferences, responses.pressConferencesByHead,
responses.interviews, responses.interviewsByHead, responses.interpretations,
responses.weiboWechat, responses.other, requests.received, requests.inPerson, requests.fax,
requests.online, requests.letter, requests.otherChannel, requests.closed, requests.closedOnTime,
requests.closedExtended, requests.replied, replies.alreadyPublic, replies.granted,
replies.partial, replies.denied, replies.denied.stateSecret, replies.denied.commercialSecret,
replies.denied.privacy, replies.denied.security, replies.denied.notGovInfo,
replies.denied.otherLaw, replies.notThisAgency, replies.notExist, replies.amend,
replies.otherChannel, reviews.total, reviews.maintained, reviews.corrected, reviews.other,
litigation.total, litigation.maintained, litigation.corrected, litigation.other,
complaints.total, complaints.maintained, complaints.corrected, complaints.other,
archives.total, archives.paper, archives.electronic, org.units, org.readingRooms, org.visitors,
org.staff, org.staffFullTime, org.staffPartTime, org.budget, training.meetings,
training.classes, training.trainees`.split(/,\s*/);

describe('template, schema and SPEC agree', () => {
  const schema = readJson<Schema>(`${ROOT}schema/report.schema.json`);
  const tables = schema.properties.tables.properties;

  it('table 三: row keys in order, and columns', () => {
    expect(REQUEST_ROW_KEYS).toEqual(SPEC_REQUEST_ROWS);
    expect(REQUEST_COLUMN_KEYS).toEqual(SPEC_COLUMNS);
    const requests = tables['requests']!.anyOf[0]!.properties as {
      rows: { properties: Record<string, { description: string }> };
      columns: { const: string[] };
    };
    expect(Object.keys(requests.rows.properties)).toEqual(SPEC_REQUEST_ROWS);
    expect(requests.columns.const).toEqual(SPEC_COLUMNS);
    expect(requests.rows.properties['withheld.threeSafeties']!.description).toBe('（三）不予公开3.危及“三安全一稳定”');
  });

  it('table 二: rows and fields of both forms', () => {
    for (const template of ['2019', '2021'] as const) {
      const fromTemplate = Object.fromEntries(ACTIVE_ROWS[template].map((r) => [r.key, r.fields.map((f) => f.key)]));
      expect(fromTemplate).toEqual(SPEC_ACTIVE[template]);
    }
    const forms = tables['active']!.anyOf[0]!.anyOf!;
    expect(forms.map((f) => Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, Object.keys(v.properties)])))).toEqual([
      SPEC_ACTIVE['2019'],
      SPEC_ACTIVE['2021'],
    ]);
  });

  it('legacy table: keys in SPEC order, each described', () => {
    expect(LEGACY_ROWS.map((r) => r.key)).toEqual(SPEC_LEGACY);
    const legacy = (tables['legacy'] as unknown as { anyOf: { properties: Record<string, { description: string }> }[] }).anyOf[0]!;
    expect(Object.keys(legacy.properties)).toEqual(SPEC_LEGACY);
    expect(legacy.properties['org.budget']!.description).toBe('（五）政府信息公开专项经费（万元）');
  });

  it('table 四: groups and fields', () => {
    expect(REVIEW_GROUPS.map((g) => g.key)).toEqual(['review', 'litigationDirect', 'litigationAfterReview']);
    expect(REVIEW_FIELDS.map((f) => f.key)).toEqual(['maintained', 'corrected', 'other', 'pending', 'total']);
  });
});
