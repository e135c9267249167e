import type { Lang } from '@ascc/catalog';
import { type FieldError, fieldErrorsFromZod } from '@ascc/contracts';
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

/**
 * What a number field holds while its text is no number in the reader's language (`8.5` typed in
 * Vietnamese): kept as typed, so the form refuses it beside the field instead of guessing a value.
 */
export interface UnreadableNumber {
  unreadableNumber: string;
}

export function isUnreadableNumber(value: unknown): value is UnreadableNumber {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as UnreadableNumber).unreadableNumber === 'string'
  );
}

/** The issue of every unreadable number in a message, at its dotted path (inside lists too). */
function unreadableNumberErrors(value: unknown, path: string[] = []): FieldError[] {
  if (isUnreadableNumber(value))
    return [{ path: path.join('.'), code: 'not_a_number', message: 'Not a number as written' }];
  if (value === null || typeof value !== 'object' || dayjs.isDayjs(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => unreadableNumberErrors(item, [...path, key]));
}

export type MessageCheck<T> = { success: true; data: T } | { success: false; errors: FieldError[] };

/**
 * Checks a message with the contract's schema before it is sent. A number typed so it cannot be read is
 * reported as such ("not a number as written in Vietnamese"), not as zod's "expected a number".
 */
export function checkMessage<S extends z.ZodType>(schema: S, message: unknown): MessageCheck<z.output<S>> {
  const unreadable = unreadableNumberErrors(message);
  const parsed = schema.safeParse(message);
  if (parsed.success && !unreadable.length) return { success: true, data: parsed.data };
  const taken = new Set(unreadable.map((error) => error.path));
  const others = parsed.success ? [] : fieldErrorsFromZod(parsed.error).filter((e) => !taken.has(e.path));
  return { success: false, errors: [...unreadable, ...others] };
}

/**
 * The message beside one number outside a form (a table's cell), by the contract's schema for it, or
 * undefined when it is fine. Empty is `null` (or `undefined`): the schema says whether that is allowed.
 */
export function numberFieldError(value: unknown, schema: z.ZodType, lang: Lang): string | undefined {
  const checked = checkMessage(schema, value);
  return checked.success ? undefined : translateIssue(checked.errors[0], lang);
}
