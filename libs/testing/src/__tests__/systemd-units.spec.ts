import fs from 'node:fs';
import path from 'node:path';
import { SERVICE_NAMES } from '@ascc/contracts';
import { REPO_ROOT } from '../index';

const DIR = path.join(REPO_ROOT, 'infra', 'deploy', 'systemd');
const PROCESSES = [...SERVICE_NAMES, 'gateway'];
const UNITS = ['ascc@.service', 'ascc-migrate@.service'];

/** The settings of a unit's [Service] section for one process (`%i` filled in), each with its values. */
function serviceSection(unit: string, process: string): Map<string, string[]> {
  const text = fs.readFileSync(path.join(DIR, unit), 'utf8').replace(/%i/g, process);
  const section = text.slice(text.indexOf('[Service]'), text.indexOf('\n[', text.indexOf('[Service]') + 1));
  const settings = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) settings.set(match[1], [...(settings.get(match[1]) ?? []), match[2]]);
  }
  return settings;
}

/** The variables an environment file sets (not those its comments name). */
function variables(file: string): string[] {
  return fs
    .readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z_][A-Z0-9_]*)=/.exec(line.trim())?.[1])
    .filter((name): name is string => Boolean(name));
}

/** What may let someone in: passwords, keys, secrets, and database URLs (which carry a password). */
const SECRET = /SECRET|PASSWORD|TOKEN|PRIVATE|SIGNING|_KEY$|^DATABASE_(MIGRATION_)?URL$/;

describe('infra/deploy/systemd', () => {
  it.each(UNITS)('%s runs each process as its own user, seeing no other process', (unit) => {
    const users = PROCESSES.map((p) => {
      const s = serviceSection(unit, p);
      expect(s.get('DynamicUser')).toEqual(['yes']);
      expect(s.get('ProtectProc')).toEqual(['invisible']);
      expect(s.get('ProcSubset')).toEqual(['pid']);
      return s.get('User')?.[0];
    });
    expect(new Set(users).size).toBe(PROCESSES.length);
    expect(users.every((user) => user?.startsWith('ascc-'))).toBe(true);
  });

  it('gives the migrations another user than the service they run before', () => {
    for (const p of PROCESSES)
      expect(serviceSection('ascc-migrate@.service', p).get('User')).not.toEqual(
        serviceSection('ascc@.service', p).get('User'),
      );
  });

  it.each(UNITS)('%s holds no capability, no new privilege and only the usual system calls', (unit) => {
    const s = serviceSection(unit, 'training');
    expect(s.get('CapabilityBoundingSet')).toEqual(['']);
    expect(s.get('NoNewPrivileges')).toEqual(['yes']);
    expect(s.get('ProtectSystem')).toEqual(['strict']);
    expect(s.get('RestrictAddressFamilies')).toEqual(['AF_INET AF_INET6 AF_UNIX']);
    expect(s.get('SystemCallFilter')).toContain('@system-service');
    // node's JIT writes machine code then runs it: MemoryDenyWriteExecute=yes would stop it at start.
    expect(s.has('MemoryDenyWriteExecute')).toBe(false);
  });

  it('loads each process’s secrets from its own file, and the owner’s only into the migrations', () => {
    for (const p of PROCESSES) {
      const service = serviceSection('ascc@.service', p).get('EnvironmentFile');
      const migrate = serviceSection('ascc-migrate@.service', p).get('EnvironmentFile');
      expect(service).toEqual(['/etc/ascc/ascc.env', `/etc/ascc/${p}.env`]);
      expect(migrate).toEqual(['/etc/ascc/ascc.env', `/etc/ascc/${p}.migrate.env`]);
    }
  });

  it('keeps every secret out of the environment file all processes share', () => {
    const shared = variables('ascc.env.example');
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.filter((name) => SECRET.test(name))).toEqual([]);
  });

  it('puts AUTH_SECRET and the caller signing key in the gateway’s file alone', () => {
    expect(variables('gateway.env.example')).toEqual(
      expect.arrayContaining(['AUTH_SECRET', 'CALLER_SIGNING_KEY_FILE', 'DATABASE_URL', 'NATS_PASSWORD']),
    );
    for (const file of fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith('.env.example') && f !== 'gateway.env.example'))
      expect({ file, names: variables(file).filter((n) => /AUTH_SECRET|SIGNING/.test(n)) }).toEqual({
        file,
        names: [],
      });
    // The owner's URL, which can alter tables and their triggers, is in no running service's file.
    expect(variables('service.env.example')).not.toContain('DATABASE_MIGRATION_URL');
    expect(variables('gateway.env.example')).not.toContain('DATABASE_MIGRATION_URL');
    expect(variables('migrate.env.example')).toContain('DATABASE_MIGRATION_URL');
  });
});
