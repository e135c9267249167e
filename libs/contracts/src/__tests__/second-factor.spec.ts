import {
  SECOND_FACTOR_PERMISSIONS,
  SecondFactorCodeSchema,
  authorize,
  normalizeRecoveryCode,
  secondFactorRequired,
} from '../index';

describe('who must sign in with a second factor (one rule, by permission)', () => {
  it.each([
    ['an administrator', { roles: ['admin'], agencyCode: 'VPUBND' }, true],
    [
      "Finance's reviewer, who approves budget estimates",
      { roles: ['finance-reviewer'], agencyCode: 'STC' },
      true,
    ],
    ["Home Affairs' editor, who edits the trainee registry", { roles: ['editor'], agencyCode: 'SNV' }, true],
    ["Home Affairs' viewer", { roles: ['viewer'], agencyCode: 'SNV' }, false],
    ["Finance's editor", { roles: ['editor'], agencyCode: 'STC' }, false],
    ["Foreign Affairs' editor", { roles: ['editor'], agencyCode: 'SNGV' }, false],
    ['the plan coordinator', { roles: ['plan-coordinator'], agencyCode: 'SLDTBXH' }, false],
    ['a district editor', { roles: ['editor'], agencyCode: 'H-VUTHU' }, false],
    ['a viewer who is also an admin', { roles: ['viewer', 'admin'], agencyCode: 'SNV' }, true],
  ] as const)('%s: %s', (_, user, required) => {
    expect(secondFactorRequired({ roles: [...user.roles], agencyCode: user.agencyCode })).toBe(required);
  });

  it('follows the permission table: whoever gains one of the permissions needs the second factor', () => {
    const reviewer = { roles: ['finance-reviewer' as const], agencyCode: 'STC' as const };
    expect(SECOND_FACTOR_PERMISSIONS.some((p) => authorize(p, reviewer).allowed)).toBe(true);
    // A reviewer role outside Finance grants no review, so it needs none.
    expect(secondFactorRequired({ roles: ['finance-reviewer'], agencyCode: 'SNV' })).toBe(false);
  });
});

describe('the code of the second sign-in step', () => {
  it('takes six digits or a recovery code as people type it', () => {
    for (const code of ['123456', 'abcde-fghij', 'ABCDE-FGHIJ', 'abcdefghij', ' abcde fghij '])
      expect(SecondFactorCodeSchema.safeParse(code).success).toBe(true);
    for (const code of ['12345', '1234567', 'abcde-fghi', 'abcde-fgh1j', '', 'x'.repeat(50)])
      expect(SecondFactorCodeSchema.safeParse(code).success).toBe(false);
  });

  it('normalises a recovery code to the form it was shown in', () => {
    expect(normalizeRecoveryCode(' ABCDE FGHIJ ')).toBe('abcde-fghij');
    expect(normalizeRecoveryCode('abcde--fghij')).toBe('abcde-fghij');
    expect(normalizeRecoveryCode('123456')).toBeNull();
  });
});
