import { ArgumentsHost, Logger } from '@nestjs/common';
import { OptimisticLockError } from '@mikro-orm/core';
import { firstValueFrom } from 'rxjs';
import { z } from 'zod';
import { ServiceError } from '../errors/service-error';
import { ServiceExceptionFilter } from '../errors/service-exception.filter';
import { validate } from '../errors/validate';
import { ftsMatch, searchText, searchWords } from '../database/search';
import { natsServers, requestTimeoutMs } from '../nats/nats.config';
import { databaseKind, ormOptions } from '../database/orm-options';
import { databaseUser } from '../database/database.module';
import { isMigrateCommand } from '../bootstrap/bootstrap-service';

const host = { switchToRpc: () => ({ getContext: () => undefined }) } as unknown as ArgumentsHost;
const bodyOf = (error: unknown) =>
  firstValueFrom(new ServiceExceptionFilter().catch(error, host)).catch((e) => e);

describe('service-kit', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('folds Vietnamese diacritics and case for search', () => {
    expect(searchText('Đào tạo', 'TIẾNG Anh')).toBe('dao tao tieng anh');
    expect(searchWords('  Hội   nhập ')).toEqual(['hoi', 'nhap']);
    expect(searchWords('100%_')).toEqual(['100']);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });

  it('asks the trigram index for every word as a quoted phrase, quotes doubled', () => {
    expect(ftsMatch(['hoi', 'nhap'])).toBe('"hoi" AND "nhap"');
    expect(ftsMatch(['a"b', 'or'])).toBe('"a""b" AND "or"');
  });

  it('turns invalid input into a 400 ServiceError naming each field', () => {
    const schema = z.object({ name: z.string().min(2), age: z.number().int() });
    expect(() => validate(schema, { name: 'x', age: 1.5 })).toThrow(ServiceError);
    try {
      validate(schema, { name: 'x', age: 1.5 });
    } catch (error) {
      expect((error as ServiceError).body).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
      expect((error as ServiceError).body.fields?.map((f) => f.path)).toEqual(['name', 'age']);
    }
  });

  it('sends known errors as they are, conflicts as 409, and hides everything else behind a bare 500', async () => {
    expect(await bodyOf(ServiceError.notFound('Course', 'x'))).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    expect(await bodyOf(new OptimisticLockError('stale'))).toMatchObject({
      code: 'CONFLICT',
      status: 409,
      fields: [{ params: { rule: 'recordChanged' } }],
    });
    const hidden = await bodyOf(new Error('SQLITE_CANTOPEN: /secret/path/db.sqlite'));
    expect(hidden).toEqual({ code: 'INTERNAL', status: 500, message: 'Internal error' });
  });

  it('sends a refusal as a 409 whose one field names the rule and its params, where the form shows it', async () => {
    const refusal = ServiceError.refuse(
      'alreadyEnrolled',
      { name: 'Nguyễn Thị Hoa', staffCode: 'CB-1', enrolmentStatus: 'enrolled' },
      'Nguyễn Thị Hoa (CB-1) is already enrolled on this course',
      { at: { path: 'traineeIds.0', code: 'duplicate' } },
    );
    expect(await bodyOf(refusal)).toEqual({
      code: 'CONFLICT',
      status: 409,
      message: 'Nguyễn Thị Hoa (CB-1) is already enrolled on this course',
      fields: [
        {
          path: 'traineeIds.0',
          code: 'duplicate',
          message: 'Nguyễn Thị Hoa (CB-1) is already enrolled on this course',
          params: {
            rule: 'alreadyEnrolled',
            name: 'Nguyễn Thị Hoa',
            staffCode: 'CB-1',
            enrolmentStatus: 'enrolled',
          },
        },
      ],
    });
    // A stale version keeps its place on the `version` field, with what the console shows of the record now.
    expect(ServiceError.staleVersion('The course', 4, { status: 'open' }).body.fields).toEqual([
      expect.objectContaining({
        path: 'version',
        code: 'stale',
        params: { rule: 'staleVersion', currentVersion: 4, status: 'open' },
      }),
    ]);
  });

  it('reads NATS servers and the request timeout from the environment', () => {
    expect(natsServers({})).toEqual(['nats://127.0.0.1:4222']);
    expect(natsServers({ NATS_SERVERS: 'nats://a:4222, nats://b:4222' })).toEqual([
      'nats://a:4222',
      'nats://b:4222',
    ]);
    expect(requestTimeoutMs({ REQUEST_TIMEOUT_MS: '1500' })).toBe(1500);
    expect(requestTimeoutMs({ REQUEST_TIMEOUT_MS: 'soon' })).toBe(5000);
  });

  it('uses a SQLite file per service by default and a PostgreSQL schema per service with DATABASE_URL', () => {
    const db = { service: 'aid' as const, entities: [], migrations: { sqlite: [], postgresql: [] } };
    expect(databaseKind({})).toBe('sqlite');
    expect(ormOptions(db, { DATA_DIR: '/srv/ascc' }).dbName).toBe('/srv/ascc/aid.sqlite');
    const pg = ormOptions(db, { DATABASE_URL: 'postgresql://db/ascc' });
    expect(pg).toMatchObject({ clientUrl: 'postgresql://db/ascc', schema: 'aid' });
  });

  it('names the run-time role the owner grants by DATABASE_URL’s user, and knows `main.js migrate`', () => {
    expect(databaseUser('postgresql://ascc_training:p%40ss@db:5432/ascc')).toBe('ascc_training');
    expect(databaseUser('postgresql://ascc_training@db/ascc')).toBe('ascc_training');
    expect(databaseUser('postgresql://db/ascc')).toBeUndefined();
    expect(databaseUser(undefined)).toBeUndefined();
    expect(isMigrateCommand(['node', 'main.js', 'migrate'])).toBe(true);
    expect(isMigrateCommand(['node', 'main.js'])).toBe(false);
  });
});
