import type { LoginResponse, Session } from '@ascc/contracts';
import { TOTP_STEP_SECONDS, totp, totpStep } from './totp';

/** The demo users the embedded default seeds (apps/gateway/src/identity/demo-users.ts). */
export const DEMO_USERS = {
  admin: { username: 'admin', agencyCode: 'VPUBND', roles: ['admin'] },
  snvEditor: { username: 'snv.editor', agencyCode: 'SNV', roles: ['editor'] },
  snvViewer: { username: 'snv.viewer', agencyCode: 'SNV', roles: ['viewer'] },
  sngvEditor: { username: 'sngv.editor', agencyCode: 'SNGV', roles: ['editor'] },
  sngvViewer: { username: 'sngv.viewer', agencyCode: 'SNGV', roles: ['viewer'] },
  cultureEditor: { username: 'svhttdl.editor', agencyCode: 'SVHTTDL', roles: ['editor'] },
  cultureViewer: { username: 'svhttdl.viewer', agencyCode: 'SVHTTDL', roles: ['viewer'] },
  financeEditor: { username: 'stc.editor', agencyCode: 'STC', roles: ['editor'] },
  financeViewer: { username: 'stc.viewer', agencyCode: 'STC', roles: ['viewer'] },
  financeReviewer: { username: 'stc.reviewer', agencyCode: 'STC', roles: ['finance-reviewer'] },
  coordinator: { username: 'sldtbxh.coordinator', agencyCode: 'SLDTBXH', roles: ['plan-coordinator'] },
  districtEditor: { username: 'vuthu.editor', agencyCode: 'H-VUTHU', roles: ['editor'] },
} as const;

/** Password and admin TOTP secret the tests give the stack (DEMO_PASSWORD, DEMO_TOTP_SECRET). */
export const DEMO_ENV = {
  DEMO_PASSWORD: 'Demo-Password-2025!',
  DEMO_TOTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
} as const;

/** The last TOTP step each user's sign-ins used (the server accepts a code once, and none of an earlier step). */
const usedSteps = new Map<string, number>();

/**
 * A code the server accepts and this user has not used. The server takes the code of the current
 * 30-second step and of the steps either side (a phone's clock may be a little off), each once and only
 * after the last one used: this gives the current step's code, or the next step's once the current one
 * is used, and waits for a new step only when that too is used. (Never the previous step's: a code
 * a spec made itself for the current step may already have been used.)
 * Shared by the HTTP sign-in here and the browser journeys' sign-in form.
 */
export async function unusedTotpCode(username: string, secret: string): Promise<string> {
  const user = username.toLowerCase();
  const last = usedSteps.get(user) ?? Number.NEGATIVE_INFINITY;
  for (;;) {
    const now = Date.now();
    const step = Math.max(totpStep(now), last + 1);
    if (step <= totpStep(now) + 1) {
      usedSteps.set(user, step);
      return totp(secret, step * TOTP_STEP_SECONDS * 1000);
    }
    // The next step's code is used too: wait until that step is the current one.
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * TOTP_STEP_SECONDS * 1000 - now + 250));
  }
}

/**
 * Signs in over HTTP (with the TOTP step when asked: the admin, Home Affairs' editor and Finance's
 * reviewer have a second factor) and returns the session.
 */
export async function signIn(
  baseUrl: string,
  username: string,
  password: string = DEMO_ENV.DEMO_PASSWORD,
  totpSecret: string = DEMO_ENV.DEMO_TOTP_SECRET,
): Promise<Session> {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as LoginResponse & { message?: string };
    if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status} ${json.message}`);
    return json;
  };
  const first = await post('/api/auth/login', { username, password });
  if (first.status === 'signed-in') return first;
  const second = await post('/api/auth/login/totp', {
    challenge: first.challenge,
    code: await unusedTotpCode(username, totpSecret),
  });
  if (second.status !== 'signed-in') throw new Error(`sign-in of ${username} did not finish`);
  return second;
}
