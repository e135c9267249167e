import { translateIssue } from '../../../../i18n/validation';
import { type LineRow, blankLine, fieldProblems, lineInputs, reviewedLines } from '../estimate-lines';

describe('estimate payloads', () => {
  it('adds a blank line of one unit at no cost, each with its own key', () => {
    const a = blankLine();
    const b = blankLine();
    expect(a).toMatchObject({
      description: '',
      planArea: 'III.1',
      fundingSource: 'PROVINCIAL_BUDGET',
      quantity: 1,
      unitCost: 0,
      amount: 0,
    });
    expect(a.key).not.toBe(b.key);
  });

  it('sends only the lines Finance decided or commented on, and only what it typed', () => {
    expect(
      reviewedLines({
        l1: { approvedAmount: 500, comment: 'Giảm theo định mức' },
        l2: { approvedAmount: 0 },
        l3: { comment: 'Bổ sung chứng từ' },
        l4: {},
        l5: { approvedAmount: '1,5', comment: '' },
      }),
    ).toEqual([
      { lineId: 'l1', comment: 'Giảm theo định mức', approvedAmount: 500 },
      { lineId: 'l2', approvedAmount: 0 },
      { lineId: 'l3', comment: 'Bổ sung chứng từ' },
    ]);
  });

  it("words a refused line's field with the line's number, and any other field as it is", () => {
    const rows = [blankLine(), { ...blankLine(), description: 'Hội nghị' }] as LineRow[];
    const lineField = { path: 'lines.1.description', code: 'too_small', message: 'short', params: {} };
    const other = { path: 'notes', code: 'too_big', message: 'long', params: {} };
    const sent = { lines: lineInputs(rows) };
    expect(fieldProblems([lineField, other] as never, rows, 'vi', (n) => `Dòng ${n}`)).toEqual([
      `Dòng 2: ${translateIssue(lineField as never, 'vi', sent)}`,
      translateIssue(other as never, 'vi', sent),
    ]);
  });
});
