import { type Lang, agencyLabel } from '@ascc/catalog';
import type { FieldError, RefusalParamName, RefusalRule } from '@ascc/contracts';
import { formatDate } from '../format/format';
import { refusalsVi } from './refusals.vi';
import { type MessageKey, isMessageKey, translate } from './translate';

/** Params shown by a label of the console's dictionaries (`prefix` + the code sent). */
const LABELS: Partial<Record<RefusalParamName, string>> = {
  courseStatus: 'training.status.',
  courseStatusTo: 'training.status.',
  enrolmentStatus: 'training.enrolment.',
  eventStatus: 'culture.status.',
  eventStatusTo: 'culture.status.',
  registrationStatus: 'culture.reg.status.',
  estimateStatus: 'budget.status.',
  estimateAction: 'refusal.estimateAction.',
  reportStatus: 'reporting.status.',
  reportAction: 'refusal.reportAction.',
  reviewKind: 'reporting.review.',
};

function isRefusalRule(rule: unknown): rule is RefusalRule {
  return typeof rule === 'string' && !rule.includes('.') && Object.hasOwn(refusalsVi, `refusal.${rule}`);
}

/** One param as the reader expects it: a status by its label, an agency by its name, the rest as sent. */
function shown(name: string, value: string | number, lang: Lang): string {
  const prefix = Object.hasOwn(LABELS, name) ? LABELS[name as RefusalParamName] : undefined;
  if (prefix) {
    const key = `${prefix}${value}`;
    return isMessageKey(key) ? translate(lang, key) : String(value);
  }
  if (name === 'agencyCode') return agencyLabel(String(value), lang);
  if (name === 'date' && typeof value === 'string') return formatDate(value, lang);
  return String(value);
}

/**
 * The sentence of a refusal (a field error whose `params.rule` is one of the contracts' REFUSAL_RULES)
 * in the reader's language, naming the record from its params; `undefined` for any other issue, or a
 * refusal missing a param its sentence needs (the caller then words it by its code).
 */
export function refusalText(issue: Pick<FieldError, 'params'>, lang: Lang): string | undefined {
  const params = issue.params ?? {};
  if (!isRefusalRule(params.rule)) return undefined;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name !== 'rule' && (typeof value === 'string' || typeof value === 'number'))
      values[name] = shown(name, value, lang);
  }
  const key: MessageKey = `refusal.${params.rule}`;
  const text = translate(lang, key, values);
  return /\{\w+\}/.test(text) ? undefined : text;
}
