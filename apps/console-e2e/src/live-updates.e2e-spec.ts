import { type Stack, signIn } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { DEMO_PASSWORD, type Journey, demo, startJourney } from './support/journey';

/**
 * Live updates (issue 21.1), two users in two browser contexts on the same stack: Foreign Affairs'
 * editor registers and edits an NGO while an administrator watches the list and the record page — each
 * change shows on the other's screen within a second, without a reload; when the administrator is
 * editing the record as the editor saves, the form says who changed it and reloads it on demand. Then
 * Home Affairs' editor completes a course while the administrator watches the plan dashboard: its people
 * trained move within a second (once the read model has applied the course, not before); and a yearly
 * report the coordinator returns raises its author's unread count within a second.
 */
const stamp = Date.now().toString(36).toUpperCase();
const NGO_NAME = `Live Bridge Foundation ${stamp}`;
/** A change must be on the other screen within this long of the save that made it. */
const WITHIN_MS = 1000;
/** A past year of its own for the course and the report, so the figures before are known. */
const YEAR = 2021;

describe('Live updates between two consoles', () => {
  let journey: Journey;
  let stack: Stack;
  let editor: { page: Page; ui: ConsolePage };
  let admin: { page: Page; ui: ConsolePage };
  let ngoPath = '';

  beforeAll(async () => {
    journey = await startJourney({ lang: 'en' });
    stack = journey.stack;
    editor = { page: journey.page, ui: journey.ui };
    const other = await journey.openContext({ viewport: { width: 1366, height: 768 }, lang: 'en' });
    admin = { page: other.page, ui: other.ui };
  }, 90_000);
  afterEach(() => journey.closeOpenLayers());
  afterAll(() => journey?.stop());

  it('signs in the Foreign Affairs editor and an administrator, each in their own browser context', async () => {
    await editor.page.goto(stack.url);
    await editor.ui.signIn(demo('sngv.editor'));
    await admin.page.goto(stack.url);
    await admin.ui.signIn(demo('admin'));
    await admin.ui.openSection('nav-aid', 'Foreign NGOs');
    await editor.ui.openSection('nav-aid', 'Foreign NGOs');
  });

  it('shows the NGO the editor registers on the administrator’s list within a second', async () => {
    await admin.ui.search(stamp.toLowerCase());
    await admin.page.getByTestId('list-table').waitFor();
    await editor.ui.openCreateForm('Register NGO');
    await editor.ui.fill('Original name', NGO_NAME);
    await editor.ui.fill('Vietnamese name', `Quỹ Cầu Nối ${stamp}`);
    await editor.ui.choose('Country', 'Japan');
    await editor.ui.choose('Kind', 'International NGO');
    await editor.ui.submitAndWaitForSave();
    await admin.ui.row(NGO_NAME).waitFor({ timeout: WITHIN_MS });
  });

  it('shows the editor’s change on the administrator’s record page within a second', async () => {
    await editor.ui.search(stamp.toLowerCase());
    await editor.ui.row(NGO_NAME).getByRole('link').first().click();
    await editor.page.getByTestId('ngo-page').waitFor();
    ngoPath = new URL(editor.page.url()).pathname;
    await admin.page.goto(`${stack.url}${ngoPath}`);
    await admin.page.getByTestId('ngo-page').waitFor();

    await editor.page.getByTestId('edit-ngo').click();
    await editor.ui.fill('Vietnamese name', `Quỹ Cầu Nối Hữu Nghị ${stamp}`);
    await editor.ui.submitAndWaitForSave();
    await admin.page
      .getByTestId('ngo-page')
      .locator('.ant-descriptions')
      .getByText(`Quỹ Cầu Nối Hữu Nghị ${stamp}`)
      .waitFor({ timeout: WITHIN_MS });
  });

  it('warns the administrator editing the record that the editor just changed it, and reloads it', async () => {
    await admin.page.getByTestId('edit-ngo').click();
    await admin.ui.field('Vietnamese name').waitFor();
    await editor.page.getByTestId('edit-ngo').click();
    await editor.ui.fill('Vietnamese name', `Quỹ Cầu Nối Thái Bình ${stamp}`);
    await editor.ui.submitAndWaitForSave();

    const notice = admin.page.getByTestId('record-changed-notice');
    await notice.waitFor({ timeout: WITHIN_MS });
    expect(await notice.textContent()).toContain('This record was just changed by sngv.editor');
    // The form still holds what the administrator opened: nothing was changed under their hands.
    expect(await admin.ui.field('Vietnamese name').inputValue()).toBe(`Quỹ Cầu Nối Hữu Nghị ${stamp}`);
    await admin.page.getByTestId('record-changed-reload').click();
    await notice.waitFor({ state: 'detached' });
    // The form now holds the record as the editor left it.
    const nameVi = admin.ui.field('Vietnamese name');
    for (let i = 0; i < 50 && (await nameVi.inputValue()) !== `Quỹ Cầu Nối Thái Bình ${stamp}`; i++)
      await admin.page.waitForTimeout(100);
    expect(await nameVi.inputValue()).toBe(`Quỹ Cầu Nối Thái Bình ${stamp}`);
    // Saved from the reloaded version: no conflict.
    await admin.ui.fill('Acronym', 'LBF');
    await admin.ui.submitAndWaitForSave();
    await admin.page.getByTestId('ngo-page').getByText(`${NGO_NAME} (LBF)`).waitFor();
  });

  const tokens: Record<string, string> = {};
  /** One call to the API as a demo user (the steps' set-up, done as their users would through it). */
  const api = async <T>(username: string, method: string, path: string, body?: unknown): Promise<T> => {
    tokens[username] ??= (await signIn(stack.url, username, DEMO_PASSWORD)).accessToken;
    const token = tokens[username];
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  it('moves the administrator’s dashboard within a second of Home Affairs completing a course', async () => {
    // A course run to its last step through the API: two trainees enrolled, present and scored.
    const trainees = [];
    for (const n of [1, 2])
      trainees.push(
        await api<{ id: string }>('snv.editor', 'POST', '/api/training/trainees', {
          staffCode: `LV-${stamp}-${n}`,
          fullName: `Trần Thị Trực Tuyến ${n}`,
          gender: 'female',
          districtCode: 'H-KIENXUONG',
          level: 'province',
          group: 'civil-servant',
        }),
      );
    let course = await api<{ id: string; version: number }>('snv.editor', 'POST', '/api/training/courses', {
      code: `LV-${stamp}`,
      titleVi: `Khóa cập nhật trực tiếp ${stamp}`,
      titleEn: `Live dashboard course ${stamp}`,
      topic: 'international-integration',
      targetLevel: 'province',
      agencyCode: 'SNV',
      startDate: `${YEAR}-10-04`,
      endDate: `${YEAR}-10-05`,
      sessions: [{ date: `${YEAR}-10-04`, topic: 'ASEAN' }],
      capacity: 2,
      costEstimate: 10_000_000,
    });
    const id = course.id;
    course = await api('snv.editor', 'POST', `/api/training/courses/${id}/status`, {
      version: course.version,
      status: 'open',
    });
    await api('snv.editor', 'POST', `/api/training/courses/${id}/enrolments`, {
      traineeIds: trainees.map((t) => t.id),
    });
    const roster = await api<{ items: { id: string }[] }>(
      'snv.editor',
      'GET',
      `/api/training/courses/${id}/enrolments`,
    );
    course = await api('snv.editor', 'GET', `/api/training/courses/${id}`);
    await api('snv.editor', 'POST', `/api/training/courses/${id}/status`, {
      version: course.version,
      status: 'in-progress',
    });

    await api('snv.editor', 'PUT', `/api/training/courses/${id}/attendance`, {
      marks: roster.items.map((e) => ({ enrolmentId: e.id, session: 0, mark: 'present' })),
    });
    await api('snv.editor', 'PUT', `/api/training/courses/${id}/scores`, {
      scores: roster.items.map((e) => ({ enrolmentId: e.id, score: 8 })),
    });

    // The administrator watches the year's dashboard; Home Affairs' editor opens the course.
    await admin.page.goto(`${stack.url}/?year=${YEAR}`);
    const trained = admin.page.getByTestId('figure-trained').getByTestId('figure-value');
    await trained.waitFor();
    const before = (await trained.textContent()) ?? '';
    await editor.ui.signOut();
    await editor.ui.signIn(demo('snv.editor'));
    await editor.page.goto(`${stack.url}/training/courses/${id}`);
    await editor.ui.waitForText(editor.page.getByTestId('course-status'), 'In progress');

    await editor.page.getByTestId('course-to-completed').click();
    await editor.page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: 'Yes' })
      .click();
    await editor.ui.waitForText(editor.page.getByTestId('course-status'), 'Completed');
    const completedAt = Date.now();
    const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, '') || '0');
    while (digits(await trained.textContent()) === digits(before) && Date.now() - completedAt < 5000)
      await admin.page.waitForTimeout(25);
    expect(Date.now() - completedAt).toBeLessThan(WITHIN_MS);
    expect(digits(await trained.textContent()) - digits(before)).toBe(2);
  });

  it('raises the author’s unread count within a second of the coordinator returning their report', async () => {
    // The editor (Home Affairs', signed in above) wrote and submitted a report; the coordinator returns it.
    const bell = editor.page.getByTestId('inbox-bell');
    await editor.page.goto(`${stack.url}/reports`);
    await bell.waitFor();
    const before = (await bell.getAttribute('aria-label')) ?? '';
    let report = await api<{ id: string; version: number }>('snv.editor', 'POST', '/api/reporting/reports', {
      agencyCode: 'SNV',
      year: YEAR,
      planArea: 'III.8',
    });
    report = await api('snv.editor', 'POST', `/api/reporting/reports/${report.id}/submit`, {
      version: report.version,
    });
    await api('sldtbxh.coordinator', 'POST', `/api/reporting/reports/${report.id}/review`, {
      version: report.version,
      decision: 'return',
      comment: 'Bổ sung số liệu',
    });
    const returnedAt = Date.now();
    while ((await bell.getAttribute('aria-label')) === before && Date.now() - returnedAt < 5000)
      await editor.page.waitForTimeout(25);
    expect(Date.now() - returnedAt).toBeLessThan(WITHIN_MS);
    expect(await bell.getAttribute('aria-label')).not.toBe(before);
  });
});
