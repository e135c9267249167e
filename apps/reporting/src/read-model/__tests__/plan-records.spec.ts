import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  PLAN_RECORD_FILTERS,
  PLAN_RECORD_KINDS,
  PLAN_RECORD_KIND_FILTERS,
  PlanRecordsQuerySchema,
} from '@ascc/contracts';
import { inapplicableFilters } from '../plan-records';
import { REPORTING_CONNECTION_FILE } from '@ascc/service-kit';
import { commandContext, commandEnvironment } from '../rebuild-command';

describe('plan records filters', () => {
  it('refuses, by name, each filter the kind is not split by', () => {
    expect(inapplicableFilters({ kind: 'course', sectorCode: '11220', level: 'commune' })).toEqual([
      { path: 'sectorCode', code: 'not_applicable', message: 'This filter does not apply to course records' },
    ]);
    expect(
      inapplicableFilters({
        kind: 'budget-line',
        countryCode: 'LA',
        type: 'inbound',
        fundingSource: 'ngo',
      }).map((f) => f.path),
    ).toEqual(['countryCode', 'type']);
    expect(inapplicableFilters({ kind: 'delegation', countryCode: 'LA', type: 'inbound' })).toEqual([]);
    expect(inapplicableFilters({ kind: 'aid-project', type: 'commitment' }).map((f) => f.path)).toEqual([
      'type',
    ]);
  });

  it('lets every kind be split by plan area and agency, and knows every filter of the query schema', () => {
    for (const kind of PLAN_RECORD_KINDS)
      expect(PLAN_RECORD_KIND_FILTERS[kind]).toEqual(expect.arrayContaining(['planArea', 'agencyCode']));
    const shape = Object.keys(PlanRecordsQuerySchema.shape);
    const notFilters = ['page', 'pageSize', 'sort', 'order', 'q', 'kind', 'year', 'phase'];
    expect([...PLAN_RECORD_FILTERS].sort()).toEqual(shape.filter((k) => !notFilters.includes(k)).sort());
  });
});

describe('the rebuild command', () => {
  it('connects as the reporting service: its own environment first, else the file npm start wrote', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-cmd-'));
    expect(commandEnvironment({ DATA_DIR: dir })).toEqual({ DATA_DIR: dir });
    fs.writeFileSync(
      path.join(dir, REPORTING_CONNECTION_FILE),
      JSON.stringify({ servers: 'nats://127.0.0.1:4999', user: 'reporting', password: 'pwsecret' }),
    );
    expect(commandEnvironment({ DATA_DIR: dir })).toEqual({
      DATA_DIR: dir,
      NATS_SERVERS: 'nats://127.0.0.1:4999',
      NATS_USER: 'reporting',
      NATS_PASSWORD: 'pwsecret',
    });
    const own = { DATA_DIR: dir, NATS_USER: 'reporting', NATS_PASSWORD: 'x' };
    expect(commandEnvironment(own)).toBe(own);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('acts as the system, named by who ran it, with the rebuild permission', () => {
    const ctx = commandContext('operator');
    expect(ctx.caller).toMatchObject({ username: 'system:operator', roles: ['admin'] });
    expect(commandContext('x'.repeat(60)).caller.username).toHaveLength(40);
  });
});
