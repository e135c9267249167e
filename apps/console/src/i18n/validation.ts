import type { Lang } from '@ascc/catalog';
import type { FieldError } from '@ascc/contracts';
import { formatNumber } from '../format/format';
import { type MessageKey, translate } from './translate';

/** What the translator needs of an issue: a zod issue code and its params, from the client or the server. */
export type ValidationIssue = Pick<FieldError, 'code' | 'message' | 'params'>;

const NUMERIC_ORIGINS = new Set(['number', 'int', 'bigint']);
const COLLECTION_ORIGINS = new Set(['array', 'set']);

/**
 * Words a validation issue in the reader's language from its zod issue `code` and `params`, never from
 * zod's English `message`. Client-side zod errors and the server's `fields` both come through here, so a
 * rule reads the same wherever it was caught.
 */
export function translateIssue(issue: ValidationIssue, lang: Lang): string {
  const params = issue.params ?? {};
  // Bounds below 10 000 are mostly years and counts, which read wrongly with a group separator ("2.017").
  const number = (value: unknown) =>
    typeof value === 'number' && Math.abs(value) >= 10_000 ? formatNumber(value, lang) : String(value);
  const say = (key: MessageKey, values?: Record<string, unknown>) =>
    translate(
      lang,
      key,
      values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, number(v)])),
    );
  const origin = String(params.origin ?? '');
  const inclusive = params.inclusive !== false;

  switch (issue.code) {
    case 'too_small': {
      const min = params.minimum;
      if (origin === 'string')
        return Number(min) <= 1 ? say('validation.required') : say('validation.stringMin', { min });
      if (NUMERIC_ORIGINS.has(origin))
        return say(inclusive ? 'validation.numberMin' : 'validation.numberGt', { min });
      if (COLLECTION_ORIGINS.has(origin)) return say('validation.arrayMin', { min });
      return say('validation.invalid');
    }
    case 'too_big': {
      const max = params.maximum;
      if (origin === 'string') return say('validation.stringMax', { max });
      if (NUMERIC_ORIGINS.has(origin))
        return say(inclusive ? 'validation.numberMax' : 'validation.numberLt', { max });
      if (COLLECTION_ORIGINS.has(origin)) return say('validation.arrayMax', { max });
      return say('validation.invalid');
    }
    case 'required':
      return say('validation.required');
    case 'invalid_type':
      // zod 4 names what it received only in its message; a missing value is by far the common case.
      if (/received (undefined|null)\b/.test(issue.message) || params.received === 'undefined') {
        return say('validation.required');
      }
      if (params.expected === 'int') return say('validation.integer');
      if (params.expected === 'number') return say('validation.number');
      return say('validation.type');
    case 'invalid_format':
      return params.format === 'date' || params.format === 'datetime'
        ? say('validation.date')
        : say('validation.format');
    case 'invalid_value':
    case 'invalid_enum_value':
      return say('validation.option');
    case 'not_multiple_of':
      return say('validation.integer');
    case 'duplicate':
      return say('validation.duplicate');
    case 'custom':
      if (params.rule === 'endBeforeStart') return say('validation.endBeforeStart');
      if (params.rule === 'duplicate') return say('validation.duplicate');
      if (params.rule === 'passwordVariety') return say('validation.passwordVariety');
      if (params.rule === 'passwordMismatch') return say('validation.passwordMismatch');
      return say('validation.invalid');
    default:
      return say('validation.invalid');
  }
}
