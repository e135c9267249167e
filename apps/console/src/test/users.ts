import type { SessionUser } from '@ascc/contracts';

/** Signed-in users like the embedded default's demo users, one per kind of job. */
function user(
  username: string,
  agencyCode: SessionUser['agencyCode'],
  roles: SessionUser['roles'],
  n: number,
): SessionUser {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    username,
    displayName: username,
    agencyCode,
    roles,
    totpEnabled: roles.includes('admin'),
    mustChangePassword: false,
    email: null,
    language: 'vi',
    emailNotifications: true,
  };
}

export const ADMIN = user('admin', 'VPUBND', ['admin'], 1);
export const SNV_EDITOR = user('snv.editor', 'SNV', ['editor'], 2);
export const SNV_VIEWER = user('snv.viewer', 'SNV', ['viewer'], 3);
export const SVHTTDL_EDITOR = user('svhttdl.editor', 'SVHTTDL', ['editor'], 4);
export const STC_REVIEWER = user('stc.reviewer', 'STC', ['finance-reviewer'], 5);
export const STC_EDITOR = user('stc.editor', 'STC', ['editor'], 6);
export const COORDINATOR = user('sldtbxh.coordinator', 'SLDTBXH', ['plan-coordinator'], 7);
export const SNGV_EDITOR = user('sngv.editor', 'SNGV', ['editor'], 8);
