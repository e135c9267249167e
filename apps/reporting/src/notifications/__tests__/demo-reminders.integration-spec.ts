import type { NotificationPage, Page, RunRemindersResult } from '@ascc/contracts';
import {
  DEMO_ENV,
  type DemoApi,
  type Stack,
  demoApi,
  startStack,
  testDatabaseKinds,
  waitFor,
} from '@ascc/testing';

/**
 * The demo province as a person meets it: its NGOs, projects and courses are announced as records
 * written through the commands are, so today's reminders run on them — the Foreign Affairs editor's
 * inbox names each demo NGO whose registration runs out within 60 days, and approved projects not started.
 */
describe.each(testDatabaseKinds())('reminders of the demo province (%s)', (database) => {
  let stack: Stack;
  let http: DemoApi;

  beforeAll(async () => {
    stack = await startStack({
      database,
      startTimeoutMs: 180_000,
      env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent' },
    });
    http = demoApi(stack);
  }, 240_000);
  afterAll(() => stack?.stop());

  it('reminds Foreign Affairs of each demo registration running out within 60 days, and of projects not started', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const in60Days = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const ngos = await http<Page<{ id: string; registration?: { validTo: string } | null }>>(
      'admin',
      'GET',
      '/api/aid/ngos?pageSize=100',
    );
    const expiring = ngos.items
      .filter((n) => n.registration && n.registration.validTo >= today && n.registration.validTo <= in60Days)
      .map((n) => n.id)
      .sort();
    expect(expiring.length).toBeGreaterThan(0);

    const reminded = async (template: string) =>
      (await http<NotificationPage>('sngv.editor', 'GET', '/api/notifications?pageSize=100')).items
        .filter((n) => n.template === template)
        .map((n) => String(n.link.id))
        .sort();
    // The records' events reach the reporting service after its start, each kind through its own
    // consumer: run the job until both kinds have come.
    await waitFor(
      async () => {
        await http<RunRemindersResult>('admin', 'POST', '/api/notifications/reminders/run', { date: today });
        return (
          (await reminded('ngo.registration-expiring')).length === expiring.length &&
          (await reminded('aid-project.not-started')).length > 0
        );
      },
      'the demo NGOs expiring within 60 days and the projects not started in the inbox',
      60_000,
    );
    expect(await reminded('ngo.registration-expiring')).toEqual(expiring);
    // Each reminded project is a demo project not started (approved six months ago or more).
    const projects = await http<Page<{ id: string; status: string; actualStart?: string | null }>>(
      'admin',
      'GET',
      '/api/aid/projects?pageSize=100',
    );
    const notStarted = new Set(projects.items.filter((p) => !p.actualStart).map((p) => p.id));
    for (const id of await reminded('aid-project.not-started')) expect(notStarted.has(id)).toBe(true);
  });
});
