import {
  hashPassword,
  needsRehash,
  passwordProblems,
  verifyAgainstDummy,
  verifyPassword,
} from '../passwords';

const rules = (password: string, username = 'snv.editor') =>
  passwordProblems(password, username).map((p) => p.params?.rule ?? p.code);

describe('passwords', () => {
  it('accepts a long, varied password', () => {
    expect(passwordProblems('Tuan van hoa ASEAN 2025', 'svhttdl.editor')).toEqual([]);
  });

  it('refuses one shorter than 12 characters, naming the field', () => {
    expect(passwordProblems('Short1!', 'user1')).toEqual([
      expect.objectContaining({ path: 'password', code: 'too_small' }),
    ]);
    expect(passwordProblems('Short1!', 'user1', 'newPassword')[0].path).toBe('newPassword');
  });

  it('refuses a run of few characters', () => {
    expect(rules('aaaaaaaaaaaaaaaa')).toEqual(['passwordVariety']);
  });

  it('refuses the username, or a password containing it, in any case', () => {
    expect(rules('snv.editor-2025!', 'snv.editor')).toEqual(['passwordContainsUsername']);
    expect(rules('My SNV.EDITOR pass', 'snv.editor')).toEqual(['passwordContainsUsername']);
    expect(rules('administrator1', 'admin')).toEqual(['passwordContainsUsername']);
  });

  it.each(['password123456', '123456789012', 'qwertyuiop12', 'matkhau123456', 'MatKhau123456'])(
    'refuses the common password %s',
    (password) => {
      expect(rules(password)).toEqual(['passwordCommon']);
    },
  );

  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const hash = await hashPassword('Tuan van hoa ASEAN 2025');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(verifyPassword(hash, 'Tuan van hoa ASEAN 2025')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'tuan van hoa ASEAN 2025')).resolves.toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('treats a corrupt stored hash as a wrong password, and weaker hashes as due for rehash', async () => {
    await expect(verifyPassword('not-a-hash', 'anything at all')).resolves.toBe(false);
    expect(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    await expect(verifyAgainstDummy('anything at all')).resolves.toBe(false);
  });
});
