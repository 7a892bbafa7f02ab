import { legacyIdentities } from './legacy-sum.js';
import type { IdentityRule } from './types.js';

/** A whole and the rows that name only some of it ("其中"): the whole is at least their sum. */
const BOUNDS: readonly [string, readonly string[]][] = [
  [
    'replies.denied',
    [
      'replies.denied.stateSecret',
      'replies.denied.commercialSecret',
      'replies.denied.privacy',
      'replies.denied.security',
      'replies.denied.notGovInfo',
      'replies.denied.otherLaw',
    ],
  ],
  ['responses.pressConferences', ['responses.pressConferencesByHead']],
  ['responses.interviews', ['responses.interviewsByHead']],
  ['published.total', ['published.normativeDocs']],
];

export const legacyBound: IdentityRule = {
  id: 'legacy.bound',
  identities: (tables) => legacyIdentities(tables, BOUNDS, 'atLeast'),
};
