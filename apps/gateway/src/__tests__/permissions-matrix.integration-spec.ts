import { randomUUID } from 'node:crypto';
import {
  ALL_ROUTES,
  type AgencyCode,
  type Caller,
  type HttpRouteContract,
  PERMISSIONS,
  PLAN_RECORD_KINDS,
  PLAN_RECORD_KIND_PERMISSION,
  type PermissionKey,
  authorize,
  pathParamNames,
  routePath,
} from '@ascc/contracts';
import { DEMO_ENV, DEMO_USERS, type Stack, signIn, startStack, waitFor } from '@ascc/testing';

/**
 * Every route × every demo role × the caller's own agency and another one, on real records, with the
 * outcome the permission table says: allowed (the record read, or changed), 403 for a role the table
 * refuses, 404 — word for word the answer for an id of no record — for a stored record of an agency the
 * caller's grant does not reach, 401 without a token; a refused call leaves its record as it was (re-read
 * by the admin). Generated from ALL_ROUTES and PERMISSIONS, so a new route or grant is covered the moment
 * it is added.
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
  // One's own e-mail preferences: apps/gateway/src/mail/__tests__ sets and checks them.
  'updateMailPreferences',
  // The live stream never ends: apps/gateway/src/live/__tests__ checks who receives which event.
  'streamLiveEvents',
]);

const department = (route: HttpRouteContract) => route.permission.split('.')[0];
/** The kind of record a route acts on: `aid.project` for aid projects and their transactions, etc. */
const resource = (route: HttpRouteContract) =>
  route.permission.startsWith('aid.')
    ? route.permission.split('.').slice(0, 2).join('.').replace('aid.report', 'aid.project')
    : department(route);

let serial = 0;
/** Per resource, a record id of each agency (created by the admin). */
const records = new Map<string, string>();
/** The 8-byte PNG signature and a header: enough for the culture service's magic-byte check. */
const TINY_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString(
  'base64',
);
const usedEstimateYears = new Set<string>();
/** One line, so that an estimate can be submitted and a line carry documents. */
const ESTIMATE_LINE = {
  description: 'Khóa bồi dưỡng cấp xã',
  planArea: 'III.8',
  fundingSource: 'PROVINCIAL_BUDGET',
  quantity: 1,
  unitCost: 1_000_000,
};
/** A well-formed id of no record: what another agency's record must be answered as. */
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
        lines: [ESTIMATE_LINE],
      };
    }
    case 'createTrainee':
      return {
        staffCode: `MX-T-${serial}`,
        fullName: `Học viên ${serial}`,
        gender: 'female',
        // Staff of the agency: another agency's editor finds (and enrols) only its own.
        agencyCode: agency,
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
    case 'uploadBudgetLineAttachment':
      return { file: { fileName: 'a.png', contentType: 'image/png', base64: TINY_PNG } };
    case 'createIndicator':
      // The plan's catalogue is province-wide: the agency is only its lead.
      return {
        code: `MX-${serial}`,
        nameVi: `Chỉ tiêu ${serial}`,
        nameEn: `Indicator ${serial}`,
        planArea: 'III.8',
        unit: 'people',
        direction: 'higher',
        targets: [{ year: 2025, value: 100 }],
        leadAgencyCode: agency,
        method: 'computed',
        computation: { metric: 'people-trained' },
        origin: 'derived',
      };
    case 'createActionPlan':
      return {
        agencyCode: agency,
        number: `${serial}/KH`,
        issuedOn: '2017-06-20',
        signer: 'Người ký',
        file: { fileName: 'ke-hoach.png', contentType: 'image/png', base64: TINY_PNG },
      };
    default:
      throw new Error(`no body for ${route.operationId}`);
  }
}

/** The outcome the table gives a caller for a route (under `permission`) and a record of `agency`. */
function expected(
  route: HttpRouteContract,
  user: User | undefined,
  agency: AgencyCode,
  permission: PermissionKey = route.permission,
): Outcome {
  if (PERMISSIONS[route.permission] === 'public') return 'ok';
  if (!user) return 401;
  if (!authorize(route.permission, user as unknown as Caller).allowed) return 403;
  const decision = authorize(permission, user as unknown as Caller);
  if (!decision.allowed) return 403;
  const agencyMatters = !['audit.read', 'identity.user.manage', 'session.self'].includes(permission);
  if (decision.reach === 'all' || !agencyMatters || agency === user.agencyCode) return 'ok';
  // Events' lists by organiser: another organiser's are those the caller's agency co-organises (none
  // here: the fixtures have no co-organisers), answered, not refused — the co-organisers' test reads them.
  if (CO_ORGANISED_LISTS.has(route.operationId)) return 'ok';
  // A stored record the grant does not reach is answered as a missing one; a list or a new record
  // asked for another agency is refused.
  return recordParam(route) ? 404 : 403;
}
type Outcome = 'ok' | 401 | 403 | 404;
const CO_ORGANISED_LISTS = new Set(['listCulturalEvents', 'getCultureCalendar']);

/** The path parameter naming the stored record a route acts on (its agency decides), if any. */
const recordParam = (route: HttpRouteContract) =>
  pathParamNames(route.path).find((p) => p === 'id' || p === 'projectId');

/**
 * Steps whose own precondition the shared fixtures do not always meet: a permitted caller may meet the
 * step's refusal (409/400, nothing written) instead of taking it. Every other permitted call must succeed.
 */
const STEP_ROUTES = new Set([
  // Reviews of what an earlier cell submitted (or did not: the coordinator's agency has no editor).
  'reviewBudgetEstimate',
  'reviewYearlyReport',
  // Finance submits only a consolidated year.
  'updateBudgetConsolidation',
  // Only the first permitted caller freezes the review; later ones meet "already frozen".
  'freezeReview',
  // One action plan per agency: the fixtures' is there, so a permitted caller meets "already recorded".
  'createActionPlan',
  // A course without sessions takes no attendance; a certificate needs a completed course.
  'recordAttendance',
  'getTrainingCertificate',
]);

describe('permission matrix: every route × role × own/other agency', () => {
  let stack: Stack;
  const tokens = new Map<string, string>();
  let someUserId = '';
  const admin = () => tokens.get('admin');

  const call = async (route: HttpRouteContract, message: Record<string, unknown>, token?: string) => {
    const params = Object.fromEntries(pathParamNames(route.path).map((p) => [p, String(message[p])]));
    const rest = Object.fromEntries(Object.entries(message).filter(([k]) => !(k in params)));
    let url = stack.url + routePath(route.path, params);
    const init: RequestInit = {
      method: route.method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
    // A DELETE's parameters travel in its query, as a GET's do.
    if (route.method === 'GET' || route.method === 'DELETE') {
      const query = new URLSearchParams(
        Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]),
      ).toString();
      if (query) url += `?${query}`;
    } else {
      init.headers = { ...init.headers, 'content-type': 'application/json' };
      init.body = JSON.stringify(rest);
    }
    const res = await fetch(url, init);
    // File answers (exports, calendar feeds, attachments) are not JSON: their size stands for them.
    const json = (res.headers.get('content-type') ?? '').includes('json');
    const body = (json ? await res.json() : { bytes: (await res.arrayBuffer()).byteLength }) as Record<
      string,
      unknown
    >;
    // Each answer names its own request's correlation id: not part of what is compared.
    delete body.correlationId;
    return { status: res.status, body };
  };

  const routeOf = (operationId: string) => {
    const route = ALL_ROUTES.find((r) => r.operationId === operationId);
    if (!route) throw new Error(operationId);
    return route;
  };

  /**
   * What the admin reads of the record a route acts on, to tell whether a call changed it: every GET
   * route at or under the record's address (the record, its history, its parts) taking only parameters
   * the call has; for a route on no record, the list at its address (a refused create adds nothing).
   */
  const stateRoutes = (route: HttpRouteContract) => {
    const params = pathParamNames(route.path);
    const first = params[0];
    const base = first ? route.path.slice(0, route.path.indexOf(`:${first}`) + first.length + 1) : route.path;
    return ALL_ROUTES.filter(
      (r) =>
        r.method === 'GET' &&
        (r.path === base || r.path.startsWith(`${base}/`)) &&
        pathParamNames(r.path).every((p) => params.includes(p)),
    );
  };
  const state = async (route: HttpRouteContract, message: Record<string, unknown>) => {
    const reads = await Promise.all(
      stateRoutes(route).map(async (r) => {
        const params = Object.fromEntries(pathParamNames(r.path).map((p) => [p, message[p]]));
        const res = await call(r, params, admin());
        return [r.operationId, [res.status, res.body]] as const;
      }),
    );
    return Object.fromEntries(reads);
  };

  beforeAll(async () => {
    // Twelve sign-ins from one address in a few seconds: raise the per-address limit for this suite.
    stack = await startStack({
      env: { ...DEMO_ENV, LOGIN_RATE_LIMIT_PER_MINUTE: '100', LOG_LEVEL: 'silent' },
    });
    for (const user of Object.values(DEMO_USERS))
      tokens.set(user.username, (await signIn(stack.url, user.username)).accessToken);
    const agencies = new Set<AgencyCode>([
      OTHER,
      ...Object.values(DEMO_USERS).map((u) => u.agencyCode as AgencyCode),
    ]);
    const fixture = async (op: string, message: Record<string, unknown>, key: string) => {
      const res = await call(routeOf(op), message, admin());
      if (res.status >= 300)
        throw new Error(`fixture ${op} ${key}: ${res.status} ${JSON.stringify(res.body)}`);
      records.set(key, String(res.body.id));
      return res.body;
    };
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
      for (const agency of agencies)
        await fixture(op, createBody(route, agency), `${resource(route)}:${agency}`);
    }
    for (const agency of agencies) {
      // A course open for enrolment, and an estimate kept as a draft whose line carries documents.
      const course = records.get(`training:${agency}`);
      await call(routeOf('changeTrainingCourseStatus'), { id: course, version: 1, status: 'open' }, admin());
      // A recorded transaction on each project, so that its list of transactions has one to read.
      await fixture(
        'createAidTransaction',
        createBody(routeOf('createAidTransaction'), agency),
        `aid-transaction:${agency}`,
      );
      const estimate = await fixture(
        'createBudgetEstimate',
        createBody(routeOf('createBudgetEstimate'), agency),
        `budget-documents:${agency}`,
      );
      records.set(`budget-line:${agency}`, String((estimate.lines as { id: string }[])[0].id));
    }
    // Culture: an attachment and two registrations (one to check in, one to cancel) per agency's event.
    for (const agency of agencies) {
      const id = records.get(`culture:${agency}`);
      const upload = routeOf('uploadCulturalEventAttachment');
      await fixture(
        upload.operationId,
        { id, ...createBody(upload, agency) },
        `culture-attachment:${agency}`,
      );
      for (const use of ['check-in', 'cancel', 'update']) {
        const register = routeOf('createCulturalEventRegistration');
        await fixture(
          register.operationId,
          { id, ...createBody(register, agency) },
          `culture-registration-${use}:${agency}`,
        );
      }
    }
    // One indicator of the plan's catalogue to read, edit and read the history of.
    await fixture('createIndicator', createBody(routeOf('createIndicator'), 'SNV'), 'indicator');
    const created = await call(routeOf('createUser'), createBody(routeOf('createUser'), 'SNV'), admin());
    someUserId = String(created.body.id);
    // One trainee of the registry per agency, to read, edit and read the history of.
    for (const agency of agencies)
      await fixture('createTrainee', createBody(routeOf('createTrainee'), agency), `trainee:${agency}`);
  }, 180_000);
  afterAll(() => stack?.stop());

  const shared = new Map<string, Promise<unknown>>();
  /**
   * A part a call acts on (an enrolment, a transaction, a document): a new one for a call expected to
   * succeed (it may use it up), else one kept per key — a refused call leaves it as it was.
   */
  const part = <T>(fresh: boolean, key: string, make: () => Promise<T>): Promise<T> => {
    if (fresh) return make();
    if (!shared.has(key)) shared.set(key, make());
    return shared.get(key) as Promise<T>;
  };

  /** A new trainee enrolled (by the admin) on the agency's open course: its enrolment id. */
  async function freshEnrolment(agency: AgencyCode): Promise<string> {
    const trainee = await call(
      routeOf('createTrainee'),
      createBody(routeOf('createTrainee'), agency),
      admin(),
    );
    const enrolled = await call(
      routeOf('enrolTrainees'),
      { id: records.get(`training:${agency}`), traineeIds: [trainee.body.id] },
      admin(),
    );
    return (enrolled.body.items as { id: string }[])[0].id;
  }

  /**
   * Training routes that act on a course or a trainee: the message of a real course, enrolment or
   * trainee of the agency (new ones where the call would use them up).
   */
  async function trainingMessage(
    route: HttpRouteContract,
    agency: AgencyCode,
    fresh: boolean,
  ): Promise<Record<string, unknown> | undefined> {
    const id = records.get(`training:${agency}`);
    const enrolment = () => part(fresh, `enrolment:${agency}`, () => freshEnrolment(agency));
    switch (route.operationId) {
      case 'updateTrainingCourse':
        return { ...createBody(routeOf('createTrainingCourse'), agency), id, version: 0 };
      case 'changeTrainingCourseStatus': {
        // A planned course of the agency, to open: a new one for a call expected to open it.
        const planned = await part(fresh, `planned-course:${agency}`, () =>
          call(routeOf('createTrainingCourse'), createBody(routeOf('createTrainingCourse'), agency), admin()),
        );
        return { id: planned.body.id, version: 0, status: 'open' };
      }
      case 'enrolTrainees': {
        const trainee = await part(fresh, 'trainee-to-enrol', () =>
          call(routeOf('createTrainee'), createBody(routeOf('createTrainee'), agency), admin()),
        );
        return { id, traineeIds: [trainee.body.id] };
      }
      case 'withdrawEnrolment':
      case 'getTrainingCertificate':
        return { id, enrolmentId: await enrolment() };
      case 'recordAttendance':
        return { id, marks: [{ enrolmentId: await enrolment(), session: 0, mark: 'present' }] };
      case 'recordScores':
        return { id, scores: [{ enrolmentId: await enrolment(), score: 5 }] };
      case 'getTrainee':
      case 'getTraineeHistory':
        return { id: records.get(`trainee:${agency}`) };
      case 'updateTrainee':
        return {
          ...createBody(routeOf('createTrainee'), agency),
          id: records.get(`trainee:${agency}`),
          version: 0,
        };
      case 'importTrainees':
        return { file: { fileName: 'none.csv', contentType: 'text/csv', base64: '' } };
      default:
        return undefined;
    }
  }

  /** The message a route takes for a caller acting on a record of `agency`. */
  async function messageFor(
    route: HttpRouteContract,
    agency: AgencyCode,
    succeeds: boolean,
  ): Promise<Record<string, unknown>> {
    const training = await trainingMessage(route, agency, succeeds);
    if (training) return training;
    if (route.operationId === 'reverseAidTransaction') {
      const projectId = records.get(`aid.project:${agency}`);
      const tx = await part(succeeds, `transaction:${agency}`, () =>
        call(routeOf('createAidTransaction'), createBody(routeOf('createAidTransaction'), agency), admin()),
      );
      return { projectId, transactionId: (tx.body.transaction as { id: string }).id, reason: 'Sai tỷ giá' };
    }
    if (route.method === 'POST' && route.status === 201) {
      const parent = recordParam(route)
        ? { [recordParam(route) as string]: records.get(`${resource(route)}:${agency}`) }
        : {};
      if (route.operationId === 'uploadBudgetLineAttachment')
        return {
          ...createBody(route, agency),
          id: records.get(`budget-documents:${agency}`),
          lineId: records.get(`budget-line:${agency}`),
        };
      return { ...parent, ...createBody(route, agency, succeeds) };
    }
    if (route.operationId === 'updateUser')
      return { id: someUserId, version: 0, displayName: `X ${serial++}` };
    if (route.operationId === 'resetUserPassword')
      return { id: someUserId, password: `Matrix-Reset-2025-long-${serial++}` };
    if (route.method === 'PUT' && route.tag === 'aid') {
      // An edit of the record as it is now (the admin reads it first), with a new title or name.
      const get = ALL_ROUTES.find((r) => r.method === 'GET' && r.path === route.path) as HttpRouteContract;
      const now = await call(get, { id: records.get(`${resource(route)}:${agency}`) }, admin());
      serial += 1;
      const renamed = Object.fromEntries(
        Object.entries(now.body).map(([k, v]) => [
          k,
          ['titleVi', 'nameVi', 'title'].includes(k) ? `${v} ${serial}` : v,
        ]),
      );
      return renamed;
    }
    if (pathParamNames(route.path).includes('projectId'))
      return { projectId: records.get(`aid.project:${agency}`) };
    const estimate = records.get(`budget:${agency}`);
    if (
      route.operationId === 'downloadBudgetLineAttachment' ||
      route.operationId === 'deleteBudgetLineAttachment'
    ) {
      const id = records.get(`budget-documents:${agency}`);
      const lineId = records.get(`budget-line:${agency}`);
      const upload = routeOf('uploadBudgetLineAttachment');
      const added = await part(succeeds, `line-document:${agency}`, () =>
        call(upload, { ...createBody(upload, agency), id, lineId }, admin()),
      );
      return { id, lineId, attachmentId: added.body.id };
    }
    const budgetMessages: Record<string, Record<string, unknown>> = {
      updateBudgetEstimate: {
        id: estimate,
        version: 0,
        titleVi: `Dự toán ${serial++}`,
        lines: [ESTIMATE_LINE],
      },
      submitBudgetEstimate: { id: estimate, version: 0 },
      reviewBudgetEstimate: { id: estimate, version: 0, decision: 'start-review' },
      setBudgetDeadline: { fiscalYear: 2030, deadline: '2029-07-20' },
      getBudgetConsolidation: { fiscalYear: 2030 },
      getBudgetConsolidationHistory: { fiscalYear: 2030 },
      updateBudgetConsolidation: { fiscalYear: 2030, action: 'submit', version: 0 },
      exportBudgetConsolidation: { fiscalYear: 2030, format: 'xlsx' },
    };
    if (route.operationId in budgetMessages) return budgetMessages[route.operationId];
    const indicator = await indicatorMessage(route, agency, succeeds);
    if (indicator) return indicator;
    const actionPlan = await actionPlanMessage(route, agency);
    if (actionPlan) return actionPlan;
    const report = records.get(`reporting:${agency}`);
    const reportMessages: Record<string, Record<string, unknown>> = {
      updateYearlyReport: { id: report, version: 0, narrative: `Kết quả ${serial++}` },
      submitYearlyReport: { id: report, version: 0 },
      reviewYearlyReport: { id: report, version: 0, decision: 'return', comment: 'Bổ sung số liệu' },
    };
    if (route.operationId in reportMessages) return reportMessages[route.operationId];
    if (route.operationId === 'exportReview') {
      // The frozen review, once one is: the admin freezes the mid-term review the first time.
      const reviews = await call(routeOf('listReviews'), {}, admin());
      let id = (reviews.body.items as { id: string }[] | undefined)?.[0]?.id;
      if (!id) id = String((await call(routeOf('freezeReview'), { kind: 'mid-term' }, admin())).body.id);
      return { id, format: 'pdf' };
    }
    // The read model's figures of a plan area: province-wide, the same for every agency.
    if (route.operationId === 'getPlanAreaFigures') return { code: 'III.8' };
    if (pathParamNames(route.path).includes('id')) {
      return { id: route.tag === 'identity' ? someUserId : records.get(`${resource(route)}:${agency}`) };
    }
    if (route.path.endsWith('/audit')) return {};
    // The inbox is the caller's own: no agency to ask for, and no notification of theirs to name.
    if (route.operationId === 'markNotificationRead') return { id: randomUUID() };
    if (route.path.startsWith('/api/notifications')) return {};
    // The global search: what each caller finds is the search's own test (apps/gateway/src/search).
    if (route.operationId === 'searchPlan') return { q: 'kiem thu' };
    return route.tag === 'identity' || route.tag === 'auth' || route.tag === 'system' || route.tag === 'docs'
      ? {}
      : { agencyCode: agency };
  }

  /**
   * The indicators' routes: the catalogue is province-wide (no agency of its own), so own and other
   * agency differ only in the lead agency of a new indicator. A permitted delete removes a new indicator.
   */
  async function indicatorMessage(
    route: HttpRouteContract,
    agency: AgencyCode,
    fresh: boolean,
  ): Promise<Record<string, unknown> | undefined> {
    const id = records.get('indicator');
    switch (route.operationId) {
      case 'listIndicators':
        return { planArea: 'III.8' };
      case 'getIndicatorProgress':
        return { planArea: 'III.8', year: 2025 };
      case 'getIndicator':
      case 'getIndicatorHistory':
        return { id };
      case 'updateIndicator': {
        const now = await call(routeOf('getIndicator'), { id }, admin());
        const { updatedAt, ...fields } = now.body;
        void updatedAt;
        return { ...fields, nameVi: `Chỉ tiêu ${serial++}` };
      }
      case 'deleteIndicator': {
        const made = await part(fresh, 'indicator-to-delete', () =>
          call(routeOf('createIndicator'), createBody(routeOf('createIndicator'), agency), admin()),
        );
        return { id: made.body.id, version: made.body.version };
      }
      default:
        return undefined;
    }
  }

  /**
   * The routes on an agency's action plan (one per agency): the agency's plan as it is now, recorded
   * again by the admin when a permitted delete has removed it.
   */
  async function actionPlanMessage(
    route: HttpRouteContract,
    agency: AgencyCode,
  ): Promise<Record<string, unknown> | undefined> {
    if (
      !['updateActionPlan', 'deleteActionPlan', 'getActionPlanHistory', 'downloadActionPlanFile'].includes(
        route.operationId,
      )
    )
      return undefined;
    const list = await call(routeOf('listActionPlans'), { agencyCode: agency }, admin());
    let plan = (list.body.items as { id: string; version: number }[])[0];
    if (!plan) {
      const made = await call(
        routeOf('createActionPlan'),
        createBody(routeOf('createActionPlan'), agency),
        admin(),
      );
      plan = made.body as { id: string; version: number };
    }
    switch (route.operationId) {
      case 'updateActionPlan':
        return {
          id: plan.id,
          version: plan.version,
          number: `${serial++}/KH`,
          issuedOn: '2017-06-21',
          signer: 'Người ký',
        };
      case 'deleteActionPlan':
        return { id: plan.id, version: plan.version };
      default:
        return { id: plan.id };
    }
  }

  /**
   * What the culture routes that act on a record's state need besides its id: the current version, a
   * status the event can move to, a held event to report, a registration or attachment id, a date range.
   */
  async function cultureMessage(
    route: HttpRouteContract,
    agency: AgencyCode,
    fresh: boolean,
  ): Promise<Record<string, unknown>> {
    if (route.tag !== 'culture') return {};
    const id = records.get(`culture:${agency}`);
    const latest = async (eventId = id) =>
      (await call(routeOf('getCulturalEvent'), { id: eventId }, admin())).body as Record<string, unknown> & {
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
        // A held event of the agency: a new one for a call expected to file its report (filed once).
        const held = await part(fresh, `held-event:${agency}`, async () => {
          const created = await call(
            routeOf('createCulturalEvent'),
            createBody(routeOf('createCulturalEvent'), agency),
            admin(),
          );
          let version = Number(created.body.version);
          for (const step of [{ to: 'confirmed' }, { to: 'held', actualAudience: 10 }]) {
            const moved = await call(
              routeOf('transitionCulturalEvent'),
              { id: created.body.id, version, ...step },
              admin(),
            );
            version = Number(moved.body.version);
          }
          return { id: created.body.id, version };
        });
        return { ...held, attendance: 10, outcomes: 'Kết quả', mediaCoverage: 'Báo' };
      }
      case 'downloadCulturalEventAttachment':
        return { attachmentId: records.get(`culture-attachment:${agency}`) };
      case 'checkInCulturalEventRegistration':
      case 'cancelCulturalEventRegistration': {
        const checkIn = route.operationId === 'checkInCulturalEventRegistration';
        // Participants check in at a confirmed event only: confirm it first when it is planned.
        const event = await latest();
        if (event.status === 'planned') {
          await call(
            routeOf('transitionCulturalEvent'),
            { id, version: event.version, to: 'confirmed' },
            admin(),
          );
        }
        // A new participant for a call expected to check in or cancel (it uses them up), else the fixture's.
        const register = routeOf('createCulturalEventRegistration');
        const registrationId = fresh
          ? (await call(register, { id, ...createBody(register, agency) }, admin())).body.id
          : records.get(`culture-registration-${checkIn ? 'check-in' : 'cancel'}:${agency}`);
        return { registrationId };
      }
      case 'deleteCulturalEventAttachment': {
        // A new document each time: a permitted call deletes it.
        const upload = routeOf('uploadCulturalEventAttachment');
        const added = await part(fresh, `event-document:${agency}`, () =>
          call(upload, { id, ...createBody(upload, agency) }, admin()),
        );
        return { attachmentId: added.body.id };
      }
      case 'updateCulturalEventRegistration': {
        const registrationId = records.get(`culture-registration-update:${agency}`);
        const registrations = await call(routeOf('listCulturalEventRegistrations'), { id }, admin());
        const current = (registrations.body.items as { id: string; version: number }[]).find(
          (r) => r.id === registrationId,
        );
        return {
          registrationId,
          version: current?.version,
          ...createBody(routeOf('createCulturalEventRegistration'), agency),
        };
      }
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

  /** The version the record has now, for an edit that only the permission should decide. */
  const currentVersion = (route: HttpRouteContract, read: Record<string, unknown>) => {
    const param = recordParam(route);
    const get = stateRoutes(route).find(
      (r) => pathParamNames(r.path).length === 1 && r.path.endsWith(`:${param}`),
    );
    const answer = (get ? read[get.operationId] : undefined) as [number, { version?: number }] | undefined;
    return answer?.[1]?.version;
  };

  /**
   * The records behind the figures, for each kind: a caller whose grant on the kind's department reaches
   * every agency lists any agency's; one whose grant reaches their own lists only theirs (asked for
   * another agency: 403); a role that cannot read the department's records, none (403).
   */
  async function planRecordsCell(route: HttpRouteContract, user: User | undefined, agency: AgencyCode) {
    const token = user ? tokens.get(user.username) : undefined;
    for (const kind of PLAN_RECORD_KINDS) {
      const outcome = expected(route, user, agency, PLAN_RECORD_KIND_PERMISSION[kind]);
      const asked = await call(route, { kind, agencyCode: agency, pageSize: 100 }, token);
      const all = await call(route, { kind, pageSize: 100 }, token);
      const agencies = (res: { body: Record<string, unknown> }) =>
        [...new Set((res.body.items as { agencyCode: string }[]).map((i) => i.agencyCode))].sort();
      if (outcome !== 'ok') {
        expect({ kind, status: asked.status }).toEqual({ kind, status: outcome });
        if (
          outcome === 401 ||
          !authorize(PLAN_RECORD_KIND_PERMISSION[kind], user as unknown as Caller).allowed
        )
          expect({ kind, status: all.status }).toEqual({ kind, status: outcome });
        else
          expect({ kind, status: all.status, agencies: agencies(all) }).toEqual({
            kind,
            status: 200,
            agencies: agencies(all).length ? [user?.agencyCode] : [],
          });
        continue;
      }
      expect({ kind, status: asked.status, agencies: agencies(asked).filter((a) => a !== agency) }).toEqual({
        kind,
        status: 200,
        agencies: [],
      });
      const reach = authorize(PLAN_RECORD_KIND_PERMISSION[kind], user as unknown as Caller).reach;
      if (reach !== 'all')
        expect({ kind, agencies: agencies(all).filter((a) => a !== user?.agencyCode) }).toEqual({
          kind,
          agencies: [],
        });
    }
  }

  beforeAll(async () => {
    // The read model holds delegations of several agencies (the fixtures'), so a leak would show.
    await waitFor(
      async () => {
        const res = await call(
          routeOf('listPlanRecords'),
          { kind: 'delegation', agencyCode: OTHER },
          admin(),
        );
        return Number(res.body.total) > 0;
      },
      'the fixtures in the read model',
      30_000,
    );
  }, 60_000);

  it('covers every route of the API, the records behind the figures included', () => {
    const covered = new Set(cases.map((c) => c.route.operationId));
    const uncovered = ALL_ROUTES.filter(
      (r) => !covered.has(r.operationId) && !SESSION_ROUTES.has(r.operationId) && r.tag !== 'docs',
    ).map((r) => r.operationId);
    expect(uncovered).toEqual([]);
    expect(covered.has('listPlanRecords')).toBe(true);
    expect(cases.length).toBe(covered.size * (Object.keys(DEMO_USERS).length + 1) * 2);
  });

  it.each(
    cases.map((c) => [
      `${c.route.method} ${c.route.path} as ${c.user?.username ?? 'anonymous'} on ${c.which} agency`,
      c,
    ]),
  )('%s', async (_, { route, user, which }) => {
    const agency = (which === 'own' && user ? user.agencyCode : OTHER) as AgencyCode;
    if (route.operationId === 'listPlanRecords') return planRecordsCell(route, user, agency);
    const outcome = expected(route, user, agency);
    const token = user ? tokens.get(user.username) : undefined;
    const message = {
      ...(await messageFor(route, agency, outcome === 'ok')),
      ...(await cultureMessage(route, agency, outcome === 'ok')),
    };
    const writes = route.method !== 'GET';
    const before = writes ? await state(route, message) : {};
    if ('version' in message && pathParamNames(route.path).length === 1) {
      const version = currentVersion(route, before);
      if (version !== undefined) message.version = version;
    }
    const res = await call(route, message, token);
    const param = recordParam(route);

    if (outcome === 'ok' && route.operationId === 'markNotificationRead') {
      // Past the permission, a notification not addressed to the caller is a missing one; whose it is,
      // and marking one's own, is the inbox's test (apps/reporting/src/notifications/__tests__).
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      return;
    }
    if (outcome === 'ok' && STEP_ROUTES.has(route.operationId) && [400, 409].includes(res.status)) {
      // The workflow refused the step (a state or a file the step needs): past 401/403/404, nothing written.
      if (writes) expect(await state(route, message)).toEqual(before);
      return;
    }
    if (outcome === 'ok') {
      expect({ status: res.status, body: res.status < 300 ? 'ok' : res.body }).toEqual({
        status: route.status,
        body: 'ok',
      });
      if (writes) {
        // Changed: the record, its history or its parts read differently (a new record: the list).
        const after = await state(route, message);
        if (Object.keys(before).length) expect(after).not.toEqual(before);
      } else if ('bytes' in res.body) {
        expect(Number(res.body.bytes)).toBeGreaterThan(0);
      } else if (!param && message.agencyCode && Array.isArray(res.body.items)) {
        // A list asked for one agency: nothing of another agency in it.
        const others = (res.body.items as { agencyCode?: string | null }[]).filter(
          (i) => i.agencyCode && i.agencyCode !== agency,
        );
        expect(others).toEqual([]);
      } else if (param) {
        // Read: the record itself (or its history) names it, and every read is the admin's view of it.
        if (route.path.endsWith(`:${param}`) || route.path.endsWith('/history'))
          expect(JSON.stringify(res.body)).toContain(String(message[param]));
        expect(res).toEqual(await call(route, message, admin()));
      }
      return;
    }
    expect({ status: res.status, code: res.body.code }).toEqual({
      status: outcome,
      code: { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' }[outcome],
    });
    if (outcome === 404 && param) {
      // Word for word the answer for an id of no record: nothing tells that this one exists.
      const missing = await call(route, { ...message, [param]: NOBODY }, token);
      const id = String(message[param]);
      expect(res).toEqual({
        status: missing.status,
        body: JSON.parse(JSON.stringify(missing.body).split(NOBODY).join(id)),
      });
    }
    // Refused: the record, its history and its parts are as they were.
    if (writes) expect(await state(route, message)).toEqual(before);
  });

  it("lets a Foreign Affairs editor create a course of its own but not change Home Affairs' one by guessing its id", async () => {
    const sngv = tokens.get('sngv.editor');
    const own = await call(
      routeOf('createTrainingCourse'),
      createBody(routeOf('createTrainingCourse'), 'SNGV'),
      sngv,
    );
    expect([own.status, own.body.agencyCode]).toEqual([201, 'SNGV']);
    const forHomeAffairs = await call(
      routeOf('createTrainingCourse'),
      createBody(routeOf('createTrainingCourse'), 'SNV'),
      sngv,
    );
    expect([forHomeAffairs.status, forHomeAffairs.body.code]).toEqual([403, 'FORBIDDEN']);

    const id = records.get('training:SNV');
    const course = await call(routeOf('getTrainingCourse'), { id }, admin());
    const history = await call(routeOf('getTrainingCourseHistory'), { id }, admin());
    const { createdAt, updatedAt, status, ...fields } = course.body;
    void [createdAt, updatedAt, status];
    const res = await call(
      routeOf('updateTrainingCourse'),
      { ...fields, titleVi: 'Đổi bởi người ngoài' },
      sngv,
    );
    // Its grant reaches its own agency's courses: Home Affairs' is answered as a missing one.
    expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    expect(await call(routeOf('getTrainingCourse'), { id }, admin())).toEqual(course);
    expect(await call(routeOf('getTrainingCourseHistory'), { id }, admin())).toEqual(history);
    // Home Affairs keeps its view of every agency's training.
    const seen = await call(routeOf('getTrainingCourse'), { id: own.body.id }, tokens.get('snv.viewer'));
    expect(seen.status).toBe(200);
  });

  it('lets a co-organising agency read the event (list, record, history, calendar) but not change it', async () => {
    const body = { ...createBody(routeOf('createCulturalEvent'), 'SVHTTDL'), coOrganisers: ['SNGV'] };
    const event = await call(routeOf('createCulturalEvent'), body, tokens.get('svhttdl.editor'));
    expect(event.status).toBe(201);
    const id = String(event.body.id);
    for (const username of ['sngv.editor', 'sngv.viewer']) {
      const token = tokens.get(username);
      const read = await call(routeOf('getCulturalEvent'), { id }, token);
      expect([username, read.status, read.body.agencyCode]).toEqual([username, 200, 'SVHTTDL']);
      expect((await call(routeOf('getCulturalEventHistory'), { id }, token)).status).toBe(200);
      const list = await call(routeOf('listCulturalEvents'), { pageSize: 100 }, token);
      const listed = (list.body.items as { id: string; agencyCode: string }[]).map((e) => e.agencyCode);
      expect(list.status).toBe(200);
      expect(listed).toContain('SVHTTDL');
      expect([...new Set(listed)].filter((a) => a !== 'SNGV' && a !== 'SVHTTDL')).toEqual([]);
      const byOrganiser = await call(routeOf('listCulturalEvents'), { agencyCode: 'SVHTTDL' }, token);
      expect((byOrganiser.body.items as { id: string }[]).map((e) => e.id)).toEqual([id]);
      const calendar = await call(
        routeOf('getCultureCalendar'),
        { from: '2025-02-01', to: '2025-02-28' },
        token,
      );
      expect((calendar.body.items as { id: string }[]).map((e) => e.id)).toContain(id);
    }
    // Another agency that does not co-organise it: as if it did not exist.
    expect((await call(routeOf('getCulturalEvent'), { id }, tokens.get('stc.editor'))).status).toBe(404);

    const before = await call(routeOf('getCulturalEvent'), { id }, admin());
    const { createdAt, updatedAt, status, aseanCountryCodes, overlaps, attachments, ...fields } = before.body;
    void [createdAt, updatedAt, status, aseanCountryCodes, overlaps, attachments];
    const edit = await call(
      routeOf('updateCulturalEvent'),
      { ...fields, titleVi: 'Đổi bởi đơn vị phối hợp' },
      tokens.get('sngv.editor'),
    );
    expect([edit.status, edit.body.code]).toEqual([403, 'FORBIDDEN']);
    const move = await call(
      routeOf('transitionCulturalEvent'),
      { id, version: before.body.version, to: 'confirmed' },
      tokens.get('sngv.editor'),
    );
    expect([move.status, move.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(await call(routeOf('getCulturalEvent'), { id }, admin())).toEqual(before);
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
