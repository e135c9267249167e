import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions, preparePostgresSchema } from '@ascc/service-kit';
import { createDatabase, testDatabaseKinds } from '@ascc/testing';
import { DATABASE } from '../../database';

/** The last migration before aid facts held whole đồng, per database kind. */
const BEFORE = { sqlite: 'migration-20261129023219', postgresql: 'migration-20261129023220' } as const;

/**
 * An installation upgraded with aid facts of the old kind (đồng × sector % × location %) keeps its aid
 * figures: the migration rewrites each row as the whole đồng a projection now writes, exactly; a row
 * SQLite had stored as a float (a product past 2^63) is removed, for a rebuild to bring back.
 */
describe.each(testDatabaseKinds())('aid facts converted to whole đồng by the migration (%s)', (kind) => {
  it('rewrites old products as the amounts a projection writes now', async () => {
    const env =
      kind === 'postgresql'
        ? {
            DATABASE_URL: await createDatabase(
              String(process.env.TEST_DATABASE_URL),
              `reporting_mig_${Date.now()}`,
            ),
          }
        : { SQLITE_FILE: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-mig-')), 'db.sqlite') };
    const orm = await MikroORM.init(ormOptions(DATABASE, env));
    try {
      if (kind === 'postgresql') await preparePostgresSchema(orm, DATABASE.service);
      await orm.getMigrator().up({ to: BEFORE[kind] });
      const table = kind === 'postgresql' ? 'reporting.aid_fact' : 'aid_fact';
      const connection = orm.em.getConnection();
      const insert = (transaction: string, sector: string, district: string, weighted: string) =>
        connection.execute(
          `insert into ${table} (transaction_id, project_id, agency_code, type, year, country_code, asean, sector_code, plan_area, district_code, weighted) values ('${transaction}', '0b7e1d2c-5a4f-4e3b-8c2d-1a9f8e7d6c5b', 'SNGV', 'disbursement', 2021, 'KR', ${kind === 'postgresql' ? 'false' : '0'}, '${sector}', 'III.3', '${district}', ${weighted})`,
        );
      // 1 000 000 007 đồng, sectors 60 % / 40 %, locations 30 % / 70 %.
      const t1 = '6f1c2a9e-3c1b-4d7e-9a51-0c6f3b2d9e11';
      const dong = 1_000_000_007n;
      for (const [sector, s] of [
        ['11220', 60n],
        ['12220', 40n],
      ] as const)
        for (const [district, l] of [
          ['H-VUTHU', 30n],
          ['H-TIENHAI', 70n],
        ] as const)
          await insert(t1, sector, district, (dong * s * l).toString());
      const t2 = '7a2d3b0f-4d2c-4e8f-8b62-1d7a4c3e0f22';
      if (kind === 'sqlite') await insert(t2, '11220', 'H-VUTHU', `'10000000000000000000'`);

      await orm.getMigrator().up();
      const rows = (await connection.execute(
        `select transaction_id, sector_code, district_code, amount from ${table} order by id`,
      )) as { transaction_id: string; sector_code: string; district_code: string; amount: number | string }[];
      expect(rows.map((r) => [r.transaction_id, r.sector_code, r.district_code, String(r.amount)])).toEqual([
        [t1, '11220', 'H-VUTHU', '180000001'],
        [t1, '11220', 'H-TIENHAI', '420000003'],
        [t1, '12220', 'H-VUTHU', '120000001'],
        [t1, '12220', 'H-TIENHAI', '280000002'],
      ]);
      expect((await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    } finally {
      await orm.close(true);
    }
  }, 60_000);
});
