import { z } from 'zod';
import { COMMON_REFUSALS } from '../common/common.refusals';
import { ERROR_STATUS } from '../common/errors.schema';
import { REFUSAL_RULES, refusalBody } from '../common/rules';
import { VALIDATION_RULES, isValidationRule, ruleIssue, ruleParams } from '../common/validation-rules';
import { AID_REFUSALS } from '../aid/aid.refusals';
import { BUDGET_REFUSALS } from '../budget/budget.refusals';
import { CULTURE_REFUSALS } from '../culture/culture.refusals';
import { IDENTITY_REFUSALS } from '../identity/identity.refusals';
import { REPORTING_REFUSALS } from '../reporting/reporting.refusals';
import { TRAINING_REFUSALS } from '../training/training.refusals';

describe('REFUSAL_RULES', () => {
  const domains = {
    common: COMMON_REFUSALS,
    identity: IDENTITY_REFUSALS,
    training: TRAINING_REFUSALS,
    aid: AID_REFUSALS,
    culture: CULTURE_REFUSALS,
    budget: BUDGET_REFUSALS,
    reporting: REPORTING_REFUSALS,
  };

  it("is the domains' lists put together, no rule claimed by two domains (one would hide the other)", () => {
    const owners = new Map<string, string[]>();
    for (const [domain, rules] of Object.entries(domains))
      for (const rule of Object.keys(rules)) owners.set(rule, [...(owners.get(rule) ?? []), domain]);
    expect([...owners].filter(([, of]) => of.length > 1)).toEqual([]);
    expect(Object.keys(REFUSAL_RULES).sort()).toEqual([...owners.keys()].sort());
  });

  it('answers a refusal with the code and status of its rule, and no rule shares a name with a validation rule', () => {
    expect(refusalBody('activityOfOtherAgency', { line: 1, activity: 'A' }, 'No')).toMatchObject({
      code: 'FORBIDDEN',
      status: ERROR_STATUS.FORBIDDEN,
      fields: [{ path: '', code: 'refused', params: { rule: 'activityOfOtherAgency', line: 1 } }],
    });
    expect(refusalBody('courseCodeTaken', { code: 'K1' }, 'Taken').status).toBe(409);
    expect(Object.keys(REFUSAL_RULES).filter((rule) => Object.hasOwn(VALIDATION_RULES, rule))).toEqual([]);
  });
});

describe('VALIDATION_RULES', () => {
  it('raises a listed rule on its path, with its params', () => {
    const schema = z.object({ a: z.number() }).superRefine((value, ctx) => {
      if (value.a > 1) ruleIssue(ctx, 'dongEquivalentMax', ['a'], 'Too much', { maximum: 1 });
    });
    const issue = schema.safeParse({ a: 2 }).error?.issues[0];
    expect(issue).toMatchObject({ path: ['a'], params: { rule: 'dongEquivalentMax', maximum: 1 } });
    expect(ruleParams('required')).toEqual({ rule: 'required' });
    expect(isValidationRule('required')).toBe(true);
    expect(isValidationRule('constructor')).toBe(false);
    // @ts-expect-error an unlisted rule does not compile
    expect(ruleParams('noSuchRule')).toEqual({ rule: 'noSuchRule' });
  });
});
