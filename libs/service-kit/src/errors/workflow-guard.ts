import { type GuardRefusal, mayOverride } from '@ascc/contracts';
import type { RequestContext } from '../auth/request-context';
import { ServiceError } from './service-error';

/**
 * Applies the workflow guards of a command. With no refusal, nothing happens (null). A refusal is a 409
 * naming its field and rule — unless every refusal may be overridden, the command asks to override with a
 * reason, and the caller is an editor or admin: then the reason is answered, for the caller to record in
 * the record's history in the same transaction, so no guard is passed silently.
 */
export function applyGuards(
  refusals: readonly (GuardRefusal | null)[],
  input: { override?: boolean; overrideReason?: string },
  ctx: RequestContext,
): string | null {
  const refused = refusals.filter((r): r is GuardRefusal => r !== null);
  if (!refused.length) return null;
  const overridable = refused.every((r) => r.overridable);
  if (overridable && input.override && input.overrideReason) {
    if (!mayOverride(ctx.caller.roles)) {
      throw ServiceError.refuse(
        'overrideNotPermitted',
        {},
        'Only an editor or an administrator may override a date rule',
        { at: { path: 'override', code: 'custom' } },
      );
    }
    return input.overrideReason;
  }
  throw ServiceError.guarded(refused);
}
