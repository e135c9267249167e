import type { Lang } from '@ascc/catalog';
import { en } from './en';
import { type MessageKey, vi } from './vi';

export type { MessageKey } from './vi';
export type TranslateParams = Record<string, string | number>;
/** Translates a key; `lang` says which language it speaks (the console's own translators carry it). */
export type Translate = ((key: MessageKey, params?: TranslateParams) => string) & { readonly lang?: Lang };

/** The first load's labels, joined by each module's when its code loads (`registerMessages`). */
const DICTIONARIES: Record<Lang, Partial<Record<MessageKey, string>>> = { vi: { ...vi }, en: { ...en } };

/**
 * Adds a module's labels in both languages (its `messages.ts`, run when its chunk loads): the same
 * keys in each, as their types require.
 */
export function registerMessages<K extends MessageKey>(
  viLabels: Record<K, string>,
  enLabels: Record<K, string>,
): void {
  Object.assign(DICTIONARIES.vi, viLabels);
  Object.assign(DICTIONARIES.en, enLabels);
}

/** The label for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: TranslateParams): string {
  const text = DICTIONARIES[lang][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/**
 * For keys built from data (a record's field names): only those the dictionaries know can be
 * translated — the first load's, and those of the modules loaded so far.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(DICTIONARIES.vi, key);
}

export function translator(lang: Lang): Translate {
  return Object.assign((key: MessageKey, params?: TranslateParams) => translate(lang, key, params), { lang });
}
