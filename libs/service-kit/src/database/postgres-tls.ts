import fs from 'node:fs';
import type { ConnectionOptions } from 'node:tls';

/**
 * TLS towards PostgreSQL, switched on by configuration as libpq spells it: `sslmode` and `sslrootcert`
 * in DATABASE_URL's query (`?sslmode=verify-full&sslrootcert=/etc/ascc/pg-ca.pem`), else the
 * environment's `PGSSLMODE` and `PGSSLROOTCERT` (and `sslcert`/`sslkey`, `PGSSLCERT`/`PGSSLKEY`, for a
 * client certificate). MikroORM keeps only host, port, user, password and database of the URL, so these
 * reach `pg` as the `ssl` option of `driverOptions.connection`.
 *
 * - unset or `disable`: no TLS (as before);
 * - `verify-full`: TLS, the server's certificate signed by the root certificate and naming the host
 *   (what a deployment uses);
 * - `verify-ca`: TLS, the certificate signed by the root certificate, its name not checked;
 * - `require` (or `prefer`): TLS without checking the certificate — encrypted, not authenticated.
 */
export function postgresTls(env: NodeJS.ProcessEnv = process.env): ConnectionOptions | false | undefined {
  let query = new URLSearchParams();
  try {
    if (env.DATABASE_URL) query = new URL(env.DATABASE_URL).searchParams;
  } catch {
    // Not a URL: MikroORM will say so.
  }
  const setting = (param: string, variable: string) => query.get(param) ?? env[variable] ?? undefined;
  const mode = setting('sslmode', 'PGSSLMODE');
  if (!mode || mode === 'disable') return mode ? false : undefined;
  const rootCert = setting('sslrootcert', 'PGSSLROOTCERT');
  const cert = setting('sslcert', 'PGSSLCERT');
  const key = setting('sslkey', 'PGSSLKEY');
  const client =
    cert && key ? { cert: fs.readFileSync(cert, 'utf8'), key: fs.readFileSync(key, 'utf8') } : {};
  switch (mode) {
    case 'verify-full':
    case 'verify-ca': {
      if (!rootCert)
        throw new Error(
          `sslmode=${mode} needs sslrootcert (or PGSSLROOTCERT): the CA that signed the server`,
        );
      const ca = fs.readFileSync(rootCert, 'utf8');
      return mode === 'verify-full'
        ? { ca, rejectUnauthorized: true, ...client }
        : { ca, rejectUnauthorized: true, checkServerIdentity: () => undefined, ...client };
    }
    case 'require':
    case 'prefer':
    case 'allow':
      return { rejectUnauthorized: false, ...client };
    default:
      throw new Error(`sslmode=${mode} is not one of disable, require, verify-ca, verify-full`);
  }
}
