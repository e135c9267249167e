import { MikroORM } from '@mikro-orm/core';
import { AgencyCodeSchema, UsernameSchema, text } from '@ascc/contracts';
import { openDatabase } from '@ascc/service-kit';
import { deriveKeys, loadAuthSecret } from '../auth/auth-secret';
import { hashPassword, passwordProblems } from '../auth/passwords';
import { seal } from '../auth/secret-box';
import { generateTotpSecret, otpauthUri } from '../auth/totp';
import { DATABASE } from '../database';
import { User } from './user.entity';

export interface CreateAdminOptions {
  username: string;
  agencyCode: string;
  password: string;
  displayName?: string;
}

export interface CreatedAdmin {
  username: string;
  /** The TOTP secret to add to an authenticator app; the first sign-in confirms it with a code. */
  totpSecret: string;
  otpauthUri: string;
  /** Administrators that existed before this one. */
  adminsBefore: number;
}

/**
 * Creates an administrator in the identity database the gateway uses (DATABASE_URL, else DATA_DIR's
 * SQLite file), applying migrations first. Used by `npm run create-admin` (tools/create-admin.ts) for
 * the first admin of an installation, where no one can yet sign in to create users.
 */
export async function createAdmin(options: CreateAdminOptions, env = process.env): Promise<CreatedAdmin> {
  const username = UsernameSchema.safeParse(options.username);
  if (!username.success) throw new Error(`--username: ${username.error.issues[0].message}`);
  const agency = AgencyCodeSchema.safeParse(options.agencyCode);
  if (!agency.success)
    throw new Error(`--agency: ${options.agencyCode} is not an agency code of the catalog`);
  const displayName = text(120).safeParse(options.displayName ?? `Quản trị — ${username.data}`);
  if (!displayName.success) throw new Error('--name: 1–120 characters');
  const problems = passwordProblems(options.password, username.data);
  if (problems.length) throw new Error(`Password: ${problems.map((p) => p.message).join('; ')}`);

  // The same secret as the gateway's, so the gateway can read the TOTP secret sealed here.
  const keys = deriveKeys(loadAuthSecret(env));
  const orm: MikroORM = await openDatabase(DATABASE, env);
  try {
    const em = orm.em.fork();
    if (await em.count(User, { username: username.data })) {
      throw new Error(`A user named ${username.data} already exists`);
    }
    const adminsBefore = await em.count(User, { roleKeys: { $like: '%|admin|%' }, active: true });
    const totpSecret = generateTotpSecret();
    const user = em.create(User, {
      username: username.data,
      displayName: displayName.data,
      agencyCode: agency.data,
      roles: ['admin'],
      passwordHash: await hashPassword(options.password),
      // They chose this password themselves; TOTP is enabled by their first sign-in, with a code.
      mustChangePassword: false,
    });
    user.totpSecret = seal(totpSecret, keys.totp, user.id);
    await em.flush();
    return {
      username: user.username,
      totpSecret,
      otpauthUri: otpauthUri(totpSecret, user.username),
      adminsBefore,
    };
  } finally {
    await orm.close(true);
  }
}
