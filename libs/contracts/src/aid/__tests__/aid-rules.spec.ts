import {
  addMonths,
  canMoveTo,
  iatiActivityStatus,
  notStartedInTime,
  overDisbursed,
  percentagesAddUp,
  registrationState,
} from '../aid.rules';
import { CreateAidProjectSchema } from '../aid.schema';

describe('aid rules', () => {
  it('warns 90 days before a registration ends', () => {
    expect(registrationState('2025-12-31', '2025-10-01')).toBe('valid'); // 91 days left
    expect(registrationState('2025-12-31', '2025-10-02')).toBe('expires-soon'); // 90 days left
    expect(registrationState('2026-06-30', '2025-10-02')).toBe('valid');
    expect(registrationState('2025-10-01', '2025-10-02')).toBe('expired');
  });

  it('adds calendar months, clamped to the end of a short month', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-03-15', 6)).toBe('2024-09-15');
  });

  it('flags an approved project not started within six months of its decision', () => {
    const approved = { status: 'approved' as const, decisionDate: '2024-03-15' };
    expect(notStartedInTime(approved, '2024-09-15')).toBe(false);
    expect(notStartedInTime(approved, '2024-09-16')).toBe(true);
    expect(notStartedInTime({ ...approved, actualStart: '2024-05-01' }, '2025-01-01')).toBe(false);
    expect(notStartedInTime({ ...approved, status: 'implementation' }, '2025-01-01')).toBe(false);
  });

  it('checks percentages, status moves, IATI codes and over-disbursement', () => {
    expect(percentagesAddUp([{ percentage: 60 }, { percentage: 40 }])).toBe(true);
    expect(percentagesAddUp([{ percentage: 60 }, { percentage: 30 }])).toBe(false);
    expect(canMoveTo('approved', 'implementation')).toBe(true);
    expect(canMoveTo('refused', 'implementation')).toBe(false);
    expect(canMoveTo('closed', 'closed')).toBe(true);
    expect(iatiActivityStatus('implementation')).toBe(2);
    expect(iatiActivityStatus('approved')).toBe(1);
    expect(iatiActivityStatus('suspended')).toBe(6);
    expect(overDisbursed({ committed: 10, disbursed: 11 })).toBe(true);
  });

  it('names the sectors and locations fields when their percentages are off', () => {
    const result = CreateAidProjectSchema.safeParse({
      code: 'P-1',
      titleVi: 'A',
      titleEn: 'A',
      agencyCode: 'SNGV',
      participants: [{ role: 'implementing', name: 'X' }],
      sectors: [{ code: '11220', percentage: 50 }],
      locations: [
        { districtCode: 'H-TIENHAI', percentage: 50 },
        { districtCode: 'H-TIENHAI', percentage: 50 },
      ],
      status: 'approved',
    });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['sectors', 'locations', 'participants', 'decisionNo', 'decisionDate']);
  });
});
