import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { natsConnectionOptions, ormOptions, postgresTls } from '../index';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-tls-unit-'));
const ca = path.join(dir, 'ca.pem');
fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const db = { service: 'training' as const, entities: [], migrations: { sqlite: [], postgresql: [] } };
const ssl = (env: NodeJS.ProcessEnv) =>
  (ormOptions(db, env).driverOptions as { connection?: { ssl?: unknown } } | undefined)?.connection?.ssl;

describe('TLS to PostgreSQL from the configuration', () => {
  it('passes verify-full with the root certificate of DATABASE_URL to pg', () => {
    const url = `postgresql://u:p@db.example:5432/ascc?sslmode=verify-full&sslrootcert=${encodeURIComponent(ca)}`;
    expect(ssl({ DATABASE_URL: url })).toEqual({ ca: fs.readFileSync(ca, 'utf8'), rejectUnauthorized: true });
  });

  it('reads PGSSLMODE and PGSSLROOTCERT when the URL says nothing', () => {
    const env = { DATABASE_URL: 'postgresql://u@db/ascc', PGSSLMODE: 'verify-full', PGSSLROOTCERT: ca };
    expect(ssl(env)).toMatchObject({ ca: expect.stringContaining('fake'), rejectUnauthorized: true });
  });

  it('checks the CA but not the name with verify-ca, and refuses verify-full without a root certificate', () => {
    const verifyCa = postgresTls({
      DATABASE_URL: 'postgresql://db/a',
      PGSSLMODE: 'verify-ca',
      PGSSLROOTCERT: ca,
    });
    expect(verifyCa).toMatchObject({ rejectUnauthorized: true });
    expect((verifyCa as { checkServerIdentity: () => unknown }).checkServerIdentity()).toBeUndefined();
    expect(() => postgresTls({ DATABASE_URL: 'postgresql://db/a?sslmode=verify-full' })).toThrow(
      /sslrootcert/,
    );
    expect(() => postgresTls({ DATABASE_URL: 'postgresql://db/a?sslmode=bogus' })).toThrow(/sslmode=bogus/);
  });

  it('changes nothing when TLS is not configured', () => {
    expect(ormOptions(db, { DATABASE_URL: 'postgresql://u@db/ascc' }).driverOptions).toBeUndefined();
    expect(ssl({ DATABASE_URL: 'postgresql://u@db/ascc?sslmode=disable' })).toBe(false);
  });
});

describe('TLS to NATS from the configuration', () => {
  it('trusts the CA of NATS_TLS_CA, with a client certificate when one is given', () => {
    expect(natsConnectionOptions('x', { NATS_TLS_CA: ca })).toMatchObject({ tls: { caFile: ca } });
    expect(
      natsConnectionOptions('x', { NATS_TLS_CA: ca, NATS_TLS_CERT: 'c.pem', NATS_TLS_KEY: 'k.pem' }).tls,
    ).toEqual({ caFile: ca, certFile: 'c.pem', keyFile: 'k.pem' });
    expect(() => natsConnectionOptions('x', { NATS_TLS_CA: ca, NATS_TLS_CERT: 'c.pem' })).toThrow(
      /go together/,
    );
  });

  it('sets no tls option when it is not configured', () => {
    expect(natsConnectionOptions('x', {})).not.toHaveProperty('tls');
  });
});
