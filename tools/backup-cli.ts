/** What `npm run backup` and `npm run restore` share: the one folder argument and the product's settings. */
import path from 'node:path';
import { type NatsAccess, REPO_ROOT } from '@ascc/runtime';
import { natsTlsOptions } from '@ascc/service-kit';

/**
 * The command's one folder argument, resolved; or the exit code when there is none to use: 0 after
 * printing `usage` for --help, 2 (wrong usage) after saying what is wrong.
 */
export function folderArgument(usage: string, missing: string): string | number {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error(`${args.length ? `Unknown arguments: ${args.join(' ')}` : missing}\n\n${usage}`);
    return 2;
  }
  return path.resolve(args[0]);
}

/** The product's data folder: DATA_DIR, or data/ in the repository as `npm start` uses it. */
export const dataDirSetting = () => path.resolve(process.env.DATA_DIR ?? path.join(REPO_ROOT, 'data'));

/** An external NATS named by NATS_SERVERS (with its user, password and TLS), or none. */
export function externalNats(): NatsAccess | undefined {
  if (!process.env.NATS_SERVERS) return undefined;
  return {
    servers: process.env.NATS_SERVERS,
    user: process.env.NATS_USER,
    password: process.env.NATS_PASSWORD,
    ...natsTlsOptions(process.env),
  };
}
