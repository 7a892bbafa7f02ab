import { legacyBound } from './legacy-bound.js';
import { legacySum } from './legacy-sum.js';
import { proseBreakdown } from './prose-breakdown.js';
import { prosePercent } from './prose-percent.js';
import { proseTable } from './prose-table.js';
import { dateEarly, dateLate } from './date-signed.js';
import { yearHeading, yearPeriod, yearStated } from './year-stated.js';
import { formFeeUnit } from './form-fee-unit.js';
import { formSections } from './form-sections.js';
import { requestsBalance } from './requests-balance.js';
import { requestsColumns } from './requests-columns.js';
import { requestsTotal } from './requests-total.js';
import { reviewsTotal } from './reviews-total.js';
import type { IdentityRule, ProseRule } from './types.js';

export type { Identity, IdentityRule, ProseRule, Term } from './types.js';

/** The rules over one report, in the order their findings are listed. */
export const IDENTITY_RULES: readonly IdentityRule[] = [requestsBalance, requestsTotal, requestsColumns, reviewsTotal, legacySum, legacyBound];

/** The rules over the figures stated in the text. */
export const PROSE_RULES: readonly ProseRule[] = [
  proseBreakdown,
  prosePercent,
  proseTable,
  yearPeriod,
  yearHeading,
  yearStated,
  dateEarly,
  dateLate,
  formSections,
  formFeeUnit,
];
