import { BUDGET_ROUTES, FUNDING_ROUTES, SYSTEM_ROUTES } from '@ascc/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as aid from '../../modules/aid/hooks/use-aid';
import * as ngos from '../../modules/aid/hooks/use-ngos';
import { useAuditSearch } from '../../modules/audit/hooks/use-audit';
import * as budget from '../../modules/budget/hooks/use-budget-estimates';
import * as attachments from '../../modules/budget/hooks/use-line-attachments';
import * as culture from '../../modules/culture/hooks/use-cultural-events';
import { culturalEventKeys } from '../../modules/culture/api/cultural-events.api';
import { reportingKeys, reviewKeys, yearlyReportKeys } from '../../modules/dashboard/api/reporting.api';
import { useYearlyReportHistory } from '../../modules/dashboard/hooks/use-yearly-report-history';
import * as training from '../../modules/training/hooks/use-training-courses';
import * as users from '../../modules/users/hooks/use-users';
import { callRoute } from '../client';
import { routeKey } from '../route-query';

jest.mock('../client', () => ({ ...jest.requireActual('../client'), callRoute: jest.fn() }));
const call = callRoute as jest.MockedFunction<typeof callRoute>;

/** One cached query of every kind the console keeps, by name (keys as the hooks and screens make them). */
const CACHED = {
  estimates: budget.useBudgetEstimates.key({ page: 1 }),
  estimate: budget.useBudgetEstimate.key('E1'),
  versions: budget.useBudgetVersions.key('E1'),
  estimateHistoryE1: budget.useBudgetEstimateHistory.key('E1', 1, 10),
  estimateHistoryE1p2: budget.useBudgetEstimateHistory.key('E1', 2, 10),
  estimateHistoryE2: budget.useBudgetEstimateHistory.key('E2', 1, 10),
  attachmentsE1: attachments.useLineAttachments.key('E1'),
  attachmentsE2: attachments.useLineAttachments.key('E2'),
  consolidation: budget.useConsolidation.key(2025),
  consolidationHistory: budget.useConsolidationHistory.key('2025', 1, 10),
  deadlines: routeKey(BUDGET_ROUTES.deadlineList, {}),
  activities: ['budget', 'activities', 'training-course', 'SNV', '', 'vi'],
  courseFunding: routeKey(FUNDING_ROUTES.trainingCourseFunding, { id: 'C1' }, ['funding']),
  eventFunding: routeKey(FUNDING_ROUTES.culturalEventFunding, { id: 'V1' }, ['funding']),
  courses: training.useTrainingCourses.key({ page: 1 }),
  course: training.useTrainingCourse.key('C1'),
  courseHistory: training.useTrainingCourseHistory.key('C1', 1, 10),
  roster: training.useRoster.key('C1'),
  stats: training.useTrainingStats.key({}),
  trainees: training.useTrainees.key({ page: 1 }),
  trainee: training.useTrainee.key('T1'),
  traineeHistory: training.useTraineeHistory.key('T1', 1, 10),
  ngos: ngos.useNgos.key({ page: 1 }),
  ngo: ngos.useNgo.key('N1'),
  ngoHistory: ngos.useNgoHistory.key('N1', 1, 10),
  projects: aid.useProjects.key({ page: 1 }),
  project: aid.useProject.key('P1'),
  projectHistory: aid.useProjectHistory.key('P1', 1, 10),
  transactions: aid.useTransactions.key('P1'),
  delegations: aid.useDelegations.key({ page: 1 }),
  delegation: aid.useDelegation.key('D1'),
  delegationHistory: aid.useDelegationHistory.key('D1', 1, 10),
  aidReport: aid.useAidReport.key({ groupBy: ['sector'] } as never),
  delegationReport: aid.useDelegationReport.key({} as never),
  events: culture.useCulturalEvents.key({ page: 1 }),
  event: culture.useCulturalEvent.key('V1'),
  eventHistory: culture.useCulturalEventHistory.key('V1', 1, 10),
  eventOptions: culture.useCulturalEventOptions.key('week'),
  registrations: culturalEventKeys.registrations('V1'),
  calendar: culture.useCalendar.key({} as never),
  cultureReport: culture.useCultureReport.key({} as never),
  publicEvents: culture.usePublicEvents.key(),
  users: users.useUsers.key({ page: 1 }),
  userHistory: users.useUserHistory.key('U1', 1, 10),
  yearlyReports: yearlyReportKeys.list({ year: 2025 }),
  yearlyOverview: yearlyReportKeys.overview(2025),
  yearlyReportHistory: useYearlyReportHistory.key('R1', 1, 10),
  reviews: reviewKeys.all,
  dashboard: reportingKeys.dashboard({}),
  health: routeKey(SYSTEM_ROUTES.health, {}),
  audit: routeKey(BUDGET_ROUTES.auditList, {}, ['audit', 'budget']),
};
type Name = keyof typeof CACHED;
/** A command hook, whatever its route's input and output. */
type Command = () => { mutateAsync: (input: never) => Promise<unknown> };

const ESTIMATES: Name[] = [
  'estimates',
  'estimate',
  'versions',
  'estimateHistoryE1',
  'estimateHistoryE1p2',
  'estimateHistoryE2',
  'attachmentsE1',
  'attachmentsE2',
];
const BUDGET: Name[] = [...ESTIMATES, 'consolidation', 'consolidationHistory', 'deadlines', 'activities'];
const COURSES: Name[] = ['courses', 'course', 'courseHistory', 'roster'];
const TRAINEES: Name[] = ['trainees', 'trainee', 'traineeHistory'];
const NGOS: Name[] = ['ngos', 'ngo', 'ngoHistory'];
const PROJECTS: Name[] = ['projects', 'project', 'projectHistory', 'transactions'];
const AID: Name[] = [
  ...NGOS,
  ...PROJECTS,
  'delegations',
  'delegation',
  'delegationHistory',
  'aidReport',
  'delegationReport',
];
const EVENTS: Name[] = [
  'events',
  'event',
  'eventHistory',
  'eventOptions',
  'registrations',
  'calendar',
  'cultureReport',
];
const USERS: Name[] = ['users', 'userHistory'];

/**
 * What each command refreshed before its hooks were declared from the routes (read off the former
 * hand-written `onSuccess`/`onSettled`), and whether it refreshes after a refusal too.
 */
const TABLE: [string, Command, Name[], 'success' | 'settled'][] = [
  ['create estimate', budget.useCreateBudgetEstimate, ESTIMATES, 'success'],
  ['update estimate', budget.useUpdateBudgetEstimate, ESTIMATES, 'settled'],
  ['submit estimate', budget.useSubmitBudgetEstimate, ESTIMATES, 'settled'],
  ['review estimate', budget.useReviewBudgetEstimate, ESTIMATES, 'settled'],
  ['update consolidation', budget.useUpdateConsolidation, BUDGET, 'settled'],
  ['set deadline', budget.useSetBudgetDeadline, BUDGET, 'success'],
  [
    'upload line attachment',
    attachments.useUploadLineAttachment,
    ['attachmentsE1', 'estimateHistoryE1', 'estimateHistoryE1p2'],
    'success',
  ],
  [
    'delete line attachment',
    attachments.useDeleteLineAttachment,
    ['attachmentsE1', 'estimateHistoryE1', 'estimateHistoryE1p2'],
    'success',
  ],
  ['create course', training.useCreateTrainingCourse, COURSES, 'success'],
  ['update course', training.useUpdateTrainingCourse, [...COURSES, 'stats'], 'success'],
  ['change course status', training.useChangeCourseStatus, [...COURSES, 'stats'], 'success'],
  ['enrol', training.useEnrolTrainees, [...COURSES, 'stats'], 'success'],
  ['withdraw', training.useWithdrawEnrolment, [...COURSES, 'stats'], 'success'],
  ['attendance', training.useRecordAttendance, [...COURSES, 'stats'], 'success'],
  ['scores', training.useRecordScores, [...COURSES, 'stats'], 'success'],
  ['create trainee', training.useCreateTrainee, TRAINEES, 'success'],
  ['update trainee', training.useUpdateTrainee, TRAINEES, 'success'],
  ['create NGO', ngos.useCreateNgo, NGOS, 'success'],
  ['update NGO', aid.useUpdateNgo, NGOS, 'success'],
  ['create project', aid.useCreateProject, PROJECTS, 'success'],
  ['update project', aid.useUpdateProject, AID, 'success'],
  ['create transaction', aid.useCreateTransaction, AID, 'success'],
  ['reverse transaction', aid.useReverseTransaction, AID, 'success'],
  ['create delegation', aid.useCreateDelegation, AID, 'success'],
  ['update delegation', aid.useUpdateDelegation, AID, 'success'],
  ['create event', culture.useCreateCulturalEvent, EVENTS, 'success'],
  ['update event', culture.useUpdateCulturalEvent, EVENTS, 'success'],
  ['transition event', culture.useTransitionCulturalEvent, EVENTS, 'success'],
  ['report event', culture.useReportCulturalEvent, EVENTS, 'success'],
  ['upload event attachment', culture.useUploadAttachment, EVENTS, 'success'],
  ['delete event attachment', culture.useDeleteAttachment, EVENTS, 'success'],
  ['create registration', culture.useCreateRegistration, EVENTS, 'success'],
  ['update registration', culture.useUpdateRegistration, EVENTS, 'success'],
  ['check in', culture.useCheckIn, EVENTS, 'success'],
  ['cancel registration', culture.useCancelRegistration, EVENTS, 'success'],
  ['create user', users.useCreateUser, USERS, 'success'],
  ['update user', users.useUpdateUser, USERS, 'success'],
  ['reset password', users.useResetPassword, USERS, 'success'],
];

function cacheWithEverything() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  for (const key of Object.values(CACHED)) queryClient.setQueryData(key, { seeded: true });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const invalidated = () =>
    (Object.keys(CACHED) as Name[])
      .filter((name) => queryClient.getQueryState(CACHED[name])?.isInvalidated)
      .sort();
  return { wrapper, invalidated };
}

async function run(useCommand: Command, input: unknown) {
  const { wrapper, invalidated } = cacheWithEverything();
  const { result } = renderHook(() => useCommand(), { wrapper });
  await act(() => result.current.mutateAsync(input as never).catch(() => undefined));
  return invalidated();
}

const INPUT = { id: 'E1', lineId: 'L1', attachmentId: 'A1' };

describe("each command refreshes exactly the queries it refreshed before (the console's invalidation map)", () => {
  it('keeps every cached query under its own key (no two kinds of query share one)', () => {
    const keys = Object.values(CACHED).map((key) => JSON.stringify(key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(TABLE)('%s', async (_name, useCommand, expected, refreshOn) => {
    call.mockResolvedValue({ committed: true });
    expect(await run(useCommand, INPUT)).toEqual([...expected].sort());

    call.mockRejectedValue(new Error('refused'));
    expect(await run(useCommand, INPUT)).toEqual(refreshOn === 'settled' ? [...expected].sort() : []);
  });

  it('a committed import refreshes the trainee registry; a dry run refreshes nothing', async () => {
    call.mockResolvedValue({ committed: true });
    const committed = await run(training.useImportTrainees, { commit: true });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(committed).toEqual([...TRAINEES].sort());

    call.mockResolvedValue({ committed: false });
    expect(await run(training.useImportTrainees, { commit: false })).toEqual([]);
  });

  it('the funding of a course or an event, the public events and other departments are refreshed by none of them', () => {
    const touched = new Set(TABLE.flatMap(([, , names]) => names));
    for (const name of [
      'courseFunding',
      'eventFunding',
      'publicEvents',
      'health',
      'audit',
      'dashboard',
    ] as Name[])
      expect(touched.has(name)).toBe(false);
  });
});

describe('the hooks query the keys the table seeds', () => {
  it('the audit search and the funding are cached under their own scopes', async () => {
    call.mockResolvedValue({ items: [], total: 0 });
    const queryClient = new QueryClient();
    const local = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    renderHook(() => useAuditSearch({ service: 'budget' }), { wrapper: local });
    renderHook(() => budget.useActivityFunding('course', 'C1'), { wrapper: local });
    renderHook(() => budget.useBudgetDeadlines(), { wrapper: local });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => JSON.stringify(query.queryKey));
    expect(keys).toEqual(
      expect.arrayContaining([
        JSON.stringify(['audit', 'budget', 'searchBudgetAudit', {}]),
        JSON.stringify(CACHED.courseFunding),
        JSON.stringify(CACHED.deadlines),
      ]),
    );
  });
});
