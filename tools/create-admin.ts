/**
 * Creates an administrator — the first one of an installation, when nobody can yet sign in:
 *   npm run create-admin -- --username NAME --agency VPUBND [--name "Display name"]
 * The password comes from ADMIN_PASSWORD, or is asked for (twice, not echoed) on a terminal. The
 * database is the gateway's: DATABASE_URL (PostgreSQL, schema identity) or DATA_DIR's SQLite file, and
 * AUTH_SECRET must be the gateway's too (in the embedded default both read DATA_DIR/auth-secret).
 */
import path from 'node:path';

interface CreateAdminModule {
  createAdmin(options: {
    username: string;
    agencyCode: string;
    password: string;
    displayName?: string;
  }): Promise<{ username: string; totpSecret: string; otpauthUri: string; adminsBefore: number }>;
}

const root = path.resolve(__dirname, '..', '..');

function argument(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Reads a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    // Echo goes off before the prompt shows, so nothing typed at once can appear on the screen.
    stdin.setRawMode(true);
    process.stdout.write(prompt);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('Cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY)
    throw new Error('Set ADMIN_PASSWORD, or run this on a terminal to be asked for it');
  const first = await askHidden('Password (at least 12 characters): ');
  const second = await askHidden('Password again: ');
  if (first !== second) throw new Error('The two passwords differ');
  return first;
}

async function main() {
  const args = process.argv.slice(2);
  const username = argument(args, 'username');
  const agencyCode = argument(args, 'agency');
  if (!username || !agencyCode) {
    throw new Error('usage: npm run create-admin -- --username NAME --agency VPUBND [--name "Display name"]');
  }
  const password = await readPassword();
  const { createAdmin } = require(
    path.join(root, 'dist', 'apps', 'gateway', 'src', 'identity', 'create-admin.js'),
  ) as CreateAdminModule;
  const admin = await createAdmin({ username, agencyCode, password, displayName: argument(args, 'name') });
  console.log(`Created administrator ${admin.username}.`);
  if (admin.adminsBefore) console.log(`(${admin.adminsBefore} other active administrator(s) already exist.)`);
  console.log(
    'At the first sign-in the console asks to set up the second factor. In an authenticator app, add:',
  );
  console.log(`  secret: ${admin.totpSecret}`);
  console.log(`  or the URI: ${admin.otpauthUri}`);
  console.log('then enter the 6-digit code it shows to finish signing in.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
