// jest loads its globalSetup without the tsconfig path mapping (moduleNameMapper applies to test
// files only), so this one file reaches the runtime library by its path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { postgresBinDir, startPostgres } from '../../runtime/src/processes';

/**
 * jest globalSetup of the integration suites: one private PostgreSQL server for the whole run (each
 * suite makes its own database on it), unless TEST_DATABASE_URL already names one.
 */
export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  if (!postgresBinDir()) {
    if (process.env.REQUIRE_POSTGRES === '1') throw new Error('PostgreSQL is required but not installed');
    return;
  }
  const pg = await startPostgres();
  process.env.TEST_DATABASE_URL = pg.url;
  (globalThis as { __ASCC_PG__?: { stop(): Promise<void> } }).__ASCC_PG__ = pg;
}
