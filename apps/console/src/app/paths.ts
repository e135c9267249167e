import type { PermissionKey } from '@ascc/contracts';
import type { MessageKey } from '../i18n/translate';

/**
 * The console's sections: one place for their paths, menu labels, test ids, and the permission a user
 * needs to see one (none: every signed-in user).
 */
export const SECTIONS = [
  { key: 'dashboard', path: '/', label: 'nav.dashboard' },
  { key: 'training', path: '/training', label: 'nav.training', permission: 'training.course.read' },
  { key: 'aid', path: '/aid', label: 'nav.aid', permission: 'aid.ngo.read' },
  { key: 'culture', path: '/culture', label: 'nav.culture', permission: 'culture.event.read' },
  { key: 'budget', path: '/budget', label: 'nav.budget', permission: 'budget.estimate.read' },
  { key: 'status', path: '/status', label: 'nav.status' },
  { key: 'users', path: '/users', label: 'nav.users', permission: 'identity.user.manage' },
  { key: 'audit', path: '/audit', label: 'nav.audit', permission: 'audit.read' },
] as const satisfies readonly { key: string; path: string; label: MessageKey; permission?: PermissionKey }[];

export type Section = (typeof SECTIONS)[number];
export type SectionKey = Section['key'];

/** The section a URL belongs to, for the menu's highlight. */
export function sectionOfPath(pathname: string): SectionKey {
  const match = SECTIONS.find((section) => section.path !== '/' && pathname.startsWith(section.path));
  return match?.key ?? 'dashboard';
}

export function sectionPermission(section: Section): PermissionKey | undefined {
  return 'permission' in section ? section.permission : undefined;
}

/**
 * The login page's address for someone who was at `here`: they come back to it after signing in. The
 * dashboard is where sign-in leads anyway, so it is not spelled out.
 */
export function loginPath(here?: string): string {
  if (!here || here === '/' || here.startsWith('/login')) return '/login';
  return `/login?${new URLSearchParams({ next: here }).toString()}`;
}

/**
 * Where to go after signing in: only a path inside the console, so a crafted link cannot send the
 * user to another site (`//evil.example`, `https://…`) with their fresh session.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
