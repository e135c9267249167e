import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseSchema } from '../postgres';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 1;

export type BackupDatabaseKind = 'sqlite' | 'postgresql';

export interface BackupFile {
  /** Relative to the backup's folder, `/`-separated. */
  path: string;
  bytes: number;
  sha256: string;
}

/** What a backup holds, written last into its folder: restore trusts nothing that does not match it. */
export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  /** When the backup started (ISO): every write acknowledged before it is in the backup. */
  createdAt: string;
  finishedAt: string;
  /** The product's git commit that made the backup (null outside a git checkout). */
  commit: string | null;
  database: BackupDatabaseKind;
  /** Each database's schema version: the name of its last applied migration. */
  schemaVersions: Record<DatabaseSchema, string>;
  files: BackupFile[];
  jetstream: {
    /** `later`: messages left out, stored after the databases' copy for writes the copies do not hold. */
    streams: { name: string; messages: number; firstSeq: number; lastSeq: number; later: number }[];
    /** Each durable consumer's position when the backup started (restore resumes it from there). */
    consumers: { stream: string; name: string; ackFloor: number }[];
  };
}

/** A backup restore will not use: corrupt, truncated, incomplete or made for other code. Nothing was changed. */
export class BackupRefused extends Error {}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeFile(folder: string, relative: string): Promise<BackupFile> {
  const file = path.join(folder, relative);
  return { path: relative, bytes: fs.statSync(file).size, sha256: await sha256File(file) };
}
