import { Client } from 'pg';

/** Creates an empty database on the server of `baseUrl` and returns its URL. */
export async function createDatabase(baseUrl: string, name: string): Promise<string> {
  const safe = name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`create database "${safe}"`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${safe}`;
  return url.toString();
}
