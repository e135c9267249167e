import { createPrivateKey, createPublicKey } from 'node:crypto';
import { CALLER_KEY_VARIABLES, newCallerKeys, withCallerKeys } from '@ascc/runtime';
import { SERVICE_NAMES } from '@ascc/contracts';

describe('caller keys of the stack (npm start, tests)', () => {
  const keys = newCallerKeys();
  const inherited = {
    PATH: '/usr/bin',
    CALLER_SIGNING_KEY: 'inherited',
    CALLER_SIGNING_KEY_FILE: '/etc/x',
    CALLER_VERIFY_KEY_FILE: '/etc/y',
  };

  it('makes an Ed25519 pair whose halves match', () => {
    const pub = createPublicKey(createPrivateKey(keys.signingKey)).export({ type: 'spki', format: 'pem' });
    expect(pub).toBe(keys.verifyKey);
    expect(createPrivateKey(keys.signingKey).asymmetricKeyType).toBe('ed25519');
    expect(newCallerKeys().signingKey).not.toBe(keys.signingKey);
  });

  it('gives the private key to the gateway alone and only the public key to each service', () => {
    const gateway = withCallerKeys(inherited, keys, 'gateway');
    expect(gateway).toEqual({ PATH: '/usr/bin', CALLER_SIGNING_KEY: keys.signingKey });
    for (const service of SERVICE_NAMES) {
      const env = withCallerKeys(inherited, keys, service);
      expect(env).toEqual({ PATH: '/usr/bin', CALLER_VERIFY_KEY: keys.verifyKey });
      expect(Object.values(env).join()).not.toMatch(/PRIVATE KEY/);
    }
    expect(CALLER_KEY_VARIABLES).toEqual([
      'CALLER_SIGNING_KEY',
      'CALLER_SIGNING_KEY_FILE',
      'CALLER_VERIFY_KEY',
      'CALLER_VERIFY_KEY_FILE',
    ]);
  });
});
