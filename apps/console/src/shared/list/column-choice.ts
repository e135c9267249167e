import type { TableColumnType } from 'antd';
import { useCallback, useState } from 'react';

/**
 * Which of a list's columns show. A list names its key columns (always shown, kept at the left edge
 * when the table scrolls), the columns hidden until asked for, and the few a phone shows; each user's
 * own choice is kept in this browser per list and per kind of screen (wide or phone).
 */
export interface ColumnDefaults {
  /** Always shown, first, and fixed at the left edge on a wide screen (a record's code or title). */
  pinned?: readonly string[];
  /** Hidden until the user shows them in the column chooser. */
  hidden?: readonly string[];
  /** On a phone: the columns shown besides the pinned ones (all others hidden until chosen). */
  phone?: readonly string[];
}

export type ScreenKind = 'wide' | 'phone';

/** The columns' keys shown by default on this kind of screen. */
export function defaultShownKeys(
  keys: readonly string[],
  defaults: ColumnDefaults,
  screen: ScreenKind,
): string[] {
  const pinned = new Set(defaults.pinned ?? []);
  if (screen === 'phone' && defaults.phone)
    return keys.filter((key) => pinned.has(key) || defaults.phone?.includes(key));
  const hidden = new Set(defaults.hidden ?? []);
  return keys.filter((key) => pinned.has(key) || !hidden.has(key));
}

/** Where a user's choice for a list is kept: one entry per user, list and kind of screen. */
export function columnStorageKey(user: string, list: string, screen: ScreenKind): string {
  return `ascc.console.columns.${user}.${list}.${screen}`;
}

/** A stored choice, read defensively: anything but a list of names is no choice. */
export function readStoredKeys(storageKey: string): string[] | undefined {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null');
    return Array.isArray(stored) && stored.every((key) => typeof key === 'string') ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The keys shown: the stored choice (pinned columns always among them), else the defaults. */
export function shownKeys(
  keys: readonly string[],
  defaults: ColumnDefaults,
  screen: ScreenKind,
  stored: readonly string[] | undefined,
): string[] {
  if (!stored) return defaultShownKeys(keys, defaults, screen);
  const pinned = new Set(defaults.pinned ?? []);
  return keys.filter((key) => pinned.has(key) || stored.includes(key));
}

/**
 * Lays the shown columns out: pinned ones first (fixed left on a wide screen, where the table may
 * scroll inside its frame), then the others in their order.
 */
export function arrangeColumns<T>(
  columns: readonly TableColumnType<T>[],
  shown: readonly string[],
  defaults: ColumnDefaults,
  screen: ScreenKind,
): TableColumnType<T>[] {
  const pinned = defaults.pinned ?? [];
  const keyOf = (column: TableColumnType<T>) => String(column.key ?? '');
  const visible = columns.filter((column) => shown.includes(keyOf(column)));
  const first = pinned
    .map((key) => visible.find((column) => keyOf(column) === key))
    .filter((column): column is TableColumnType<T> => column !== undefined)
    .map((column) => (screen === 'wide' ? { ...column, fixed: 'left' as const } : column));
  return [...first, ...visible.filter((column) => !pinned.includes(keyOf(column)))];
}

/** The width a table needs before it scrolls inside its frame: each column's width, or a modest default. */
export function minimumTableWidth<T>(
  columns: readonly TableColumnType<T>[],
  fallback = 120,
  cap = Number.POSITIVE_INFINITY,
): number {
  return columns.reduce(
    (sum, column) => sum + Math.min(cap, typeof column.width === 'number' ? column.width : fallback),
    0,
  );
}

/** The user's choice of columns for a list, kept in localStorage; `reset` returns to the defaults. */
export function useColumnChoice(
  keys: readonly string[],
  defaults: ColumnDefaults,
  screen: ScreenKind,
  storageKey: string | undefined,
) {
  const [stored, setStored] = useState<{ key?: string; keys?: string[] }>({});
  const current =
    stored.key === storageKey ? stored.keys : storageKey ? readStoredKeys(storageKey) : undefined;
  const shown = shownKeys(keys, defaults, screen, current);
  const choose = useCallback(
    (next: string[] | undefined) => {
      if (storageKey) {
        try {
          if (next) window.localStorage.setItem(storageKey, JSON.stringify(next));
          else window.localStorage.removeItem(storageKey);
        } catch {
          // A full or disabled storage keeps the choice for this visit only.
        }
      }
      setStored({ key: storageKey, keys: next });
    },
    [storageKey],
  );
  return { shown, choose, chosen: current !== undefined };
}
