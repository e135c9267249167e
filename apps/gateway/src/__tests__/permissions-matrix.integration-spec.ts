import {
  ALL_ROUTES,
  type AgencyCode,
  type Caller,
  type HttpRouteContract,
  PERMISSIONS,
  authorize,
  pathParamNames,
  routePath,
} from '@ascc/contracts';
import { DEMO_ENV, DEMO_USERS, type Stack, signIn, startStack } from '@ascc/testing';

/**
 * Every route × every demo role × the caller's own agency and another one, with the outcome the
 * permission table says: allowed (2xx), 403, or 401 without a token. Generated from ALL_ROUTES and
 * PERMISSIONS, so a new route or grant is covered the moment it is added.
 */

const OTHER: AgencyCode = 'SYT';
type User = (typeof DEMO_USERS)[keyof typeof DEMO_USERS];

/**
 * Routes whose calls change sessions or one's own second factor rather than records; the sign-in and
 * second-factor tests cover them (their outcome depends on the authenticator's state and a live code).
 */
const SESSION_ROUTES = new Set([
  'login',
  'loginTotp',
  'refreshSession',
  'logout',
  'changePassword',
  'startSecondFactorSetup',
  'confirmSecondFactorSetup',
  'regenerateRecoveryCodes',
]);

const department = (route: HttpRouteContract) => route.permission.split('.')[0];
/** The kind of record a route acts on: `aid.project` for aid projects and their transactions, etc. */
const resource = (route: HttpRouteContract) =>
  route.permission.startsWith('aid.')
    ? route.permission.split('.').slice(0, 2).join('.').replace('aid.report', 'aid.project')
    : department(route);

/** Steps of the budget workflow whose outcome depends on the estimate's state, not only on the caller. */
const WORKFLOW_ROUTES = new Set([
  'updateBudgetEstimate',
  'submitBudgetEstimate',
  'reviewBudgetEstimate',
  'updateBudgetConsolidation',
  'updateYearlyReport',
  'submitYearlyReport',
  'reviewYearlyReport',
  // Only the first permitted caller freezes the review; later ones meet "already frozen" (409).
  'freezeReview',
]);

let serial = 0;
/** The record an aid edit route is called with, as the admin read it just before. */
const current = new Map<string, Record<string, unknown>>();
/** Per resource, a record id of each agency (created by the admin). */
const records = new Map<string, string>();
/** The 8-byte PNG signature and a header: enough for the culture service's magic-byte check. */
const TINY_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString(
  'base64',
);
const usedEstimateYears = new Set<string>();
/** A well-formed id of no record: a route that acts on a part of a record meets the service's 404. */
const NOBODY = '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69';

/** A valid body for a create route, owned by `agency`. */
/** `succeeds`: whether the call is expected to create it (a refused one reserves no fiscal year). */
function createBody(route: HttpRouteContract, agency: AgencyCode, succeeds = true): Record<string, unknown> {
  serial += 1;
  switch (route.operationId) {
    case 'createTrainingCourse':
      return {
        code: `MX-${serial}`,
        titleVi: 'Khóa kiểm thử phân quyền',
        titleEn: 'Permission test course',
        topic: 'it',
        targetLevel: 'province',
        agencyCode: agency,
        startDate: '2025-01-06',
        endDate: '2025-01-07',
        capacity: 10,
        costEstimate: 1_000_000,
      };
    case 'freezeReview':
      return { kind: 'mid-term' };
    case 'createYearlyReport':
      // A year and area no earlier call used for this agency (one report per agency × year × area).
      return {
        agencyCode: agency,
        year: 2030 + (serial % 60),
        planArea: `III.${1 + (Math.floor(serial / 60) % 12)}`,
      };
    case 'createNgo':
      return {
        nameOriginal: `NGO ${serial}`,
        nameVi: `Tổ chức ${serial}`,
        countryCode: 'JP',
        kind: 'foundation',
        agencyCode: agency,
      };
    case 'createAidProject':
      return {
        code: `MX-${serial}`,
        titleVi: `Dự án ${serial}`,
        titleEn: `Project ${serial}`,
        agencyCode: agency,
        participants: [{ role: 'funding', name: 'Donor' }],
        sectors: [{ code: '11220', percentage: 100 }],
        locations: [{ districtCode: 'H-TIENHAI', percentage: 100 }],
      };
    case 'createAidTransaction':
      return {
        projectId: records.get(`aid.project:${agency}`),
        type: 'commitment',
        date: '2025-01-01',
        amount: '1000',
        currency: 'VND',
      };
    case 'createDelegation':
      return {
        title: `Đoàn ${serial}`,
        direction: 'inbound',
        purpose: 'aid',
        countryCodes: ['KR'],
        headName: 'Kim',
        size: 2,
        startDate: '2025-03-01',
        endDate: '2025-03-02',
        agencyCode: agency,
      };
    case 'createCulturalEvent':
      return {
        titleVi: `Sự kiện ${serial}`,
        titleEn: `Event ${serial}`,
        type: 'exhibition',
        agencyCode: agency,
        venue: 'Thái Bình',
        startDate: '2025-02-01',
        endDate: '2025-02-02',
        costEstimate: 0,
        takesRegistrations: true,
      };
    case 'createBudgetEstimate': {
      let year = 2017;
      while (usedEstimateYears.has(`${agency}:${year}`)) year += 1;
      if (succeeds) usedEstimateYears.add(`${agency}:${year}`);
      return {
        agencyCode: agency,
        fiscalYear: year,
        titleVi: `Dự toán ${serial}`,
        lines: [],
      };
    }
    case 'createTrainee':
      return {
        staffCode: `MX-T-${serial}`,
        fullName: `Học viên ${serial}`,
        gender: 'female',
        districtCode: 'H-VUTHU',
        commune: 'Xã Tân Lập',
        level: 'commune',
        group: 'civil-servant',
      };
    case 'createUser':
      return {
        username: `mx.user${serial}`,
        displayName: `Người dùng ${serial}`,
        agencyCode: agency,
        roles: ['viewer'],
        password: 'Matrix-Pass-2025-long',
      };
    case 'uploadCulturalEventAttachment':
      return { file: { fileName: 'a.png', contentType: 'image/png', base64: TINY_PNG } };
    case 'createCulturalEventRegistration':
      return { name: `Participant ${serial}`, countryCode: 'LA', contact: 'p@example.org' };
    // Parts of a record that does not exist: past the permission and agency checks, the service's 404.
    case 'reverseAidTransaction':
      return { projectId: records.get(`aid.project:${agency}`), transactionId: NOBODY, reason: 'Sai tỷ giá' };
    case 'uploadBudgetLineAttachment':
      return { lineId: NOBODY, file: { fileName: 'a.png', contentType: 'image/png', base64: TINY_PNG } };
    default:
      throw new Error(`no body for ${route.operationId}`);
  }
}

/** The outcome the table gives a caller for a route and a record of `agency`. */
function expected(route: HttpRouteContract, user: User | undefined, agency: AgencyCode): 'ok' | 401 | 403 {
  if (PERMISSIONS[route.permission] === 'public') return 'ok';
  if (!user) return 401;
  const decision = authorize(route.permission, user as unknown as Caller);
  if (!decision.allowed) return 403;
  const agencyMatters = !['audit.read', 'identity.user.manage', 'session.self'].includes(route.permission);
  return decision.reach === 'all' || !agencyMatters || agency === user.agencyCode ? 'ok' : 403;
}

describe('permission matrix: every route × role × own/other agency', () => {
  let stack: Stack;
  const tokens = new Map<string, string>();
  let someUserId = '';

  const call = async (route: HttpRouteContract, message: Record<string, unknown>, token?: string) => {
    const params = Object.fromEntries(pathParamNames(route.path).map((p) => [p, String(message[p])]));
    const rest = Object.fromEntries(Object.entries(message).filter(([k]) => !(k in params)));
    let url = stack.url + routePath(route.path, params);
    const init: RequestInit = {
      method: route.method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
    if (route.method === 'GET') {
      const query = new URLSearchParams(
        Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]),
      ).toString();
      if (query) url += `?${query}`;
    } else {
      init.headers = { ...init.headers, 'content-type': 'application/json' };
      init.body = JSON.stringify(rest);
    }
    const res = await fetch(url, init);
    // File answers (exports, calendar feeds, attachments) are not JSON.
    const json = (res.headers.get('content-type') ?? '').includes('json');
    return { status: res.status, body: (json ? await res.json() : {}) as Record<string, unknown> };
  };

  const routeOf = (operationId: string) => {
    const route = ALL_ROUTES.find((r) => r.operationId === operationId);
    if (!route) throw new Error(operationId);
    return route;
  };

  beforeAll(async () => {
    // Twelve sign-ins from one address in a few seconds: raise the per-address limit for this suite.
    stack = await startStack({
      env: { ...DEMO_ENV, LOGIN_RATE_LIMIT_PER_MINUTE: '100', LOG_LEVEL: 'silent' },
    });
    for (const user of Object.values(DEMO_USERS))
      tokens.set(user.username, (await signIn(stack.url, user.username)).accessToken);
    const admin = tokens.get('admin');
    const agencies = new Set<AgencyCode>([
      OTHER,
      ...Object.values(DEMO_USERS).map((u) => u.agencyCode as AgencyCode),
    ]);
    for (const op of [
      'createTrainingCourse',
      'createNgo',
      'createAidProject',
      'createDelegation',
      'createCulturalEvent',
      'createBudgetEstimate',
      'createYearlyReport',
    ]) {
      const route = routeOf(op);
      for (const agency of agencies) {
        const res = await call(route, createBody(route, agency), admin);
        if (res.status !== 201)
          throw new Error(`fixture ${op} for ${agency}: ${res.status} ${JSON.stringify(res.body)}`);
        records.set(`${resource(route)}:${agency}`, String(res.body.id));
      }
    }
    // Culture: an attachment and two registrations (one to check in, one to cancel) per agency's event.
    for (const agency of agencies) {
      const id = records.get(`culture:${agency}`);
      const attachment = await call(
        routeOf('uploadCulturalEventAttachment'),
        { id, ...createBody(routeOf('uploadCulturalEventAttachment'), agency) },
        admin,
      );
      records.set(`culture-attachment:${agency}`, String(attachment.body.id));
      for (const use of ['check-in', 'cancel']) {
        const registration = await call(
          routeOf('createCulturalEventRegistration'),
          { id, ...createBody(routeOf('createCulturalEventRegistration'), agency) },
          admin,
        );
        records.set(`culture-registration-${use}:${agency}`, String(registration.body.id));
      }
    }
    const created = await call(routeOf('createUser'), createBody(routeOf('createUser'), 'SNV'), admin);
    someUserId = String(created.body.id);
    // One trainee of the registry (province-wide: no agency of its own), to edit and read the history of.
    const trainee = await call(routeOf('createTrainee'), createBody(routeOf('createTrainee'), 'SNV'), admin);
    records.set('trainee', String(trainee.body.id));
  }, 120_000);
  afterAll(() => stack?.stop());

  /**
   * Training routes that act on a course need a well-formed message to reach the service's agency
   * check; past it, a permitted caller meets the record's own rules (a stale version 409, an unknown
   * enrolment 404), which is still "allowed" here.
   */
  function trainingMessage(
    route: HttpRouteContract,
    agency: AgencyCode,
  ): Record<string, unknown> | undefined {
    const id = records.get(`training:${agency}`);
    const nobody = NOBODY;
    switch (route.operationId) {
      case 'updateTrainingCourse':
        return { ...createBody(routeOf('createTrainingCourse'), agency), id, version: 999 };
      case 'changeTrainingCourseStatus':
        return { id, version: 999, status: 'open' };
      case 'enrolTrainees':
        return { id, traineeIds: [nobody] };
      case 'withdrawEnrolment':
      case 'getTrainingCertificate':
        return { id, enrolmentId: nobody };
      case 'recordAttendance':
        return { id, marks: [{ enrolmentId: nobody, session: 0, mark: 'present' }] };
      case 'recordScores':
        return { id, scores: [{ enrolmentId: nobody, score: 5 }] };
      // The registry's trainee: its history, and an edit on a stale version (409 once permitted).
      case 'getTraineeHistory':
        return { id: records.get('trainee') };
      case 'updateTrainee':
        return { ...createBody(routeOf('createTrainee'), agency), id: records.get('trainee'), version: 999 };
      case 'importTrainees':
        return { file: { fileName: 'none.csv', contentType: 'text/csv', base64: '' } };
      default:
        return undefined;
    }
  }
  const PERMITTED_BY_RULES = new Set([
    'updateTrainingCourse',
    'changeTrainingCourseStatus',
    'enrolTrainees',
    'withdrawEnrolment',
    'getTrainingCertificate',
    'recordAttendance',
    'recordScores',
    'getTrainee',
    'updateTrainee',
    // A review that does not exist: past the permission check, the service's 404.
    'exportReview',
    // A transaction, line, attachment or registration that does not exist, of the agency's record.
    'reverseAidTransaction',
    'uploadBudgetLineAttachment',
    'downloadBudgetLineAttachment',
    'deleteBudgetLineAttachment',
    'deleteCulturalEventAttachment',
    'updateCulturalEventRegistration',
  ]);

  /** The message a route takes for a caller acting on a record of `agency`. */
  function messageFor(
    route: HttpRouteContract,
    agency: AgencyCode,
    succeeds: boolean,
  ): Record<string, unknown> {
    if (route.method === 'POST' && route.status === 201) {
      const parent = pathParamNames(route.path).includes('id')
        ? { id: records.get(`${resource(route)}:${agency}`) }
        : {};
      return { ...parent, ...createBody(route, agency, succeeds) };
    }
    const training = trainingMessage(route, agency);
    if (training) return training;
    if (route.operationId === 'updateUser') return { id: someUserId, version: 1, displayName: 'X' };
    if (route.method === 'PUT' && route.tag === 'aid') {
      // An edit of the record as it is now: the admin reads it first, so only the permission decides.
      return { ...current.get(`${resource(route)}:${agency}`) };
    }
    if (pathParamNames(route.path).includes('projectId'))
      return { projectId: records.get(`aid.project:${agency}`) };
    const estimate = records.get(`budget:${agency}`);
    const budgetMessages: Record<string, Record<string, unknown>> = {
      updateBudgetEstimate: { id: estimate, version: 1, titleVi: 'Dự toán', lines: [] },
      submitBudgetEstimate: { id: estimate, version: 1 },
      reviewBudgetEstimate: { id: estimate, version: 1, decision: 'start-review' },
      setBudgetDeadline: { fiscalYear: 2030, deadline: '2029-07-20' },
      getBudgetConsolidation: { fiscalYear: 2030 },
      getBudgetConsolidationHistory: { fiscalYear: 2030 },
      updateBudgetConsolidation: { fiscalYear: 2030, action: 'submit', version: 0 },
      exportBudgetConsolidation: { fiscalYear: 2030, format: 'xlsx' },
      downloadBudgetLineAttachment: { id: estimate, lineId: NOBODY, attachmentId: NOBODY },
      deleteBudgetLineAttachment: { id: estimate, lineId: NOBODY, attachmentId: NOBODY },
    };
    if (route.operationId in budgetMessages) return budgetMessages[route.operationId];
    const report = records.get(`reporting:${agency}`);
    const reportMessages: Record<string, Record<string, unknown>> = {
      updateYearlyReport: { id: report, version: 1, narrative: 'Kết quả' },
      submitYearlyReport: { id: report, version: 1 },
      reviewYearlyReport: { id: report, version: 1, decision: 'return', comment: 'Bổ sung số liệu' },
      exportReview: { id: '00000000-0000-4000-8000-000000000000', format: 'pdf' },
    };
    if (route.operationId in reportMessages) return reportMessages[route.operationId];
    // The read model's figures of a plan area: province-wide, the same for every agency.
    if (route.operationId === 'getPlanAreaFigures') return { code: 'III.8' };
    // The records behind a figure: the read model's, province-wide, listed for every signed-in role.
    if (route.operationId === 'listPlanRecords') return { kind: 'course', agencyCode: agency };
    if (route.operationId === 'resetUserPassword')
      return { id: someUserId, password: 'Matrix-Reset-2025-long' };
    if (pathParamNames(route.path).includes('id')) {
      return { id: route.tag === 'identity' ? someUserId : records.get(`${resource(route)}:${agency}`) };
    }
    if (route.path.endsWith('/audit')) return {};
    return route.tag === 'identity' || route.tag === 'auth' || route.tag === 'system' || route.tag === 'docs'
      ? {}
      : { agencyCode: agency };
  }

  /**
   * What the culture routes that act on a record's state need besides its id: the current version, a
   * status the event can move to, a held event to report, a registration or attachment id, a date range.
   */
  async function cultureMessage(
    route: HttpRouteContract,
    agency: AgencyCode,
  ): Promise<Record<string, unknown>> {
    if (route.tag !== 'culture') return {};
    const admin = tokens.get('admin');
    const id = records.get(`culture:${agency}`);
    const latest = async (eventId = id) =>
      (await call(routeOf('getCulturalEvent'), { id: eventId }, admin)).body as Record<string, unknown> & {
        version: number;
        status: string;
      };
    switch (route.operationId) {
      case 'updateCulturalEvent': {
        const { createdAt, updatedAt, status, aseanCountryCodes, overlaps, attachments, ...fields } =
          await latest();
        void [createdAt, updatedAt, status, aseanCountryCodes, overlaps, attachments];
        return fields;
      }
      case 'transitionCulturalEvent': {
        const event = await latest();
        return { version: event.version, to: event.status === 'planned' ? 'confirmed' : 'planned' };
      }
      case 'reportCulturalEvent': {
        // A fresh held event each time: a report is filed once.
        const created = await call(
          routeOf('createCulturalEvent'),
          createBody(routeOf('createCulturalEvent'), agency),
          admin,
        );
        let version = Number(created.body.version);
        for (const step of [{ to: 'confirmed' }, { to: 'held', actualAudience: 10 }]) {
          const moved = await call(
            routeOf('transitionCulturalEvent'),
            { id: created.body.id, version, ...step },
            admin,
          );
          version = Number(moved.body.version);
        }
        return { id: created.body.id, version, attendance: 10, outcomes: 'Kết quả', mediaCoverage: 'Báo' };
      }
      case 'downloadCulturalEventAttachment':
        return { attachmentId: records.get(`culture-attachment:${agency}`) };
      case 'checkInCulturalEventRegistration': {
        // Participants check in at a confirmed event only: confirm it first when it is planned.
        const event = await latest();
        if (event.status === 'planned') {
          await call(
            routeOf('transitionCulturalEvent'),
            { id, version: event.version, to: 'confirmed' },
            admin,
          );
        }
        return { registrationId: records.get(`culture-registration-check-in:${agency}`) };
      }
      case 'cancelCulturalEventRegistration':
        return { registrationId: records.get(`culture-registration-cancel:${agency}`) };
      case 'deleteCulturalEventAttachment':
        return { attachmentId: NOBODY };
      case 'updateCulturalEventRegistration':
        return {
          registrationId: NOBODY,
          version: 1,
          ...createBody(routeOf('createCulturalEventRegistration'), agency),
        };
      case 'getCultureCalendar':
        return { from: '2025-02-01', to: '2025-02-28' };
      default:
        return {};
    }
  }

  const cases = ALL_ROUTES.filter((r) => !SESSION_ROUTES.has(r.operationId) && r.tag !== 'docs').flatMap(
    (route) =>
      [undefined, ...Object.values(DEMO_USERS)].flatMap((user) =>
        (['own', 'other'] as const).map((which) => ({ route, user, which })),
      ),
  );

  it.each(
    cases.map((c) => [
      `${c.route.method} ${c.route.path} as ${c.user?.username ?? 'anonymous'} on ${c.which} agency`,
      c,
    ]),
  )('%s', async (_, { route, user, which }) => {
    const agency = (which === 'own' && user ? user.agencyCode : OTHER) as AgencyCode;
    // Changes to the shared user fixture are left to the admin's own run of the sign-in tests.
    if (
      user?.username === 'admin' &&
      (route.operationId === 'updateUser' || route.operationId === 'resetUserPassword')
    )
      return;
    const outcome = expected(route, user, agency);
    if (route.method === 'PUT' && route.tag === 'aid') {
      const get = ALL_ROUTES.find((r) => r.method === 'GET' && r.path === route.path) as HttpRouteContract;
      const now = await call(get, { id: records.get(`${resource(route)}:${agency}`) }, tokens.get('admin'));
      current.set(`${resource(route)}:${agency}`, now.body);
    }
    const res = await call(
      route,
      { ...messageFor(route, agency, outcome === 'ok'), ...(await cultureMessage(route, agency)) },
      user ? tokens.get(user.username) : undefined,
    );
    if (outcome === 'ok' && PERMITTED_BY_RULES.has(route.operationId)) {
      // Past the permission checks: a 2xx, or the service's own 404/409, or its 400 about the record
      // (never the gateway's 400 about the message's shape).
      const fieldCode = (res.body.fields as { code?: string }[] | undefined)?.[0]?.code;
      expect({
        status: res.status,
        permitted:
          res.status < 300 ||
          res.status === 404 ||
          res.status === 409 ||
          ['not_found', 'not_enrolled'].includes(fieldCode ?? ''),
      }).toEqual({ status: res.status, permitted: true });
    } else if (outcome === 'ok' && WORKFLOW_ROUTES.has(route.operationId)) {
      // The workflow may refuse the step (409, or 400 for an estimate without lines): the permission
      // table's part is that the caller got past 401/403.
      expect([400, 409, route.status]).toContain(res.status);
    } else if (outcome === 'ok') {
      expect({ status: res.status, body: res.status < 300 ? 'ok' : res.body }).toEqual({
        status: route.status,
        body: 'ok',
      });
    } else {
      expect(res.status).toBe(outcome);
      expect(res.body.code).toBe(outcome === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it('refuses a Culture editor changing a Home Affairs course by guessing its id', async () => {
    const res = await call(
      routeOf('getTrainingCourse'),
      { id: records.get('training:SNV') },
      tokens.get('svhttdl.editor'),
    );
    expect(res.status).toBe(403);
  });

  it("lets a Finance reviewer read every agency's budget estimates but create none for another agency", async () => {
    const list = await call(routeOf('listBudgetEstimates'), {}, tokens.get('stc.reviewer'));
    expect(list.status).toBe(200);
    expect(Number(list.body.total)).toBeGreaterThanOrEqual(8);
    const create = await call(
      routeOf('createBudgetEstimate'),
      createBody(routeOf('createBudgetEstimate'), 'SNV'),
      tokens.get('stc.reviewer'),
    );
    expect(create.status).toBe(403);
  });
});
