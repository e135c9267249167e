/**
 * What never reaches a log: secrets (passwords, tokens, cookies, keys, second-factor and recovery codes)
 * and personal data (e-mail addresses, phone numbers, people's names and birth dates). Keys are matched
 * without case, at any depth of an object logged; free text is scrubbed of what looks like one.
 */
export const REDACTED_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'oldPassword',
  'token',
  'accessToken',
  'refreshToken',
  'sessionToken',
  'cookie',
  'set-cookie',
  'authorization',
  'x-caller',
  'secret',
  'totpSecret',
  'code',
  'totpCode',
  'otp',
  'recoveryCode',
  'recoveryCodes',
  'privateKey',
  'apiKey',
  'email',
  'phone',
  'username',
  'fullName',
  'displayName',
  'name',
  'dateOfBirth',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;

export const CENSOR = '[redacted]';

const KEYS = new Set(REDACTED_KEYS.map((k) => k.toLowerCase()));

/** Whether a field of this name is never logged. */
export function isRedactedKey(key: string): boolean {
  return KEYS.has(key.toLowerCase());
}

/** Paths for pino's own redaction (fast, compiled once): each key at the top and two levels down. */
export const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const join = (prefix: string) => (k.startsWith('[') ? `${prefix}${k}` : `${prefix}.${k}`);
  return [k, join('*'), join('*.*')];
});

const SECRET_ASSIGNMENT =
  /\b(password|passwd|token|secret|authorization|cookie|totp\w*|otp|recovery\w*|code|email|phone|username|fullName|displayName)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&})]+)/gi;
// No slash on either side of the @: a path in a stack (`node_modules/@mikro-orm/core/x.js`) is not an address.
const EMAIL = /[^\s@"'<>(),;:/\\]+@[^\s@"'<>(),;:/\\]+\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\w.-])(?:\+84|0)[ .-]?\d{2,3}(?:[ .-]?\d){6,8}(?![\w-])/g;
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;

/** Free text (a message, a stack) without what looks like a secret or an address. */
export function scrubText(text: string): string {
  return text
    .replace(JWT, '[token]')
    .replace(BEARER, '$1 [redacted]')
    .replace(SECRET_ASSIGNMENT, `$1$2${CENSOR}`)
    .replace(EMAIL, '[email]')
    .replace(PHONE, '[phone]');
}

/** A copy of a value with every redacted key censored and its strings scrubbed (depth-bounded). */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (value instanceof Error) {
    return { type: value.name, message: scrubText(value.message), stack: scrubText(value.stack ?? '') };
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrubValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    out[key] = isRedactedKey(key) ? CENSOR : scrubValue(v, depth + 1);
  return out;
}
