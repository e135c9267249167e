import { type GuardRefusal, REFUSAL_RULES, REFUSAL_RULE_NAMES, refusalCode } from '@ascc/contracts';
import type { RequestContext } from '../../auth/request-context';
import { ServiceError } from '../service-error';
import { applyGuards } from '../workflow-guard';

const caller = (roles: RequestContext['caller']['roles']) =>
  ({ caller: { username: 'u', agencyCode: 'SNV', roles } }) as unknown as RequestContext;

describe(ServiceError.name, () => {
  it('cannot be built as a conflict without a rule (the typecheck holds it)', () => {
    // @ts-expect-error a 409 comes only from a rule (ServiceError.refuse) or a workflow guard
    const bare = () => new ServiceError('CONFLICT', 'Conflicts with the data');
    expect(typeof bare).toBe('function');
    // Codes that are no refusal stay open: a missing record, a permission, a validation.
    expect(new ServiceError('NOT_FOUND', 'Course x was not found').body.status).toBe(404);
  });

  it('answers each rule with the error code its domain list names', () => {
    for (const rule of REFUSAL_RULE_NAMES) {
      const params = Object.fromEntries(REFUSAL_RULES[rule].params.map((name: string) => [name, 'X']));
      const { body } = ServiceError.refuse(rule, params as never, 'English');
      expect({ rule, code: body.code }).toEqual({ rule, code: REFUSAL_RULES[rule].code });
      expect(body.fields?.[0].params).toMatchObject({ rule });
    }
    expect(ServiceError.refuse('activityOfOtherAgency', { line: 2, activity: 'K' }, '…').body).toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
    expect(refusalCode('attachmentsFull')).toBe('VALIDATION_FAILED');
    const all = ServiceError.refuseAll(
      'traineeListedTwice',
      [{ params: {}, message: 'Listed twice', at: { path: 'traineeIds.1', code: 'duplicate' } }],
      'The same trainee is listed twice',
    );
    expect(all.body).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
  });

  it("refuses a viewer's override of a date guard by its rule, and answers the guards' 409", () => {
    const guard: GuardRefusal = {
      overridable: true,
      field: { path: 'to', code: 'custom', message: 'Too early', params: { rule: 'eventNotStarted' } },
    };
    const override = { override: true, overrideReason: 'entered late' };
    expect(() => applyGuards([guard], override, caller(['viewer']))).toThrow(
      expect.objectContaining({
        body: expect.objectContaining({
          code: 'FORBIDDEN',
          fields: [expect.objectContaining({ path: 'override', params: { rule: 'overrideNotPermitted' } })],
        }),
      }),
    );
    expect(applyGuards([guard], override, caller(['editor']))).toBe('entered late');
    expect(() => applyGuards([guard, null], {}, caller(['editor']))).toThrow(
      expect.objectContaining({
        body: expect.objectContaining({
          code: 'CONFLICT',
          status: 409,
          fields: [expect.objectContaining({ params: { rule: 'eventNotStarted', overridable: true } })],
        }),
      }),
    );
  });
});
