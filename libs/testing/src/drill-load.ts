import type {
  ActivityFunding,
  BudgetEstimate,
  Dashboard,
  Enrolment,
  TrainingCourse,
  Trainee,
} from '@ascc/contracts';
import { DEMO_USERS, signIn } from './sign-in';
import { type Mismatch, readModelCaughtUp, reconciliationMismatches } from './reconciliation';

/**
 * The steady mixed load of the failure drills (`npm run drill` and the drills' integration tests), sent
 * through the gateway as the departments' users would: each worker creates a course, edits it, opens it,
 * registers a trainee and enrols them, and every few rounds the admin drafts and submits a budget estimate
 * (for Home Affairs, its line funding the worker's course) that Finance's reviewer approves — which emits
 * `budget.estimate.approved` (to the read model) and `budget.line.funded` (to the training service). A
 * 503 is retried as a client would (an estimate's submission under its idempotency key); a write that
 * got a 2xx goes in the ledger, which `verify` checks against what the product holds afterwards.
 */
export interface DrillLoadOptions {
  workers?: number;
  /** Pause between one worker's requests (ms), to keep the load steady rather than flat out. */
  pauseMs?: number;
  /** A run's prefix for codes, unique per run on one database. */
  run?: string;
}

/** What happened to the load in one phase of a drill. */
export interface PhaseFigures {
  /** Answers by HTTP status ('network' for no answer at all). */
  statuses: Record<string, number>;
  /** Writes answered 2xx. */
  acknowledged: number;
  /** Answers outside 2xx, 4xx and 503 (each with its request). */
  unexpected: string[];
  /** The first 4xx and 503 answers (each with its request), to tell a refusal the load expects from one it does not. */
  refused: string[];
}

export interface DrillVerdict {
  /** Acknowledged writes (course, trainee, edit, enrolment, approval) not found afterwards. */
  lost: string[];
  /** Records or effects found more than once (a code twice, an enrolment twice, a line funded twice). */
  doubled: string[];
  /** Read model against departments (reconciliationMismatches). */
  mismatches: Mismatch[];
  counts: { courses: number; trainees: number; edits: number; enrolments: number; approvals: number };
}

interface CourseState {
  id: string;
  code: string;
  version: number;
  /** The title of the last acknowledged edit, and whether an edit after it went unanswered. */
  title: string;
  uncertain: boolean;
  open: boolean;
}

interface Approval {
  estimateId: string;
  agencyCode: string;
  fiscalYear: number;
  courseId?: string;
  amount: number;
  /** Finance's approval got a 2xx (else it may or may not have happened). */
  acknowledged: boolean;
}

const AGENCIES = ['SNV', 'SNGV', 'SVHTTDL', 'STC', 'SLDTBXH', 'VPUBND'];
const YEARS = Array.from({ length: 14 }, (_, i) => 2017 + i);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DrillLoad {
  private readonly tokens: Record<string, string> = {};
  private readonly courses = new Map<string, CourseState>();
  private readonly trainees = new Map<string, string>();
  private readonly enrolments: { courseId: string; traineeId: string }[] = [];
  private readonly approvals: Approval[] = [];
  private readonly slots = AGENCIES.flatMap((agencyCode) =>
    YEARS.map((fiscalYear) => ({ agencyCode, fiscalYear })),
  );
  private edits = 0;
  /** Each worker's next round, kept across phases so that codes never repeat. */
  private readonly rounds = new Map<number, number>();
  private phases = new Map<string, PhaseFigures>();
  private current: PhaseFigures;
  private running = false;
  private workers: Promise<void>[] = [];
  private readonly run: string;

  private constructor(
    private readonly url: string,
    private readonly options: DrillLoadOptions,
  ) {
    this.run = options.run ?? `D${Date.now().toString(36).toUpperCase()}`;
    this.current = this.phase('warm-up');
  }

  /** Signs in the users the load acts as. */
  static async prepare(url: string, options: DrillLoadOptions = {}): Promise<DrillLoad> {
    const load = new DrillLoad(url, options);
    for (const user of [
      DEMO_USERS.snvEditor.username,
      DEMO_USERS.admin.username,
      DEMO_USERS.financeReviewer.username,
      DEMO_USERS.coordinator.username,
    ])
      load.tokens[user] = (await signIn(url, user)).accessToken;
    return load;
  }

  /** Starts counting answers under `name` (returned figures keep filling while it is current). */
  phase(name: string): PhaseFigures {
    const figures: PhaseFigures = { statuses: {}, acknowledged: 0, unexpected: [], refused: [] };
    this.phases.set(name, figures);
    this.current = figures;
    return figures;
  }

  figures(): Record<string, PhaseFigures> {
    return Object.fromEntries(this.phases);
  }

  start(): void {
    this.running = true;
    this.workers = Array.from({ length: this.options.workers ?? 3 }, (_, w) => this.worker(w));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  /** Resolves once a write of the load is acknowledged after this call (the product serves again). */
  async nextAcknowledged(timeoutMs = 60_000): Promise<void> {
    const figures = this.current;
    const before = figures.acknowledged;
    const deadline = Date.now() + timeoutMs;
    while (figures.acknowledged === before) {
      if (Date.now() > deadline) throw new Error(`no write acknowledged within ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  /** One HTTP request, its answer counted in the current phase. */
  private async call<T>(
    user: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T }> {
    const figures = this.current;
    let status: number | 'network';
    let json: unknown;
    try {
      const res = await fetch(`${this.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.tokens[user]}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      json = await res.json().catch(() => undefined);
    } catch (error) {
      status = 'network';
      json = { message: (error as Error).message };
    }
    figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
    const ok = typeof status === 'number' && status < 300;
    if (ok && method !== 'GET') figures.acknowledged++;
    const line = () => `${method} ${path} → ${status} ${JSON.stringify(json).slice(0, 300)}`;
    if (typeof status === 'number' && status >= 400 && figures.refused.length < 20)
      figures.refused.push(line());
    if (!ok && !(typeof status === 'number' && ((status >= 400 && status < 500) || status === 503)))
      figures.unexpected.push(line());
    return { status: status === 'network' ? 0 : status, body: json as T };
  }

  /** A write retried while the answer is 503 or none (up to `tries`): what a patient client does. */
  private async retried<T>(tries: number, send: () => Promise<{ status: number; body: T }>) {
    let answer = await send();
    for (let i = 1; i < tries && (answer.status === 503 || answer.status === 0) && this.running; i++) {
      await sleep(250);
      answer = await send();
    }
    return answer;
  }

  private async worker(w: number): Promise<void> {
    const editor = DEMO_USERS.snvEditor.username;
    for (let round = this.rounds.get(w) ?? 0; this.running; round++) {
      this.rounds.set(w, round + 1);
      const pause = () => sleep(this.options.pauseMs ?? 20);
      const code = `${this.run}-${w}-${round}`;
      const created = await this.call<TrainingCourse>(editor, 'POST', '/api/training/courses', {
        code,
        titleVi: `Khóa diễn tập ${code}`,
        titleEn: `Drill course ${code}`,
        topic: 'it',
        targetLevel: 'district',
        agencyCode: 'SNV',
        startDate: '2030-03-04',
        endDate: '2030-03-08',
        capacity: 50,
        costEstimate: 10_000_000,
      });
      if (created.status !== 201) {
        await pause();
        continue;
      }
      const course: CourseState = {
        id: created.body.id,
        code,
        version: created.body.version,
        title: created.body.titleVi,
        uncertain: false,
        open: false,
      };
      this.courses.set(course.id, course);
      await pause();
      await this.edit(course, `Khóa diễn tập ${code} (sửa)`);
      await pause();
      await this.openCourse(course);
      await pause();
      const trainee = await this.call<Trainee & { id: string }>(editor, 'POST', '/api/training/trainees', {
        staffCode: `${code}-T`,
        fullName: `Học viên ${code}`,
        gender: round % 2 ? 'female' : 'male',
        agencyCode: 'SNV',
        level: 'district',
        group: 'civil-servant',
      });
      if (trainee.status === 201) {
        this.trainees.set(trainee.body.id, `${code}-T`);
        if (course.open) {
          const enrolled = await this.call(editor, 'POST', `/api/training/courses/${course.id}/enrolments`, {
            id: course.id,
            traineeIds: [trainee.body.id],
          });
          if (enrolled.status === 200 || enrolled.status === 201)
            this.enrolments.push({ courseId: course.id, traineeId: trainee.body.id });
        }
      }
      await pause();
      if (round % 3 === w % 3) await this.approve(course);
    }
  }

  private async edit(course: CourseState, title: string): Promise<void> {
    const editor = DEMO_USERS.snvEditor.username;
    const current = await this.call<TrainingCourse>(editor, 'GET', `/api/training/courses/${course.id}`);
    if (current.status !== 200) return;
    const { id, version, ...rest } = current.body;
    const fields = {
      code: rest.code,
      titleVi: title,
      titleEn: rest.titleEn,
      topic: rest.topic,
      targetLevel: rest.targetLevel,
      agencyCode: rest.agencyCode,
      startDate: rest.startDate,
      endDate: rest.endDate,
      capacity: rest.capacity,
      costEstimate: rest.costEstimate,
    };
    const edited = await this.call<TrainingCourse>(editor, 'PUT', `/api/training/courses/${id}`, {
      ...fields,
      id,
      version,
    });
    if (edited.status === 200) {
      this.edits++;
      Object.assign(course, { version: edited.body.version, title, uncertain: false });
    } else if (edited.status === 503 || edited.status === 0) course.uncertain = true;
  }

  private async openCourse(course: CourseState): Promise<void> {
    const editor = DEMO_USERS.snvEditor.username;
    const current = await this.call<TrainingCourse>(editor, 'GET', `/api/training/courses/${course.id}`);
    if (current.status !== 200) return;
    if (current.body.status === 'open') {
      course.open = true;
      return;
    }
    const opened = await this.call<TrainingCourse>(
      editor,
      'POST',
      `/api/training/courses/${course.id}/status`,
      {
        id: course.id,
        version: current.body.version,
        status: 'open',
      },
    );
    course.open = opened.status === 200;
  }

  /** Drafts, submits and approves one estimate (the admin, then Finance's reviewer). */
  private async approve(course: CourseState): Promise<void> {
    const slot = this.slots.shift();
    if (!slot) return;
    const admin = DEMO_USERS.admin.username;
    const linked = slot.agencyCode === 'SNV';
    const amount = 1_000_000 * (this.approvals.length + 1) + 7;
    const draft = await this.call<BudgetEstimate>(admin, 'POST', '/api/budget/estimates', {
      agencyCode: slot.agencyCode,
      fiscalYear: slot.fiscalYear,
      titleVi: `Dự toán diễn tập ${this.run} ${slot.agencyCode} ${slot.fiscalYear}`,
      lines: [
        {
          description: `Dòng diễn tập ${course.code}`,
          planArea: 'III.8',
          fundingSource: 'PROVINCIAL_BUDGET',
          quantity: 1,
          unitCost: amount,
          ...(linked ? { activity: { kind: 'training-course', id: course.id } } : {}),
        },
      ],
    });
    if (draft.status !== 201) return;
    const key = { 'idempotency-key': `${this.run}-${draft.body.id}` };
    const submitted = await this.retried(20, () =>
      this.call<BudgetEstimate>(
        admin,
        'POST',
        `/api/budget/estimates/${draft.body.id}/submit`,
        { version: draft.body.version },
        key,
      ),
    );
    if (submitted.status !== 200) return;
    const approval: Approval = {
      estimateId: draft.body.id,
      agencyCode: slot.agencyCode,
      fiscalYear: slot.fiscalYear,
      courseId: linked ? course.id : undefined,
      amount,
      acknowledged: false,
    };
    this.approvals.push(approval);
    const approved = await this.call<BudgetEstimate>(
      DEMO_USERS.financeReviewer.username,
      'POST',
      `/api/budget/estimates/${draft.body.id}/review`,
      {
        version: submitted.body.version,
        decision: 'approve',
        lines: [{ lineId: draft.body.lines[0].id, approvedAmount: amount }],
      },
    );
    approval.acknowledged = approved.status === 200;
  }

  private get<T>(path: string, user: string = DEMO_USERS.admin.username) {
    return this.call<T>(user, 'GET', path);
  }

  /** Reads with retries: the checks run after the drill, when every part should answer again. */
  private async read<T>(path: string, user?: string): Promise<{ status: number; body: T }> {
    let answer = await this.get<T>(path, user);
    for (let i = 0; i < 40 && (answer.status === 503 || answer.status === 0); i++) {
      await sleep(250);
      answer = await this.get<T>(path, user);
    }
    return answer;
  }

  /**
   * After the load has stopped: every acknowledged write is there exactly once, every approval's effect
   * (the course funded by its line) is applied exactly once, and the read model agrees with the
   * departments. Waits up to `settleMs` for the events still on their way.
   */
  async verify(settleMs = 60_000): Promise<DrillVerdict> {
    this.phase('verification');
    const lost: string[] = [];
    const doubled: string[] = [];
    const listed = new Map<string, number>();
    for (let page = 1; ; page++) {
      const res = await this.read<{ items: TrainingCourse[]; total: number }>(
        `/api/training/courses?q=${encodeURIComponent(this.run)}&pageSize=100&page=${page}`,
      );
      if (res.status !== 200) throw new Error(`the course list answered ${res.status}`);
      for (const c of res.body.items) listed.set(c.code, (listed.get(c.code) ?? 0) + 1);
      if (res.body.items.length < 100) break;
    }
    for (const [code, n] of listed) if (n > 1) doubled.push(`course ${code} listed ${n} times`);
    for (const course of this.courses.values()) {
      const res = await this.read<TrainingCourse>(`/api/training/courses/${course.id}`);
      if (res.status !== 200 || !listed.has(course.code)) lost.push(`course ${course.code} (${res.status})`);
      else if (!course.uncertain && res.body.titleVi !== course.title)
        lost.push(`edit of ${course.code}: "${res.body.titleVi}" instead of "${course.title}"`);
    }
    for (const [id, staffCode] of this.trainees) {
      const res = await this.read<Trainee>(`/api/training/trainees/${id}`);
      if (res.status !== 200) lost.push(`trainee ${staffCode} (${res.status})`);
    }
    const byCourse = new Map<string, Enrolment[]>();
    for (const { courseId, traineeId } of this.enrolments) {
      if (!byCourse.has(courseId)) {
        const res = await this.read<{ items: Enrolment[] }>(`/api/training/courses/${courseId}/enrolments`);
        byCourse.set(courseId, res.body.items ?? []);
      }
      const found = (byCourse.get(courseId) ?? []).filter((e) => e.traineeId === traineeId);
      if (found.length === 0) lost.push(`enrolment of ${traineeId} in ${courseId}`);
      if (found.length > 1) doubled.push(`enrolment of ${traineeId} in ${courseId} (${found.length})`);
    }
    const deadline = Date.now() + settleMs;
    for (const approval of this.approvals) {
      const estimate = await this.read<BudgetEstimate>(`/api/budget/estimates/${approval.estimateId}`);
      const approved = estimate.body.status === 'approved';
      if (approval.acknowledged && !approved)
        lost.push(`approval of ${approval.agencyCode} ${approval.fiscalYear} (${estimate.body.status})`);
      if (!approved || !approval.courseId) continue;
      let funding = await this.read<ActivityFunding>(`/api/training/courses/${approval.courseId}/funding`);
      while (funding.body.lines?.length === 0 && Date.now() < deadline) {
        await sleep(500);
        funding = await this.read<ActivityFunding>(`/api/training/courses/${approval.courseId}/funding`);
      }
      const lines = (funding.body.lines ?? []).filter((l) => l.estimateId === approval.estimateId);
      if (lines.length === 0) lost.push(`funding of course ${approval.courseId} by its approved line`);
      if (lines.length > 1 || funding.body.fundedAmount !== approval.amount)
        doubled.push(
          `funding of course ${approval.courseId}: ${lines.length} lines, ${funding.body.fundedAmount} đ for ${approval.amount} đ`,
        );
    }
    const coordinator = DEMO_USERS.coordinator.username;
    const dashboard = async (query = '') => {
      const res = await this.read<Dashboard>(`/api/reporting/dashboard${query}`, coordinator);
      if (res.status !== 200) throw new Error(`dashboard${query}: ${res.status}`);
      return res.body;
    };
    await readModelCaughtUp(() => dashboard(), settleMs, 0);
    const years = [...new Set(this.approvals.map((a) => a.fiscalYear))].sort();
    const mismatches = await reconciliationMismatches(
      {
        get: async <T>(path: string) => {
          const res = await this.read<T>(path);
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          return res.body;
        },
        dashboard,
      },
      years,
    );
    return {
      lost,
      doubled,
      mismatches,
      counts: {
        courses: this.courses.size,
        trainees: this.trainees.size,
        edits: this.edits,
        enrolments: this.enrolments.length,
        approvals: this.approvals.filter((a) => a.acknowledged).length,
      },
    };
  }
}
