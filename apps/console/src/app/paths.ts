import type { MessageKey } from '../i18n/translate';

/** The console's sections: one place for their paths, menu labels and test ids. */
export const SECTIONS = [
  { key: 'dashboard', path: '/', label: 'nav.dashboard' },
  { key: 'training', path: '/training', label: 'nav.training' },
  { key: 'aid', path: '/aid', label: 'nav.aid' },
  { key: 'culture', path: '/culture', label: 'nav.culture' },
  { key: 'budget', path: '/budget', label: 'nav.budget' },
  { key: 'status', path: '/status', label: 'nav.status' },
] as const satisfies readonly { key: string; path: string; label: MessageKey }[];

export type SectionKey = (typeof SECTIONS)[number]['key'];

export function sectionPath(key: SectionKey): string {
  return SECTIONS.find((section) => section.key === key)?.path ?? '/';
}

/** The section a URL belongs to, for the menu's highlight. */
export function sectionOfPath(pathname: string): SectionKey {
  const match = SECTIONS.find((section) => section.path !== '/' && pathname.startsWith(section.path));
  return match?.key ?? 'dashboard';
}
