/**
 * The file in DATA_DIR where `npm start` (the stack) leaves this run's NATS server and the `backup`
 * user's password (read-only on JetStream), owner-only, for `npm run backup` to read.
 */
export const BACKUP_CONNECTION_FILE = 'nats-backup.json';
