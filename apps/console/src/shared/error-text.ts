import { ApiError } from '../api/api-error';
import type { Translate } from '../i18n/translate';

/** A sentence for the reader about why a request failed, in their language; never the raw server text. */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.INTERNAL');
  const text = t(`error.${error.code}`);
  return error.correlationId ? `${text} ${t('error.reference', { id: error.correlationId })}` : text;
}
