import { ApiError } from '../api/api-error';
import { refusalText } from '../i18n/refusals';
import type { Translate } from '../i18n/translate';
import { translateIssue } from '../i18n/validation';

/** At most this many of a 400's field problems are named in one message. */
const MAX_NAMED = 3;

/**
 * A sentence for the reader about why a request failed, in their language; never the raw server text.
 * A refusal says its rule and the record it concerns (who is already enrolled, which year is locked);
 * an invalid request names what was wrong with it; otherwise the error's code is worded.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.INTERNAL');
  const lang = t.lang ?? 'vi';
  const refusals = unique(error.fields.map((field) => refusalText(field, lang)));
  if (refusals.length) return refusals.join('; ');
  // A workflow guard's 409 (a course started before its date) names its rule on a field: say that, not
  // the generic conflict.
  const guards =
    error.code === 'CONFLICT' ? unique(error.fields.map((field) => translateIssue(field, lang))) : [];
  let text = guards.length ? guards.slice(0, MAX_NAMED).join('; ') : t(`error.${error.code}`);
  if (error.code === 'VALIDATION_FAILED' && error.fields.length) {
    const named = unique(error.fields.map((field) => translateIssue(field, lang))).slice(0, MAX_NAMED);
    text = `${text} ${named.join('; ')}`;
  }
  return error.correlationId ? `${text} ${t('error.reference', { id: error.correlationId })}` : text;
}

function unique(texts: (string | undefined)[]): string[] {
  return [...new Set(texts.filter((text): text is string => Boolean(text)))];
}
