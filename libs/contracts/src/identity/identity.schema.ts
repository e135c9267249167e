import { ruleParams } from '../common/validation-rules';
import { z } from 'zod';
import { AgencyCodeSchema, text, safeString } from '../common/primitives.schema';
import { listQuerySchema, pageSchema } from '../common/list.schema';
import { ROLES } from './roles';

export const RoleSchema = z.enum(ROLES);

/** The signed-in person a request acts for; travels to services in the `x-caller` NATS header. */
export const CallerSchema = z.object({
  userId: z.uuid(),
  username: z.string(),
  agencyCode: AgencyCodeSchema,
  roles: z.array(RoleSchema).min(1),
});
export type Caller = z.infer<typeof CallerSchema>;

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, { message: 'Use 3–40 lower-case letters, digits, dots, dashes or underscores' });

export const PASSWORD_MIN_LENGTH = 12;

/**
 * The password policy (NIST SP 800-63B style): long enough, not the username, not a run of one
 * character. Shared by the console's forms and the gateway, which also rejects well-known passwords.
 */
export const PasswordSchema = safeString()
  .min(PASSWORD_MIN_LENGTH)
  .max(128)
  .refine((p) => new Set(p).size >= 4, {
    message: 'Use more different characters',
    params: ruleParams('passwordVariety'),
  });

export const LoginRequestSchema = z.object({
  username: safeString().trim().toLowerCase().min(1).max(40),
  password: safeString().min(1).max(128),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const TotpCodeSchema = z.string().regex(/^\d{6}$/, { message: 'Enter the 6-digit code' });

/** How many one-time recovery codes a set-up (or a regeneration) gives. */
export const RECOVERY_CODE_COUNT = 10;
/** A recovery code as shown: two groups of five base32 letters and digits (50 random bits). */
export const RECOVERY_CODE_PATTERN = /^[a-z2-7]{5}-[a-z2-7]{5}$/;

/** A recovery code as people type it: any case, spaces and dashes ignored; `null` when it is none. */
export function normalizeRecoveryCode(text: string): string | null {
  const bare = text.replace(/[\s-]/g, '').toLowerCase();
  return /^[a-z2-7]{10}$/.test(bare) ? `${bare.slice(0, 5)}-${bare.slice(5)}` : null;
}

/** The code of the second sign-in step: the authenticator's 6 digits, or one of the recovery codes. */
export const SecondFactorCodeSchema = safeString()
  .trim()
  .max(40)
  .refine((code) => /^\d{6}$/.test(code) || normalizeRecoveryCode(code) !== null, {
    message: 'Enter the 6-digit code or a recovery code',
    params: ruleParams('secondFactorCode'),
  });

/** The language of a user's e-mails (the console follows its own switch). */
export const LANGUAGES = ['vi', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * A user's e-mail address, trimmed and lower-cased; an empty field clears it (null). Not unique: an
 * agency's shared mailbox (its văn thư) may be the address of several accounts, and the address is
 * never a sign-in name nor a way to recover an account.
 */
export const EmailSchema = z.union([
  z.literal('').transform(() => null),
  safeString()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ message: 'Enter an e-mail address such as name@example.gov.vn' })),
]);

/** What a user's notifications do besides the inbox: e-mail them (address, language, switch). */
export const MailPreferencesSchema = z.object({
  email: z.string().nullable(),
  language: LanguageSchema,
  /** E-mail me my notifications (only with an address, and only when the product sends e-mail). */
  emailNotifications: z.boolean(),
});
export type MailPreferences = z.infer<typeof MailPreferencesSchema>;

/** One's own e-mail preferences, as the account screen saves them (no address: none, cleared). */
export const UpdateMailPreferencesSchema = z.object({
  email: EmailSchema.nullable().optional(),
  language: LanguageSchema,
  emailNotifications: z.boolean(),
});
export type UpdateMailPreferences = z.input<typeof UpdateMailPreferencesSchema>;

export const SessionUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    agencyCode: AgencyCodeSchema,
    roles: z.array(RoleSchema),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
  })
  .extend(MailPreferencesSchema.shape);
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** A successful sign-in: a short-lived access token; the refresh token travels as an HttpOnly cookie. */
export const SessionSchema = z.object({
  status: z.literal('signed-in'),
  accessToken: z.string(),
  expiresIn: z.number().int(),
  user: SessionUserSchema,
  /** Only when this sign-in finished setting up the authenticator: shown once, never again. */
  recoveryCodes: z.array(z.string()).optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/**
 * Password accepted; a second factor is needed (or must first be set up, for those whose roles
 * require one: see `secondFactorRequired`).
 */
export const SecondFactorStepSchema = z.object({
  status: z.enum(['totp-required', 'totp-setup-required']),
  challenge: z.string(),
  /** For set-up only: the secret in base32, an otpauth:// URI and its QR code (an SVG data URL). */
  totpSecret: z.string().optional(),
  otpauthUri: z.string().optional(),
  qrCode: z.string().optional(),
});
export type SecondFactorStep = z.infer<typeof SecondFactorStepSchema>;

export const LoginResponseSchema = z.discriminatedUnion('status', [SessionSchema, SecondFactorStepSchema]);
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const TotpLoginRequestSchema = z.object({
  challenge: safeString().min(1).max(2000),
  code: SecondFactorCodeSchema,
});

/** One's own second factor, as the account screen shows it. */
export const SecondFactorStatusSchema = z.object({
  enabled: z.boolean(),
  /** The user's roles require it: it cannot be left off, and sign-in asks to set it up. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatusSchema>;

/** A set-up under way: what the authenticator app needs; confirmed by a current code. */
export const SecondFactorSetupSchema = z.object({
  totpSecret: z.string(),
  otpauthUri: z.string(),
  qrCode: z.string(),
});
export type SecondFactorSetup = z.infer<typeof SecondFactorSetupSchema>;

export const ConfirmSecondFactorSchema = z.object({ code: TotpCodeSchema });

/** Recovery codes, shown once: only their hashes are kept. */
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;

export const ResetSecondFactorSchema = z.object({ id: z.uuid() });

export const ChangePasswordSchema = z.object({
  currentPassword: safeString().min(1).max(128),
  newPassword: PasswordSchema,
});

export const EmptySchema = z.object({});
export const OkSchema = z.object({ ok: z.literal(true) });

export const UserSchema = SessionUserSchema.extend({
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;

export const CreateUserSchema = z.object({
  username: UsernameSchema,
  displayName: text(120),
  agencyCode: AgencyCodeSchema,
  roles: z.array(RoleSchema).min(1).max(ROLES.length),
  /** The first password; the user must change it at first sign-in. */
  password: PasswordSchema,
  email: EmailSchema.nullable().optional(),
  language: LanguageSchema.optional(),
  emailNotifications: z.boolean().optional(),
});
export type CreateUser = z.input<typeof CreateUserSchema>;

export const UpdateUserSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  displayName: text(120).optional(),
  agencyCode: AgencyCodeSchema.optional(),
  roles: z.array(RoleSchema).min(1).max(ROLES.length).optional(),
  active: z.boolean().optional(),
  email: EmailSchema.nullable().optional(),
  language: LanguageSchema.optional(),
  emailNotifications: z.boolean().optional(),
});

export const ResetPasswordSchema = z.object({ id: z.uuid(), password: PasswordSchema });

export const USER_SORTS = ['username', 'createdAt', 'lastLoginAt'] as const;
export const ListUsersSchema = listQuerySchema(USER_SORTS, {
  agencyCode: AgencyCodeSchema.optional(),
  role: RoleSchema.optional(),
});
export const UserPageSchema = pageSchema(UserSchema);
