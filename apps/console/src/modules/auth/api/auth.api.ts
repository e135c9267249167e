import { AUTH_ROUTES, type LoginRequest, type UpdateMailPreferences } from '@ascc/contracts';
import { callRoute, endSession, renewSession } from '../../../api/client';

export function login(request: LoginRequest) {
  return callRoute(AUTH_ROUTES.login, request);
}

export function loginWithCode(challenge: string, code: string) {
  return callRoute(AUTH_ROUTES.loginTotp, { challenge, code });
}

/** The session ends here even if the server cannot be told: the user asked to leave this browser. */
export async function signOut(): Promise<void> {
  try {
    await callRoute(AUTH_ROUTES.logout, {});
  } catch {
    // The server session then ends by its idle limit; nothing else the user could do about it.
  } finally {
    endSession('signed-out');
  }
}

/**
 * Changes the password, then renews the session so it carries the user as they now are (no longer
 * bound to change it). Should the server have ended this session too, the user signs in again with
 * the new password.
 */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await callRoute(AUTH_ROUTES.changePassword, { currentPassword, newPassword });
  const renewed = await renewSession().catch(() => undefined);
  if (!renewed) endSession('password-changed');
}

export function startSecondFactorSetup() {
  return callRoute(AUTH_ROUTES.startSecondFactorSetup, {});
}

export function confirmSecondFactorSetup(code: string) {
  return callRoute(AUTH_ROUTES.confirmSecondFactorSetup, { code });
}

export function regenerateRecoveryCodes(code: string) {
  return callRoute(AUTH_ROUTES.regenerateRecoveryCodes, { code });
}

/**
 * Saves one's own e-mail address, language and switch (an absent address clears it), then renews the
 * session so the account menu shows them as saved.
 */
export async function updateMailPreferences(preferences: UpdateMailPreferences): Promise<void> {
  await callRoute(AUTH_ROUTES.updateMailPreferences, { ...preferences, email: preferences.email ?? null });
  await renewSession().catch(() => undefined);
}
