import type { PlanTask, YearlyReport } from '@ascc/contracts';
import { reportTaskLines, savedTasks } from '../report-tasks';

const task = (code: string): PlanTask => ({
  code,
  agencyCode: 'SNGV',
  holderCode: 'SNGV',
  planAreas: ['III.9'],
  textVi: code,
  textEn: code,
  due: null,
  planRef: 'VII.5',
});

const report = (tasks: YearlyReport['tasks']) => ({ tasks }) as YearlyReport;

describe(savedTasks.name, () => {
  it('sends the changed entries and every stored one, not the untouched new ones', () => {
    const r = report([{ code: 'VII.5.b', status: 'done', note: 'Xong' }]);
    const lines = reportTaskLines(r, [task('VII.5.a'), task('VII.5.b'), task('VII.5.c')]);
    expect(lines.map((l) => l.progress.status)).toEqual(['not-started', 'done', 'not-started']);
    const edited = lines.map((l) =>
      l.task.code === 'VII.5.a'
        ? { ...l, changed: true, progress: { ...l.progress, status: 'in-progress' as const } }
        : l,
    );
    expect(savedTasks(edited, r)).toEqual([
      { code: 'VII.5.a', status: 'in-progress', note: '' },
      { code: 'VII.5.b', status: 'done', note: 'Xong' },
    ]);
  });

  it('sends a stored entry back as it is when nothing was touched', () => {
    const r = report([{ code: 'VII.5.a', status: 'in-progress', note: 'Đang vận động' }]);
    expect(savedTasks(reportTaskLines(r, [task('VII.5.a')]), r)).toEqual(r.tasks);
  });
});
