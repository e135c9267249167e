// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { PERMISSIONS, type PermissionKey } from '@ascc/contracts';
import { act, renderHook } from '@testing-library/react';
import { signInAs } from '../../../../test/render';
import {
  ADMIN,
  COORDINATOR,
  SNGV_EDITOR,
  SNV_EDITOR,
  SNV_VIEWER,
  STC_EDITOR,
  STC_REVIEWER,
  SVHTTDL_EDITOR,
} from '../../../../test/users';
import { can, useCan, useListAccess, useOwnAgencyOnly } from '../use-can';

/**
 * What each demo user may do, as the permission table says: `all` (every agency), `own` (their own
 * agency's records only) or `-` (not at all). The console must show exactly this.
 */
const EXPECTED: Record<string, Partial<Record<PermissionKey, 'all' | 'own' | '-'>>> = {
  admin: {
    'culture.event.pick': 'all',
    'training.course.create': 'all',
    'training.course.update': 'all',
    'training.enrolment.manage': 'all',
    'training.trainee.read': 'all',
    'training.trainee.manage': 'all',
    'training.stats.read': 'all',
    'aid.ngo.create': 'all',
    'aid.ngo.update': 'all',
    'aid.project.manage': 'all',
    'aid.transaction.reverse': 'all',
    'aid.delegation.manage': 'all',
    'aid.report.read': 'all',
    'culture.event.create': 'all',
    'budget.estimate.create': 'all',
    'budget.estimate.read': 'all',
    'budget.estimate.update': 'all',
    // Only Finance's reviewers review and consolidate; the administrator reads.
    'budget.estimate.review': '-',
    'budget.consolidation.read': 'all',
    'budget.consolidation.manage': '-',
    'training.course.funding.read': 'all',
    'culture.event.funding.read': 'all',
    'reporting.dashboard.read': 'all',
    'reporting.plan.read': 'all',
    'reporting.readmodel.rebuild': 'all',
    'reporting.report.read': 'all',
    'reporting.report.manage': 'all',
    'reporting.report.review': '-',
    'reporting.review.freeze': 'all',
    'reporting.review.read': 'all',
    'reporting.indicator.read': 'all',
    'reporting.indicator.manage': 'all',
    'reporting.task.read': 'all',
    'reporting.actionplan.read': 'all',
    'reporting.actionplan.manage': 'all',
    'identity.user.manage': 'all',
    'audit.read': 'all',
    'system.metrics.read': 'all',
    'reporting.notification.read': 'all',
    'reporting.reminder.run': 'all',
    'search.read': 'all',
    'live.events.read': 'all',
  },
  'snv.editor': {
    // Home Affairs keeps its view of, and its hand on, every agency's courses.
    'training.course.read': 'all',
    'training.course.create': 'all',
    'training.course.update': 'all',
    'training.enrolment.manage': 'all',
    // The registry is the province's: Home Affairs keeps every agency's staff in it.
    'training.trainee.read': 'all',
    'training.trainee.manage': 'all',
    'training.stats.read': 'all',
    'training.course.funding.read': 'all',
    'aid.ngo.create': '-',
    // Every agency records events of its own.
    'culture.event.create': 'own',
    'culture.event.update': 'own',
    'culture.event.read': 'own',
    'budget.estimate.create': 'own',
    'reporting.dashboard.read': '-',
    'reporting.plan.read': 'all',
    'reporting.readmodel.rebuild': '-',
    'reporting.report.read': 'own',
    'reporting.report.manage': 'own',
    'reporting.report.review': '-',
    'reporting.review.freeze': '-',
    'reporting.review.read': '-',
    'reporting.indicator.read': 'all',
    'reporting.indicator.manage': '-',
    'reporting.task.read': 'all',
    'reporting.actionplan.read': 'own',
    'reporting.actionplan.manage': 'own',
    'identity.user.manage': '-',
    'audit.read': '-',
    'system.metrics.read': '-',
  },
  'snv.viewer': {
    // Everyone signed in has an inbox, the global search and live updates; only admins run reminders.
    'reporting.notification.read': 'all',
    'reporting.reminder.run': '-',
    'search.read': 'all',
    'live.events.read': 'all',
    'training.course.read': 'all',
    'reporting.actionplan.read': 'own',
    'reporting.actionplan.manage': '-',
    'aid.project.read': 'own',
    'aid.delegation.read': 'own',
    'training.course.create': '-',
    'training.trainee.read': 'all',
    'training.trainee.manage': '-',
    'budget.estimate.create': '-',
  },
  'svhttdl.editor': {
    // Picking a delegation's event is for those who record delegations (Foreign Affairs), not Culture.
    'culture.event.pick': '-',
    // Culture keeps its view of, and its hand on, every agency's events.
    'culture.event.read': 'all',
    'culture.event.create': 'all',
    'culture.event.update': 'all',
    'culture.registration.manage': 'all',
    'culture.report.read': 'all',
    // Every agency runs courses of its own, and finds its own staff in the registry to enrol them.
    'training.course.read': 'own',
    'training.course.create': 'own',
    'training.course.update': 'own',
    'training.enrolment.manage': 'own',
    'training.trainee.read': 'own',
    'training.trainee.manage': '-',
    'training.stats.read': 'own',
    'aid.ngo.create': '-',
    'aid.ngo.update': '-',
    'aid.project.manage': '-',
    'aid.transaction.reverse': '-',
    'aid.delegation.manage': '-',
    'aid.report.read': '-',
    // Every agency drafts its own estimates; approving them is Finance's, and has no route yet.
    // Every agency drafts, edits and submits its own estimates; reviewing them is Finance's.
    'budget.estimate.create': 'own',
    'budget.estimate.update': 'own',
    'budget.estimate.submit': 'own',
    'budget.estimate.review': '-',
    'budget.consolidation.manage': '-',
    'culture.event.funding.read': 'all',
    'reporting.actionplan.read': 'own',
    'reporting.actionplan.manage': 'own',
    'identity.user.manage': '-',
    'audit.read': '-',
    'system.metrics.read': '-',
  },
  'stc.reviewer': {
    'budget.estimate.read': 'all',
    'budget.estimate.create': '-',
    'budget.estimate.submit': '-',
    'budget.estimate.review': 'all',
    'budget.consolidation.read': 'all',
    'budget.consolidation.manage': 'all',
    'training.course.read': '-',
    'aid.ngo.read': '-',
    'culture.event.read': '-',
    'reporting.task.read': 'all',
    'reporting.actionplan.read': '-',
  },
  'stc.editor': { 'budget.estimate.create': 'own', 'budget.estimate.read': 'own' },
  // Foreign Affairs runs courses and cultural-diplomacy events of its own (plan VII.1, VII.5).
  'sngv.editor': {
    'training.course.read': 'own',
    'training.course.create': 'own',
    'training.course.update': 'own',
    'training.enrolment.manage': 'own',
    'training.trainee.read': 'own',
    'training.trainee.manage': '-',
    'training.stats.read': 'own',
    'culture.event.read': 'own',
    'culture.event.create': 'own',
    'culture.event.update': 'own',
    'culture.registration.manage': 'own',
    'culture.report.read': 'own',
  },
  'sldtbxh.coordinator': {
    'training.course.read': 'all',
    'aid.ngo.read': 'all',
    'aid.project.read': 'all',
    'aid.delegation.read': 'all',
    'aid.report.read': 'all',
    // Correcting a transaction is for those who record them, not the coordinator who reads them.
    'aid.transaction.reverse': '-',
    'culture.event.read': 'all',
    'culture.report.read': 'all',
    'culture.event.update': '-',
    'culture.registration.manage': '-',
    'budget.estimate.read': 'all',
    'training.course.create': '-',
    'budget.estimate.create': '-',
    'reporting.dashboard.read': 'all',
    'reporting.plan.read': 'all',
    'reporting.readmodel.rebuild': '-',
    'reporting.report.read': 'all',
    'reporting.report.manage': '-',
    'reporting.report.review': 'all',
    'reporting.review.freeze': 'all',
    'reporting.review.read': 'all',
    'reporting.indicator.read': 'all',
    'reporting.indicator.manage': 'all',
    'reporting.task.read': 'all',
    'reporting.actionplan.read': 'all',
    'reporting.actionplan.manage': '-',
    'identity.user.manage': '-',
  },
};

const USERS = [
  ADMIN,
  SNV_EDITOR,
  SNV_VIEWER,
  SVHTTDL_EDITOR,
  STC_REVIEWER,
  STC_EDITOR,
  COORDINATOR,
  SNGV_EDITOR,
];

afterEach(() => act(() => signInAs(undefined)));

describe(can.name, () => {
  it.each(USERS.map((user) => [user.username, user] as const))(
    'matches the permission table for %s',
    (_, user) => {
      const got = Object.fromEntries(
        Object.keys(EXPECTED[user.username]).map((permission) => {
          const decision = can(user, permission as PermissionKey);
          return [permission, decision.allowed ? (decision.reach === 'all' ? 'all' : 'own') : '-'];
        }),
      );
      expect(got).toEqual(EXPECTED[user.username]);
    },
  );

  it('asks about every permission the table has, so a new one cannot go untested by accident', () => {
    const asked = new Set(Object.values(EXPECTED).flatMap((row) => Object.keys(row)));
    const table = Object.keys(PERMISSIONS).filter((key) => key !== 'public' && key !== 'session.self');
    expect(table.filter((key) => !asked.has(key))).toEqual([]);
  });

  it("limits an own-agency grant to records of the user's agency", () => {
    expect(can(SNGV_EDITOR, 'training.course.update', 'SNGV').allowed).toBe(true);
    expect(can(SNGV_EDITOR, 'training.course.update', 'SNV').allowed).toBe(false);
    expect(can(SNV_EDITOR, 'training.course.update', 'SNGV').allowed).toBe(true);
    expect(can(SNV_EDITOR, 'culture.event.update', 'SVHTTDL').allowed).toBe(false);
    expect(can(STC_REVIEWER, 'budget.estimate.read', 'SVHTTDL').allowed).toBe(true);
    expect(can(ADMIN, 'culture.event.create', 'SNV').allowed).toBe(true);
  });

  it('allows nothing but public routes to nobody', () => {
    expect(can(undefined, 'training.course.read').allowed).toBe(false);
    expect(can(undefined, 'public').allowed).toBe(true);
  });
});

describe(useCan.name, () => {
  it('answers for the signed-in user, and again when another signs in', () => {
    signInAs(SVHTTDL_EDITOR);
    const { result, rerender } = renderHook(() => useCan('culture.event.create', 'SVHTTDL'));
    expect(result.current).toEqual({ allowed: true, reach: 'all' });

    act(() => signInAs(SNV_EDITOR));
    rerender();
    expect(result.current.allowed).toBe(false);
  });

  it("fixes an own-agency reader's lists to their agency, and lets an admin choose", () => {
    signInAs(SVHTTDL_EDITOR);
    expect(renderHook(() => useOwnAgencyOnly('budget.estimate.create')).result.current).toBe('SVHTTDL');
    expect(
      renderHook(() => useListAccess('training.course.read', 'training.course.create')).result.current,
    ).toEqual({
      readPermission: 'training.course.read',
      fixedValues: { agencyCode: 'SVHTTDL' },
      canCreate: true,
    });

    act(() => signInAs(ADMIN));
    expect(
      renderHook(() => useListAccess('training.course.read', 'training.course.create')).result.current,
    ).toEqual({
      readPermission: 'training.course.read',
      fixedValues: undefined,
      canCreate: true,
    });
  });
});
