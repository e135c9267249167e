/**
 * `npm run restore -- <folder>`: puts a backup made by `npm run backup` back, on a STOPPED product,
 * after checking it whole (checksums, sizes, schema versions); a refused backup changes nothing.
 * See README "Backup and restore".
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_CONNECTION_FILE,
  BackupRefused,
  type NatsAccess,
  portOpen,
  restoreBackup,
} from '@ascc/runtime';
import { dataDirSetting, externalNats, folderArgument } from './backup-cli';

const USAGE = `Usage: npm run restore -- <folder>

Restores the backup in <folder> (made by \`npm run backup\`). Stop the product first (Ctrl-C on
\`npm start\`, or stop every unit). Restore first checks the whole backup against its manifest and
refuses, changing nothing, a backup that is incomplete, truncated or corrupt (a checksum differs), of
the other database kind, or whose schema versions differ from this version's migrations.
Then it moves the current data aside to DATA_DIR/before-restore-<time>/ (SQLite files, the embedded
NATS store, the data files), puts back the databases (PostgreSQL: every schema in one transaction),
DATA_DIR's data files, and JetStream's streams and durable consumers. Start the product again: the
consumers resume from where they were, and events not yet relayed at backup time are relayed.

Environment (the same as the product's):
  DATA_DIR       the data folder (default: data/)
  DATABASE_URL   PostgreSQL only: an administrator's URL of the database to restore into
  NATS_SERVERS, NATS_USER, NATS_PASSWORD
                 an external NATS, as a user allowed to make streams and consumers and publish the
                 events (its streams are replaced); without them the embedded store DATA_DIR/nats is rebuilt

Exit codes: 0 restored; 1 restore failed (the message says what, and where the previous data is);
            2 wrong usage; 3 backup refused (the message names the file or service; nothing changed).`;

async function main(): Promise<number> {
  const from = folderArgument(USAGE, 'Missing the backup folder.');
  if (typeof from === 'number') return from;
  const dataDir = dataDirSetting();
  const nats = externalNats();
  if (!nats) {
    // The embedded nats-server of a running `npm start` answers on the address it left here.
    const file = path.join(dataDir, BACKUP_CONNECTION_FILE);
    if (fs.existsSync(file)) {
      const { servers } = JSON.parse(fs.readFileSync(file, 'utf8')) as NatsAccess;
      const url = new URL(servers.split(',')[0]);
      if (await portOpen(Number(url.port || 4222), url.hostname)) {
        console.error(
          `Restore refused: the product is running (its NATS answers at ${servers}). Stop it first.`,
        );
        return 3;
      }
    }
  }
  const report = await restoreBackup({
    from,
    database: process.env.DATABASE_URL ? 'postgresql' : 'sqlite',
    dataDir,
    databaseUrl: process.env.DATABASE_URL,
    nats,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(
    `Restored the backup of ${report.manifest.createdAt}.${report.previousData ? ` The data it replaced is in ${report.previousData}.` : ''} Start the product again (npm start).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof BackupRefused) {
      console.error(`Restore refused, nothing was changed: ${error.message}`);
      process.exit(3);
    }
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
