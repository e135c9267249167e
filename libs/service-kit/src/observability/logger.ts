import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger as Pino } from 'pino';
import { requestLogFields } from './request-log-context';
import { CENSOR, REDACT_PATHS, scrubText, scrubValue } from './redaction';

/** `LOG_LEVEL` as pino's level: pino's names, Nest's (`log`, `verbose`), `silent`; `info` by default. */
export function logLevel(env: NodeJS.ProcessEnv = process.env): Level | 'silent' {
  const value = (env.LOG_LEVEL ?? '').trim().toLowerCase();
  if (value === 'log') return 'info';
  if (value === 'verbose') return 'trace';
  if (['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'].includes(value)) {
    return value as Level | 'silent';
  }
  return 'info';
}

/**
 * The process's JSON-lines logger: one object a line on stdout with `time`, `level`, `service`, and —
 * on a line written while a request runs — its `correlationId`, `route` (gateway) or `subject`
 * (service), `callerId` and `durationMs` so far. Written asynchronously (a request never waits on
 * stdout); what is left is flushed when the process exits. Secrets and personal data are redacted.
 */
export function createLogger(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
  destination: DestinationStream = pino.destination({ dest: 1, sync: false }),
): Pino {
  return pino(
    {
      level: logLevel(env),
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => requestLogFields(),
      redact: { paths: REDACT_PATHS, censor: CENSOR },
    },
    destination,
  );
}

let current: Pino = pino({ level: 'silent' });

/** Makes `logger` the one every line of this process goes to (`useProcessLogger` at start). */
export function setProcessLogger(logger: Pino): Pino {
  current = logger;
  return logger;
}

/** The process's logger (silent until a process sets one up). */
export function processLogger(): Pino {
  return current;
}

const NEST_LEVEL = {
  log: 'info',
  error: 'error',
  warn: 'warn',
  debug: 'debug',
  verbose: 'trace',
  fatal: 'fatal',
} as const;

/**
 * Nest's logger interface over pino, so Nest's own lines and every `new Logger(context)` of the code
 * become JSON lines with the request's fields. Nest passes the context last, and a stack before it.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Pino = processLogger()) {}

  log(message: unknown, ...params: unknown[]) {
    this.write('log', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(nestLevel: keyof typeof NEST_LEVEL, message: unknown, params: unknown[]) {
    const level = NEST_LEVEL[nestLevel];
    if (!this.logger.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    if (rest.length && typeof rest[rest.length - 1] === 'string' && !/\n\s+at /.test(rest.at(-1) as string))
      fields.context = rest.pop();
    for (const param of rest) {
      if (param === undefined) continue;
      if (typeof param === 'string') fields.stack = scrubText(param);
      else fields.detail = scrubValue(param);
    }
    if (message instanceof Error) {
      fields.err = scrubValue(message);
      this.logger[level](fields, scrubText(message.message));
    } else if (message !== null && typeof message === 'object') {
      this.logger[level]({ ...fields, detail: scrubValue(message) });
    } else {
      this.logger[level](fields, scrubText(String(message)));
    }
  }
}

/**
 * Sets up the process's logger for `service` and returns what Nest's `logger` option takes: the pino
 * adapter, or `false` with `LOG_LEVEL=silent` (nothing is written at all).
 */
export function nestLogger(service: string, env: NodeJS.ProcessEnv = process.env): LoggerService | false {
  if (logLevel(env) === 'silent') {
    setProcessLogger(pino({ level: 'silent' }));
    return false;
  }
  return new PinoNestLogger(setProcessLogger(createLogger(service, env)));
}
