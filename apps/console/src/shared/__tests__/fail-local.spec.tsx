// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, within } from '@testing-library/react';
import { Table } from 'antd';
import { renderScreen } from '../../test/render';
import { SNV_EDITOR } from '../../test/users';
import { CellError, failSafeColumns } from '../fail-local';

interface Project {
  id: string;
  code: string;
  totals?: { committed: number };
}

describe('failSafeColumns', () => {
  it('shows a bad record as its own error in its row; the other rows of the list still show', () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const rows: Project[] = [
      { id: '1', code: 'DA-01', totals: { committed: 1000 } },
      { id: '2', code: 'DA-02' }, // a bad record: no totals
      { id: '3', code: 'DA-03', totals: { committed: 3000 } },
    ];
    renderScreen(
      <Table<Project>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={failSafeColumns<Project>(
          [
            { key: 'code', title: 'Mã', dataIndex: 'code' },
            {
              key: 'committed',
              title: 'Cam kết',
              render: (_, p) => (p.totals as { committed: number }).committed.toFixed(0),
            },
          ],
          () => (
            <CellError />
          ),
        )}
      />,
      { lang: 'vi', user: SNV_EDITOR },
    );
    const [, first, bad, third] = screen.getAllByRole('row');
    expect(within(first).getByText('1000')).toBeTruthy();
    expect(within(bad).getByText('DA-02')).toBeTruthy();
    expect(within(bad).getByTestId('row-error').textContent).toBe('Không hiển thị được');
    expect(within(third).getByText('3000')).toBeTruthy();
    consoleError.mockRestore();
  });
});
