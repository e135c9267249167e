import { ruleParams } from './validation-rules';
import { todayIsoDate } from '@ascc/catalog';
import { z } from 'zod';
import { safeString } from './primitives.schema';
import type { Role } from '../identity/roles';
import type { FieldError } from './errors.schema';

/** Today's date in the province, ISO `YYYY-MM-DD` (the catalog's one helper, under its rule's name). */
export function provinceToday(now: Date = new Date()): string {
  return todayIsoDate(now);
}

/**
 * A workflow guard that refused: the field it names (with `params.rule`, so the console words it) and
 * whether an editor may override it for late data entry. Date guards may be overridden (a course that
 * ran before it was entered); status guards may not (move the record along its workflow instead).
 */
export interface GuardRefusal {
  field: FieldError;
  overridable: boolean;
}

/** The roles that may override a date guard, giving a reason: the agency's editors and the admins. */
export const OVERRIDE_ROLES: readonly Role[] = ['editor', 'admin'];

export function mayOverride(roles: readonly Role[]): boolean {
  return roles.some((role) => OVERRIDE_ROLES.includes(role));
}

/**
 * The fields of a command that may override a date guard: `override` and the reason, which is required
 * with it and kept in the record's history.
 */
export const OverrideFields = {
  override: z.boolean().optional(),
  overrideReason: safeString().trim().max(500).optional(),
};

/** The check of `OverrideFields`: an override names its reason. */
export function overrideNeedsReason(
  value: { override?: boolean; overrideReason?: string },
  ctx: z.RefinementCtx,
): void {
  if (value.override && !value.overrideReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['overrideReason'],
      message: 'Give the reason for overriding the date rule',
      params: ruleParams('overrideReasonRequired'),
    });
  }
}
