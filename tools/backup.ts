/**
 * `npm run backup -- <folder>`: a consistent backup of the RUNNING product into a new folder — every
 * database, JetStream's streams and durable consumers, DATA_DIR's data files, and a manifest with
 * checksums. See README "Backup and restore".
 */
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_CONNECTION_FILE, type NatsAccess, takeBackup } from '@ascc/runtime';
import { dataDirSetting, externalNats, folderArgument } from './backup-cli';

const USAGE = `Usage: npm run backup -- <folder>

Backs up the running product into <folder> (a new or empty folder), while it keeps working:
  - each service's database (SQLite: the online backup API; PostgreSQL: pg_dump of each schema),
  - JetStream: every stream's messages and every durable consumer's position,
  - DATA_DIR's auth-secret and demo-credentials.json,
  - manifest.json: time, git commit, each database's schema version, every file's sha256.

Environment (the same as the product's):
  DATA_DIR       the data folder (default: data/)
  DATABASE_URL   PostgreSQL only: an administrator's URL (the role that ran infra/postgresql/roles.sql)
  NATS_SERVERS, NATS_USER, NATS_PASSWORD
                 an external NATS, as the "backup" user; not needed with \`npm start\`, whose
                 server and password are read from DATA_DIR/${BACKUP_CONNECTION_FILE}

Exit codes: 0 backup written; 1 backup failed (the message says what; no folder is left);
            2 wrong usage.`;

async function main(): Promise<number> {
  const to = folderArgument(USAGE, 'Missing the target folder.');
  if (typeof to === 'number') return to;
  const dataDir = dataDirSetting();
  let nats = externalNats();
  if (!nats) {
    const file = path.join(dataDir, BACKUP_CONNECTION_FILE);
    if (!fs.existsSync(file)) {
      console.error(
        `Backup failed: ${file} is missing. Is the product running (npm start) with DATA_DIR=${dataDir}? For an external NATS set NATS_SERVERS, NATS_USER and NATS_PASSWORD.`,
      );
      return 1;
    }
    nats = JSON.parse(fs.readFileSync(file, 'utf8')) as NatsAccess;
  }
  const started = Date.now();
  const manifest = await takeBackup({
    to,
    database: process.env.DATABASE_URL ? 'postgresql' : 'sqlite',
    dataDir,
    databaseUrl: process.env.DATABASE_URL,
    nats,
    log: (line) => console.log(`  ${line}`),
  });
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `Backup written to ${to}: ${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
