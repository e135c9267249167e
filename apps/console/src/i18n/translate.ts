import type { Lang } from '@ascc/catalog';
import { en } from './en';
import { type MessageKey, type Messages, vi } from './vi';

export type { MessageKey } from './vi';
export type TranslateParams = Record<string, string | number>;
/** Translates a key; `lang` says which language it speaks (the console's own translators carry it). */
export type Translate = ((key: MessageKey, params?: TranslateParams) => string) & { readonly lang?: Lang };

const DICTIONARIES: Record<Lang, Messages> = { vi, en };

/** The label for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: TranslateParams): string {
  const text = DICTIONARIES[lang][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** For keys built from data (a record's field names): only those the dictionaries know can be translated. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

export function translator(lang: Lang): Translate {
  return Object.assign((key: MessageKey, params?: TranslateParams) => translate(lang, key, params), { lang });
}
