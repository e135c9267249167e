import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { PinoNestLogger, createLogger, logLevel } from '../logger';
import { runInRequestContext, setRequestCaller } from '../request-log-context';
import { scrubText, scrubValue } from '../redaction';

/** A logger writing into an array of parsed lines. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger('training-service', { LOG_LEVEL: level }, sink) };
}

describe(PinoNestLogger.name, () => {
  it('writes JSON lines with the service, and the request’s correlation id, subject, caller and duration', () => {
    const { lines, logger } = capture();
    const nest = new PinoNestLogger(logger);
    nest.log('outside any request', 'Bootstrap');
    runInRequestContext(
      { correlationId: 'corr-12345678', subject: 'training.trainee.create', startedAt: performance.now() },
      () => {
        setRequestCaller('5f0c1f7e-0000-4000-8000-000000000001');
        nest.warn('something odd', 'Caller');
      },
    );
    expect(lines[0]).toMatchObject({ level: 'info', service: 'training-service', context: 'Bootstrap' });
    expect(lines[0]).not.toHaveProperty('correlationId');
    expect(lines[1]).toMatchObject({
      level: 'warn',
      service: 'training-service',
      context: 'Caller',
      msg: 'something odd',
      correlationId: 'corr-12345678',
      subject: 'training.trainee.create',
      callerId: '5f0c1f7e-0000-4000-8000-000000000001',
      durationMs: expect.any(Number),
    });
  });

  it('keeps an error’s stack apart from its context, scrubbed', () => {
    const { lines, logger } = capture();
    new PinoNestLogger(logger).error(
      'Unexpected',
      'Error: password=hunter22\n    at x (y.js:1:1)',
      'Gateway',
    );
    expect(lines[0]).toMatchObject({ level: 'error', context: 'Gateway', msg: 'Unexpected' });
    expect(lines[0]?.stack).toContain('at x (y.js:1:1)');
    expect(JSON.stringify(lines)).not.toContain('hunter22');
  });

  it('redacts secret and personal fields of an object logged, at any depth', () => {
    const { lines, logger } = capture();
    logger.info(
      { password: 'p4ss-word-1', headers: { cookie: 'sid=abc', authorization: 'Bearer xyz' } },
      'x',
    );
    new PinoNestLogger(logger).log({
      trainee: { fullName: 'Nguyễn Văn A', phone: '0912345678', staffCode: 'T-1' },
    });
    const text = JSON.stringify(lines);
    for (const secret of ['p4ss-word-1', 'sid=abc', 'Bearer xyz', 'Nguyễn Văn A', '0912345678']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('T-1');
  });

  it('writes nothing below its level, and nothing at all when silent', () => {
    const quiet = capture('warn');
    new PinoNestLogger(quiet.logger).log('info line');
    expect(quiet.lines).toEqual([]);
    const silent = capture('silent');
    new PinoNestLogger(silent.logger).error('error line');
    expect(silent.lines).toEqual([]);
  });

  it('is what Nest’s Logger writes through once set', () => {
    const { lines, logger } = capture();
    Logger.overrideLogger(new PinoNestLogger(logger));
    try {
      new Logger('Audit').log('through Nest');
    } finally {
      Logger.overrideLogger(false);
    }
    expect(lines).toEqual([expect.objectContaining({ context: 'Audit', msg: 'through Nest' })]);
  });
});

describe('logLevel', () => {
  it('reads pino’s and Nest’s level names, info by default', () => {
    expect(logLevel({})).toBe('info');
    expect(logLevel({ LOG_LEVEL: 'silent' })).toBe('silent');
    expect(logLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logLevel({ LOG_LEVEL: 'log' })).toBe('info');
    expect(logLevel({ LOG_LEVEL: 'verbose' })).toBe('trace');
  });
});

describe('scrubText', () => {
  it('removes e-mails, phone numbers, tokens and key=value secrets, keeping the rest', () => {
    const text = scrubText(
      'user kin.dao@example.vn phone +84 912 345 678 or 0912.345.678 token=abc.def password: "s3cret!" ' +
        'jwt eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.c2ln Authorization: Bearer q1w2e3 id 3f2a-77 amount 1500000000',
    );
    for (const secret of [
      'kin.dao@example.vn',
      '912 345 678',
      '0912.345.678',
      'abc.def',
      's3cret!',
      'eyJhbGci',
      'q1w2e3',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('id 3f2a-77');
    expect(text).toContain('amount 1500000000');
  });

  it('keeps the paths of a stack trace, scoped packages included', () => {
    const frame =
      'at PostgreSqlDriver.find (/srv/ascc/node_modules/@mikro-orm/knex/AbstractSqlDriver.js:72:24)';
    expect(scrubText(frame)).toBe(frame);
    expect(scrubText(`${frame} for kin.dao@example.vn`)).toBe(`${frame} for [email]`);
  });
});

describe('scrubValue', () => {
  it('censors redacted keys whatever their case', () => {
    expect(scrubValue({ TotpCode: '123456', nested: [{ Email: 'a@b.vn', ok: 1 }] })).toEqual({
      TotpCode: '[redacted]',
      nested: [{ Email: '[redacted]', ok: 1 }],
    });
  });
});
