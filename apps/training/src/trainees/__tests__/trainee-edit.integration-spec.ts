import {
  type AuditEntry,
  type CreateTrainee,
  type Page,
  TRAINING_SUBJECTS,
  type Trainee as TraineeDto,
} from '@ascc/contracts';
import { AuditRecord } from '@ascc/service-kit';
import { type ServiceHarness, TEST_CALLERS, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { Trainee } from '../trainee.entity';

const trainee = (overrides: Partial<CreateTrainee> = {}): CreateTrainee => ({
  staffCode: 'CB-0042',
  fullName: 'Trần Thị Hoa',
  dateOfBirth: '1990-04-12',
  gender: 'female',
  districtCode: 'H-DONGHUNG',
  commune: 'Xã Đông Hợp',
  level: 'commune',
  group: 'civil-servant',
  ...overrides,
});

describe.each(testDatabaseKinds())('trainee edit and history on %s', (kind) => {
  let svc: ServiceHarness;
  let hoa: TraineeDto;

  beforeAll(async () => {
    svc = await startServiceHarness('training', AppModule, kind);
    hoa = await svc.request<TraineeDto>(
      TRAINING_SUBJECTS.traineeCreate,
      trainee(),
      TEST_CALLERS.homeAffairsEditor,
    );
    await svc.request(
      TRAINING_SUBJECTS.traineeCreate,
      trainee({ staffCode: 'CB-0043', fullName: 'Lê Văn Nam' }),
    );
  });
  afterAll(() => svc?.stop());

  const edit = (changes: Record<string, unknown>, version = hoa.version) => ({
    ...trainee(),
    id: hoa.id,
    version,
    ...changes,
  });
  const rows = () => svc.orm.em.fork().count(AuditRecord, { entity: 'Trainee', entityId: hoa.id });

  it('edits a trainee on the version read, and the history shows before → after, newest first', async () => {
    const updated = await svc.request<TraineeDto>(
      TRAINING_SUBJECTS.traineeUpdate,
      edit({ fullName: 'Trần Thị Hoà', position: 'Công chức văn hóa - xã hội', agencyCode: 'SNV' }),
      TEST_CALLERS.homeAffairsEditor,
    );
    expect(updated).toMatchObject({ fullName: 'Trần Thị Hoà', agencyCode: 'SNV', version: 2 });
    expect(await svc.request<TraineeDto>(TRAINING_SUBJECTS.traineeGet, { id: hoa.id })).toEqual(updated);
    hoa = updated;

    const history = await svc.request<Page<AuditEntry>>(
      TRAINING_SUBJECTS.traineeHistory,
      { id: hoa.id },
      TEST_CALLERS.homeAffairsEditor,
    );
    expect(history.total).toBe(2);
    expect(history.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history.items[0]).toMatchObject({
      username: 'snv.editor',
      agencyCode: 'SNV',
      changes: {
        fullName: { before: 'Trần Thị Hoa', after: 'Trần Thị Hoà' },
        position: { before: null, after: 'Công chức văn hóa - xã hội' },
        agencyCode: { before: null, after: 'SNV' },
      },
    });
    // Only what changed: the staff code, birth date and district were sent unchanged.
    expect(Object.keys(history.items[0].changes).sort()).toEqual(['agencyCode', 'fullName', 'position']);
    expect(history.items[1].changes.staffCode).toEqual({ after: 'CB-0042' });
  });

  it("refuses bad input with 400 naming the field (the create's rules), and writes nothing", async () => {
    const before = await rows();
    const bad = await svc.requestError(
      TRAINING_SUBJECTS.traineeUpdate,
      edit({ dateOfBirth: '1990-02-30', staffCode: 'x' }),
    );
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(bad.fields?.map((f) => f.path).sort()).toEqual(['dateOfBirth', 'staffCode']);
    const noUnit = await svc.requestError(
      TRAINING_SUBJECTS.traineeUpdate,
      edit({ agencyCode: null, districtCode: null }),
    );
    expect(noUnit.fields).toEqual([
      expect.objectContaining({
        path: 'agencyCode',
        params: expect.objectContaining({ rule: 'unitRequired' }),
      }),
    ]);
    const taken = await svc.requestError(TRAINING_SUBJECTS.traineeUpdate, edit({ staffCode: 'CB-0043' }));
    expect(taken).toMatchObject({
      status: 409,
      fields: [{ path: 'staffCode', params: { rule: 'staffCodeTaken', name: 'Lê Văn Nam' } }],
    });
    expect(await rows()).toBe(before);
    const stored = await svc.orm.em.fork().findOneOrFail(Trainee, { id: hoa.id });
    expect(stored).toMatchObject({ staffCode: 'CB-0042', dateOfBirth: '1990-04-12', version: 2 });
  });

  it('refuses a stale version with 409 naming the version now stored, and writes nothing', async () => {
    const before = await rows();
    const stale = await svc.requestError(TRAINING_SUBJECTS.traineeUpdate, edit({ fullName: 'Cũ' }, 1));
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      status: 409,
      fields: [{ path: 'version', code: 'stale', params: { rule: 'staleVersion', currentVersion: 2 } }],
    });
    expect(await rows()).toBe(before);
    expect((await svc.orm.em.fork().findOneOrFail(Trainee, { id: hoa.id })).fullName).toBe('Trần Thị Hoà');
  });

  it("refuses another agency's editor the edit (403) and the history of a trainee not of its staff (404), writing nothing", async () => {
    const before = await rows();
    const edited = await svc.requestError(
      TRAINING_SUBJECTS.traineeUpdate,
      edit({ fullName: 'Người khác sửa' }),
      TEST_CALLERS.cultureEditor,
    );
    expect(edited).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const read = await svc.requestError(
      TRAINING_SUBJECTS.traineeHistory,
      { id: hoa.id },
      TEST_CALLERS.cultureEditor,
    );
    // Another agency's editor reads only its own staff (to enrol them): this trainee is answered as missing.
    expect(read).toMatchObject({ status: 404 });
    expect(await rows()).toBe(before);
    expect((await svc.orm.em.fork().findOneOrFail(Trainee, { id: hoa.id })).fullName).toBe('Trần Thị Hoà');
  });

  it("starts an imported trainee's history with its creation by the import, naming the file", async () => {
    const csv = [
      'staffCode,fullName,gender,districtCode,commune,level,group',
      'IMP-1,Phạm Văn Long,male,H-VUTHU,Xã Tân Lập,commune,cadre',
    ].join('\r\n');
    const done = await svc.request<{ written: number }>(
      TRAINING_SUBJECTS.traineeImport,
      {
        commit: true,
        file: {
          fileName: 'hoc-vien.csv',
          contentType: 'text/csv',
          base64: Buffer.from(csv, 'utf8').toString('base64'),
        },
      },
      TEST_CALLERS.homeAffairsEditor,
    );
    expect(done.written).toBe(1);
    const [long] = (await svc.request<Page<TraineeDto>>(TRAINING_SUBJECTS.traineeList, { q: 'IMP-1' })).items;
    const history = await svc.request<Page<AuditEntry>>(TRAINING_SUBJECTS.traineeHistory, { id: long.id });
    expect(history.total).toBe(1);
    expect(history.items[0]).toMatchObject({
      action: 'create',
      username: 'snv.editor',
      changes: {
        staffCode: { after: 'IMP-1' },
        fullName: { after: 'Phạm Văn Long' },
        gender: { after: 'male' },
        importFile: { after: 'hoc-vien.csv' },
      },
    });
  });

  it('answers 404 for the history of an unknown trainee', async () => {
    const missing = await svc.requestError(TRAINING_SUBJECTS.traineeHistory, {
      id: '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69',
    });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});
