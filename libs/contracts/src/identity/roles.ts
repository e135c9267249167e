import type { AgencyCode } from '@ascc/catalog';

/**
 * What a person may do. A user belongs to one agency and holds one or more roles:
 * - admin: the People's Committee office — everything, including users;
 * - editor: creates and edits its own agency's records (of the departments that agency owns);
 * - viewer: reads its own agency's records;
 * - finance-reviewer: Finance — reviews and approves every agency's budget estimates;
 * - plan-coordinator: the plan's lead agency (Labour, then Home Affairs) — reads every agency's records.
 */
export const ROLES = ['admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Agencies that own each department's records. The Thái Bình department and its successor after the
 * 2025 reorganisation (see libs/catalog) both hold the work.
 */
export const DEPARTMENT_OWNERS = {
  training: ['SNV', 'HY-SNV'],
  aid: ['SNGV', 'VPUBND', 'HY-VPUBND'],
  culture: ['SVHTTDL', 'HY-SVHTTDL'],
  finance: ['STC', 'HY-STC'],
} as const satisfies Record<string, readonly AgencyCode[]>;
