import type { Severity, Template } from '../types.js';

/** The words a person reads for what programs read as keys: one word for each thing, everywhere. */
export const TEMPLATE_NAMES: Record<Template, string> = {
  '2019': '2019 年版',
  '2021': '2021 年版',
  legacy: '2014–2018 统计指标表',
  prose: '仅文字',
  unknown: '无法识别',
};

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
