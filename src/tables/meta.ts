export interface Meta {
  title: string | null;
  agency: string | null;
  year: number | null;
}

const HEAD_LINES = 40;
/** 某机关2020年(度)政府信息公开工作(年度)报告, after spaces are removed. */
const TITLE = /^(.*?)((?:19|20)\d{2})年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告/;
/** The other order: 2019年上海市人民政府办公厅政府信息公开工作年度报告. */
const YEAR_FIRST = /^((?:19|20)\d{2})年度?(?!(?:政府)?信息公开)(.{2,40}?)(?:政府)?信息公开(?:工作)?(?:年度)?报告/;
const TITLE_PREFIX = /^(?:#+|标题[:：]|中文名[:：]|•)/;
const NOT_AGENCY = /[，。；：:,;！？!?《》]|根据|依据|现将|本报告/;
const PERIOD = /((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|~)(?:(?:19|20)\d{2}年)?12月31日/;
const OVERVIEW = /总体情况|概述/;
const YEAR = /((?:19|20)\d{2})年/;

function cleanAgency(text: string): string | null {
  const agency = text.replace(/[“”"'\s]/g, '');
  return agency.length >= 2 && agency.length <= 40 && !NOT_AGENCY.test(agency) ? agency : null;
}

/** A title wrapped inside a word (…工作年度 / 报告): the line with the next, when it names a year but no report. */
function unwrapped(lines: readonly string[], i: number): string {
  const line = lines[i]!.replace(TITLE_PREFIX, '');
  const next = lines[i + 1];
  return next !== undefined && YEAR.test(line) && !line.endsWith('报告') && TITLE.test(line + next) && !TITLE.test(line) ? line + next : line;
}

function fromTitle(lines: readonly string[]): Meta | null {
  let previous = '';
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const compact = unwrapped(lines, i);
    if (compact === '') continue;
    const yearFirst = YEAR_FIRST.exec(compact);
    const agencyAfter = yearFirst ? cleanAgency(yearFirst[2]!) : null;
    if (yearFirst && agencyAfter) return { title: yearFirst[0], agency: agencyAfter, year: Number(yearFirst[1]) };
    const match = TITLE.exec(compact);
    if (match) {
      const agency = cleanAgency(match[1]!) ?? (match[1] === '' ? cleanAgency(previous) : null);
      const year = Number(match[2]);
      return { title: `${agency ?? ''}${match[0].slice(match[1]!.length)}`, agency, year };
    }
    previous = compact;
  }
  return null;
}

function fallbackYear(lines: readonly string[]): number | null {
  const text = lines.join('\n');
  const period = PERIOD.exec(text);
  if (period) return Number(period[1]);
  const overview = lines.findIndex((l) => OVERVIEW.test(l));
  const after = lines.slice(Math.max(0, overview)).join('\n');
  const first = YEAR.exec(after);
  return first ? Number(first[1]) : null;
}

/** Title, agency and year, from compact lines: the title line, else the year of the statistics period. */
export function extractMeta(lines: readonly string[]): Meta {
  const title = fromTitle(lines);
  if (title) return title;
  return { title: null, agency: null, year: fallbackYear(lines) };
}

/**
 * Agencies compare by name with spacing and quotes removed, nothing more: 某市人民政府办公室 and
 * 某市人民政府 are different bodies and must never be chained.
 */
export function agencyKey(agency: string): string {
  return agency.replace(/[\s"“”'‘’]/g, '');
}
