import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { agencyLabel } from '@ascc/catalog';
import { type AgencyCode, PasswordSchema, type Role, secondFactorRequired } from '@ascc/contracts';
import { dataDir } from '@ascc/service-kit';
import { hashPassword } from '../auth/passwords';
import { TokensService } from '../auth/tokens.service';
import { base32Decode, generateTotpSecret } from '../auth/totp';
import { User } from './user.entity';

export interface DemoUser {
  username: string;
  agencyCode: AgencyCode;
  roles: Role[];
}

/**
 * One user per role and department of the plan, so that each view of the console can be tried at once:
 * the People's Committee office's admin, an editor and a viewer for each department that owns records,
 * Finance's reviewer, the plan coordinator, and a district editor.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', agencyCode: 'VPUBND', roles: ['admin'] },
  { username: 'snv.editor', agencyCode: 'SNV', roles: ['editor'] },
  { username: 'snv.viewer', agencyCode: 'SNV', roles: ['viewer'] },
  { username: 'sngv.editor', agencyCode: 'SNGV', roles: ['editor'] },
  { username: 'sngv.viewer', agencyCode: 'SNGV', roles: ['viewer'] },
  { username: 'svhttdl.editor', agencyCode: 'SVHTTDL', roles: ['editor'] },
  { username: 'svhttdl.viewer', agencyCode: 'SVHTTDL', roles: ['viewer'] },
  { username: 'stc.editor', agencyCode: 'STC', roles: ['editor'] },
  { username: 'stc.viewer', agencyCode: 'STC', roles: ['viewer'] },
  { username: 'stc.reviewer', agencyCode: 'STC', roles: ['finance-reviewer'] },
  { username: 'sldtbxh.coordinator', agencyCode: 'SLDTBXH', roles: ['plan-coordinator'] },
  { username: 'vuthu.editor', agencyCode: 'H-VUTHU', roles: ['editor'] },
];

const ROLE_LABEL_VI: Record<Role, string> = {
  admin: 'Quản trị',
  editor: 'Biên tập',
  viewer: 'Xem',
  'finance-reviewer': 'Thẩm định dự toán',
  'plan-coordinator': 'Điều phối kế hoạch',
};

export interface DemoCredentials {
  password: string;
  adminTotpSecret: string;
}

/**
 * Demo users exist in the embedded default (unless SEED_DEMO_USERS=false), on PostgreSQL only when
 * SEED_DEMO_USERS=true says so (tests), and never in production.
 */
export function demoUsersEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NODE_ENV === 'production') return false;
  return env.DATABASE_URL ? env.SEED_DEMO_USERS === 'true' : env.SEED_DEMO_USERS !== 'false';
}

/** Where the demo password and TOTP secret are kept (mode 0600). */
export function demoCredentialsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(dataDir(env), 'demo-credentials.json');
}

/**
 * The demo password and admin TOTP secret: DEMO_PASSWORD / DEMO_TOTP_SECRET when set, else generated
 * once and kept in DATA_DIR/demo-credentials.json (mode 0600), so they stay the same across restarts.
 */
export function demoCredentials(env: NodeJS.ProcessEnv = process.env): DemoCredentials {
  const file = demoCredentialsFile(env);
  let kept: Partial<DemoCredentials> = {};
  if (fs.existsSync(file)) kept = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DemoCredentials>;
  const credentials: DemoCredentials = {
    password: env.DEMO_PASSWORD || kept.password || `Demo-${randomBytes(12).toString('base64url')}`,
    adminTotpSecret: (env.DEMO_TOTP_SECRET || kept.adminTotpSecret || generateTotpSecret()).toUpperCase(),
  };
  if (!PasswordSchema.safeParse(credentials.password).success) {
    throw new Error('DEMO_PASSWORD must be 12–128 characters with at least 4 different characters');
  }
  if (base32Decode(credentials.adminTotpSecret).length < 10) {
    throw new Error('DEMO_TOTP_SECRET must be a base32 secret of at least 16 characters (80 bits)');
  }
  if (kept.password !== credentials.password || kept.adminTotpSecret !== credentials.adminTotpSecret) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  }
  return credentials;
}

/**
 * Seeds the demo users at start (those missing; existing ones keep whatever was changed since) and
 * says where their credentials are kept, so the embedded default can be tried with no set-up. Demo users need no
 * password change; those whose roles require a second factor have TOTP enabled with the kept secret.
 */
@Injectable()
export class DemoUsers implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoUsers');

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly tokens: TokensService,
  ) {}

  async onApplicationBootstrap() {
    if (!demoUsersEnabled()) return;
    const credentials = demoCredentials();
    const created = await this.seed(credentials);
    this.logger.log(credentialTable(demoCredentialsFile(), created));
  }

  async seed(credentials: DemoCredentials): Promise<string[]> {
    const em = this.orm.em.fork();
    const existing = new Set(
      (await em.find(User, { username: DEMO_USERS.map((u) => u.username) }, { fields: ['username'] })).map(
        (u) => u.username,
      ),
    );
    const missing = DEMO_USERS.filter((u) => !existing.has(u.username));
    if (!missing.length) return [];
    const hashes = await Promise.all(missing.map(() => hashPassword(credentials.password)));
    missing.forEach((demo, i) => {
      const user = em.create(User, {
        username: demo.username,
        displayName: `${demo.roles.map((r) => ROLE_LABEL_VI[r]).join(', ')} — ${agencyLabel(demo.agencyCode)}`,
        agencyCode: demo.agencyCode,
        roles: demo.roles,
        passwordHash: hashes[i],
        mustChangePassword: false,
      });
      // Those whose roles require a second factor (the admin, Home Affairs' editor, Finance's
      // reviewer) have it on already, with the printed secret.
      if (secondFactorRequired(demo)) {
        user.totpSecret = this.tokens.sealTotpSecret(credentials.adminTotpSecret, user.id);
        user.totpEnabled = true;
      }
    });
    try {
      await em.flush();
    } catch (error) {
      // Another copy of the gateway seeded them at the same moment.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
    return missing.map((u) => u.username);
  }
}

function credentialTable(file: string, created: string[]): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.username.length));
  const rows = DEMO_USERS.map(
    (u) => `  ${u.username.padEnd(width)}  ${u.agencyCode.padEnd(8)} ${u.roles.join(', ')}`,
  );
  return [
    `Demo users${created.length ? ` (created now: ${created.length})` : ''} — embedded default only:`,
    `  ${'username'.padEnd(width)}  ${'agency'.padEnd(8)} roles`,
    ...rows,
    // Secrets never go to a log (issue 18): the line says where they are, readable by the owner alone.
    `  password for all, and the TOTP secret (add it to an authenticator app; ${DEMO_USERS.filter(
      secondFactorRequired,
    )
      .map((u) => u.username)
      .join(', ')} sign in with its code): in ${file}`,
    '  Demo users created by an earlier start keep the password they had then.',
  ].join('\n');
}
