import { type Caller, type Decision, type PermissionKey, authorize, authorizeRecord } from '@ascc/contracts';
import { useMemo } from 'react';
import { useSessionUser } from '../../../app/use-session';

/**
 * What `user` may do under `permission`, read from the one permission table the gateway enforces;
 * with `recordAgency`, whether that holds for a record of that agency. The console only hides what
 * would be refused: the server decides, and says 403 if the two ever disagree.
 */
export function can(
  user: Pick<Caller, 'roles' | 'agencyCode'> | undefined,
  permission: PermissionKey,
  recordAgency?: string,
): Decision {
  const decision = authorize(permission, user);
  if (recordAgency === undefined || !decision.allowed) return decision;
  return authorizeRecord(permission, user, recordAgency) ? decision : { allowed: false };
}

/** `can` for the signed-in user. */
export function useCan(permission: PermissionKey, recordAgency?: string): Decision {
  const user = useSessionUser();
  return useMemo(() => can(user, permission, recordAgency), [user, permission, recordAgency]);
}

/**
 * The user's own agency when the permission reaches only it, for forms and filters to fix; undefined
 * when it reaches every agency (or the user has no such permission at all).
 */
export function useOwnAgencyOnly(permission: PermissionKey): string | undefined {
  const user = useSessionUser();
  return useMemo(() => ownAgencyOnly(user, permission), [user, permission]);
}

/** `useOwnAgencyOnly` for a given user (outside React: a page's prefetch). */
export function ownAgencyOnly(
  user: Pick<Caller, 'roles' | 'agencyCode'> | undefined,
  permission: PermissionKey,
): string | undefined {
  const decision = can(user, permission);
  return decision.allowed && decision.reach === 'own-agency' ? user?.agencyCode : undefined;
}

/** The values a department list fixes for a user who reads their own agency's records only. */
export function listFixedValues(ownAgency: string | undefined): Record<string, string> | undefined {
  return ownAgency === undefined ? undefined : { agencyCode: ownAgency };
}

/**
 * A create form's agency and starting values under a permission: an editor acts for their own agency
 * only, so the form starts there and offers no other.
 */
export function useOwnAgencyDefaults(
  permission: PermissionKey,
  defaults: Record<string, unknown>,
  initialValues?: Record<string, unknown>,
): { ownAgency?: string; initialValues: Record<string, unknown> } {
  const ownAgency = useOwnAgencyOnly(permission);
  return {
    ownAgency,
    initialValues: { ...defaults, ...(ownAgency && { agencyCode: ownAgency }), ...initialValues },
  };
}

export interface ListAccess {
  readPermission: PermissionKey;
  /** `{ agencyCode }` when the user may read their own agency's records only. */
  fixedValues?: Record<string, string>;
  canCreate: boolean;
}

/** What a department list offers this user: its filters fixed to their agency, and whether to create. */
export function useListAccess(read: PermissionKey, create: PermissionKey): ListAccess {
  const ownAgency = useOwnAgencyOnly(read);
  const canCreate = useCan(create).allowed;
  return useMemo(
    () => ({
      readPermission: read,
      fixedValues: listFixedValues(ownAgency),
      canCreate,
    }),
    [read, ownAgency, canCreate],
  );
}
