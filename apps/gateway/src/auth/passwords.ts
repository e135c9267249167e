import argon2 from 'argon2';
import {
  type FieldError,
  PasswordSchema,
  type ValidationRule,
  fieldErrorsFromZod,
  ruleParams,
} from '@ascc/contracts';

/** argon2id with the OWASP Password Storage Cheat Sheet's first option: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Passwords people reach for first, at the policy's minimum length or more (shorter ones already fail
 * it). A short list on purpose: a blocklist of millions belongs in a breach-corpus check, not in code.
 */
const COMMON_PASSWORDS = new Set([
  'password1234',
  'password12345',
  'password123456',
  'passw0rd1234',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '123123123123',
  '111111111111',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwerty123456',
  '1qaz2wsx3edc',
  '1q2w3e4r5t6y',
  'abc123456789',
  'abcd12345678',
  'iloveyou1234',
  'admin1234567',
  'administrator',
  'welcome12345',
  'letmein12345',
  'matkhau12345',
  'matkhau123456',
  'matkhau@1234',
  'matkhaumoi123',
  'anhyeuem1234',
  'vietnam12345',
  'vietnam123456',
  'thaibinh1234',
  'thaibinh12345',
  'hungyen12345',
  'ubndthaibinh',
  'changeme1234',
]);

/**
 * The password policy: the contract's PasswordSchema (length, variety) plus what only the server
 * checks — not the username, not containing it, not a well-known password. Empty when acceptable.
 */
export function passwordProblems(password: string, username: string, path = 'password'): FieldError[] {
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) {
    return fieldErrorsFromZod(parsed.error).map((f) => ({
      ...f,
      path: [path, f.path].filter(Boolean).join('.'),
    }));
  }
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && lower.includes(name)) {
    return [problem(path, 'passwordContainsUsername', 'The password must not contain the username')];
  }
  if (COMMON_PASSWORDS.has(lower)) {
    return [problem(path, 'passwordCommon', 'This password is too common; choose another')];
  }
  return [];
}

function problem(path: string, rule: ValidationRule, message: string): FieldError {
  return { path, code: 'custom', message, params: ruleParams(rule) };
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}

/** True when a stored hash was made with other parameters than today's (rehash at the next sign-in). */
export function needsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, ARGON2_OPTIONS);
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a hash of nothing anyone knows. Sign-in does this for unknown usernames and
 * locked accounts, so they take as long to refuse as a wrong password and the timing tells nothing.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= argon2.hash('no account has this password', ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
  return false;
}
