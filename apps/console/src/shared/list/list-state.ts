import { z } from 'zod';

/** A list query schema made by `listQuerySchema` in the contracts: one field per URL parameter. */
export type ListQuerySchema = z.ZodObject<z.ZodRawShape>;
export type ListState<S extends ListQuerySchema> = z.output<S>;
/** What a screen may write into the URL: any field of the query, `undefined` to drop it. */
export type ListPatch<S extends ListQuerySchema> = { [K in keyof z.output<S>]?: unknown };

function defaultOf(field: z.ZodType): unknown {
  const parsed = field.safeParse(undefined);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads a list's state from URL search params with the list's own contract schema, field by field: a
 * hand-edited or stale link with one bad value (`sort=foo`, `page=-3`) falls back to that field's
 * default instead of breaking the whole view.
 */
export function parseListState<S extends ListQuerySchema>(schema: S, params: URLSearchParams): ListState<S> {
  const state: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const raw = params.get(name);
    const parsed = field.safeParse(raw === null || raw.trim() === '' ? undefined : raw);
    const value = parsed.success ? parsed.data : defaultOf(field);
    if (value !== undefined) state[name] = value;
  }
  return state as ListState<S>;
}

/** What a list asks the server for: its state in the URL, with the values the user's access fixes. */
export function listQueryValues<S extends ListQuerySchema>(
  state: ListState<S>,
  fixedValues: Record<string, unknown> = {},
): ListState<S> {
  return { ...(state as Record<string, unknown>), ...fixedValues } as ListState<S>;
}

/**
 * The inverse: only what differs from the schema's defaults goes into the URL, in the schema's field
 * order, so the same view always has the same, short link.
 */
export function serialiseListState<S extends ListQuerySchema>(
  schema: S,
  state: ListPatch<S>,
): URLSearchParams {
  const params = new URLSearchParams();
  const values = state as Record<string, unknown>;
  for (const [name, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const value = values[name];
    if (value === undefined || value === null || String(value).trim() === '') continue;
    if (String(value) === String(defaultOf(field))) continue;
    params.set(name, String(value));
  }
  return params;
}

/** The fields a list offers beyond paging, sorting and search, e.g. to tell "no data" from "no match". */
export const PAGING_FIELDS = new Set(['page', 'pageSize', 'sort', 'order']);

/** `ignore`: fields that are not the user's choice to clear (fixed to their agency, a required service). */
export function hasSearchOrFilter<S extends ListQuerySchema>(
  state: ListState<S>,
  ignore: ReadonlySet<string> = new Set(),
): boolean {
  return Object.entries(state as Record<string, unknown>).some(
    ([name, value]) => !PAGING_FIELDS.has(name) && !ignore.has(name) && value !== undefined && value !== '',
  );
}
