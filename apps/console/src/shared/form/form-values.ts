import type { Lang } from '@ascc/catalog';
import type { FieldError } from '@ascc/contracts';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { toCalendarDate } from '../../format/format';
import { translateIssue } from '../../i18n/validation';

/**
 * What antd's controls hold → the message the contract expects: picked days become `YYYY-MM-DD`, and
 * cleared inputs (null, '') become absent, so zod reports "required" and optional fields are omitted.
 */
export function formValuesToMessage(values: Record<string, unknown>): Record<string, unknown> {
  const message: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue;
    message[name] = dayjs.isDayjs(value) ? toCalendarDate(value) : value;
  }
  return message;
}

/** A field is required when the contract rejects it missing; one with a default is not. */
export function isRequiredField(schema: z.ZodObject, name: string): boolean {
  const field = schema.shape[name] as z.ZodType | undefined;
  return field !== undefined && !field.safeParse(undefined).success;
}

export interface FormFieldErrors {
  /** For antd `form.setFields`: each field with its messages in the reader's language. */
  fields: { name: string; errors: string[] }[];
  /** Messages for paths no field of the form shows (a whole-record rule, an unexpected path). */
  unmatched: string[];
}

/**
 * Places issues (client-side zod or the server's `fields`) on the form's fields by dotted path: a nested
 * path such as `countryCodes.2` lands on its top-level field, which is the control the user edits.
 * `sent`, the message checked or sent, lets a message name what was wrong (the percentages' sum).
 */
export function fieldErrorsToFormFields(
  errors: FieldError[],
  fieldNames: readonly string[],
  lang: Lang,
  sent?: Record<string, unknown>,
): FormFieldErrors {
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const error of errors) {
    const text = translateIssue(error, lang, sent);
    const name = error.path.split('.')[0] ?? '';
    if (!fieldNames.includes(name)) {
      unmatched.push(text);
      continue;
    }
    const messages = byField.get(name) ?? [];
    if (!messages.includes(text)) messages.push(text);
    byField.set(name, messages);
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), unmatched };
}
