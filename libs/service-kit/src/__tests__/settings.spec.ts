import { SETTINGS, checkSettings, settingProblems } from '../config/settings';

describe('settings checked once at start', () => {
  const valid = {
    PATH: '/usr/bin',
    NATS_SERVERS: 'nats://127.0.0.1:4222,tls://nats-2.internal:4222',
    DATABASE_URL: 'postgresql://ascc_training:secret@db.internal:5432/ascc?sslmode=verify-full',
    OUTBOX_POLL_MS: '500',
    // The nats-server's own variables share the prefix: not the processes' business.
    NATS_TRAINING_PASSWORD: 'x',
    NATS_CLUSTER_ROUTES: '[nats-route://route:x@nats-1:6222]',
  };

  it('accepts a well-formed environment and ignores what is not ours', () => {
    expect(settingProblems(valid, 'service')).toEqual([]);
    expect(() => checkSettings(valid, 'gateway')).not.toThrow();
  });

  it('names each malformed setting with the form it expects, never its value', () => {
    const problems = settingProblems(
      {
        ...valid,
        NATS_SERVERS: '127.0.0.1:4222',
        DATABASE_URL: 'mysql://root:hunter2@db/ascc',
        OUTBOX_POLL_MS: 'fast',
        PORT: '80a',
      },
      'gateway',
    );
    expect(problems).toEqual([
      'NATS_SERVERS: expected comma-separated nats:// or tls:// URLs',
      'DATABASE_URL: expected a postgresql:// URL',
      'PORT: expected a port number',
    ]);
    expect(problems.join(' ')).not.toContain('hunter2');
    // OUTBOX_POLL_MS is a service's: the gateway does not judge it, a service does.
    expect(settingProblems({ OUTBOX_POLL_MS: 'fast' }, 'service')).toEqual([
      'OUTBOX_POLL_MS: expected milliseconds',
    ]);
  });

  it('refuses a misspelt setting instead of silently running with the default', () => {
    expect(() => checkSettings({ NATS_SERVER: 'nats://x:4222', DATABSE_URL: 'x' }, 'service')).toThrow(
      'NATS_SERVER: not a setting of this product',
    );
    expect(settingProblems({ REQUEST_TIMEOUT: '5000' }, 'gateway')).toEqual([
      'REQUEST_TIMEOUT: not a setting of this product (README, Configuration, lists them)',
    ]);
  });

  it('knows every setting it names by a form', () => {
    for (const [name, setting] of Object.entries(SETTINGS)) {
      expect({ name, form: setting.form.length > 0, readers: setting.readers.length > 0 }).toEqual({
        name,
        form: true,
        readers: true,
      });
    }
  });
});
