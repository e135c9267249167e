// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import BudgetEstimateDrawer from '../budget-estimate-drawer';

const ID = '7c1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e92';
const LINE_ID = '8d1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e93';
const LINE = {
  id: LINE_ID,
  position: 0,
  description: 'Thuê hội trường',
  planArea: 'III.8',
  fundingSource: 'PROVINCIAL_BUDGET',
  quantity: 1,
  unitCost: 50_000_000,
  amount: 50_000_000,
  approvedAmount: null,
  reviewComment: null,
  flag: null,
};
const estimate = (status: string) => ({
  id: ID,
  version: 2,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-06T09:30:00.000Z',
  agencyCode: 'SNV',
  fiscalYear: 2026,
  titleVi: 'Dự toán 2026 của Sở Nội vụ',
  status,
  requestedAmount: 50_000_000,
  approvedAmount: null,
  versionNo: 1,
  submittedAt: null,
  deadline: '2025-07-20',
  late: false,
  reviewComment: null,
  flaggedLines: 0,
  locked: false,
  lines: [LINE],
});
const QUOTE = {
  id: '9e1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e94',
  lineId: LINE_ID,
  fileName: 'bao-gia.pdf',
  contentType: 'application/pdf',
  size: 4096,
  kind: 'document',
  uploadedBy: 'snv.editor',
  createdAt: '2026-01-06T09:30:00.000Z',
};

function serve(status: string, attachments: unknown[] = [QUOTE]) {
  return routeFetch((url, init) => {
    if (init?.method === 'POST')
      return jsonResponse(201, {
        ...QUOTE,
        id: 'ae1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e95',
        fileName: 'quyet-dinh.pdf',
      });
    if (init?.method === 'DELETE')
      return jsonResponse(200, { id: ID, lineId: LINE_ID, attachmentId: QUOTE.id });
    if (url === `/api/budget/estimates/${ID}`) return jsonResponse(200, estimate(status));
    if (url === `/api/budget/estimates/${ID}/attachments`) return jsonResponse(200, { items: attachments });
    return jsonResponse(200, { versions: [], reviews: [] });
  });
}

function renderDrawer() {
  return renderScreen(
    <Routes>
      <Route path="budget/:id" element={<BudgetEstimateDrawer />} />
    </Routes>,
    { lang: 'en', url: `/budget/${ID}`, user: SNV_EDITOR },
  );
}

const calls = (fetch: ReturnType<typeof serve>, method: string) =>
  fetch.mock.calls.filter(([, init]) => init?.method === method);

describe('Supporting documents of a budget line', () => {
  it("attaches a picked file to a saved draft line, sending its bytes to the line's route", async () => {
    const fetch = serve('draft', []);
    renderDrawer();
    const input = (await screen.findByTestId('line-attachment-input')) as HTMLInputElement;
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'quyet-dinh.pdf', {
      type: 'application/pdf',
    });
    fireEvent.change(input, { target: { files: [file] } });

    await waitFor(() => expect(calls(fetch, 'POST')).toHaveLength(1), { timeout: 5000 });
    const [url, init] = calls(fetch, 'POST')[0];
    expect(url).toBe(`/api/budget/estimates/${ID}/lines/${LINE_ID}/attachments`);
    expect(JSON.parse(String(init?.body))).toEqual({
      file: { fileName: 'quyet-dinh.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' },
    });
  });

  it('deletes a document only after the user confirms, naming it', async () => {
    const fetch = serve('draft');
    renderDrawer();
    const list = await screen.findByTestId('line-attachments');
    expect(await within(list).findByText('bao-gia.pdf')).toBeTruthy();
    fireEvent.click(within(list).getByTestId('line-attachment-delete'));
    expect(
      await screen.findByText('Delete bao-gia.pdf? The estimate’s history keeps a note of it.'),
    ).toBeTruthy();
    expect(calls(fetch, 'DELETE')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('line-attachment-delete-confirm'));
    await waitFor(() => expect(calls(fetch, 'DELETE')).toHaveLength(1), { timeout: 5000 });
    expect(calls(fetch, 'DELETE')[0][0]).toBe(
      `/api/budget/estimates/${ID}/lines/${LINE_ID}/attachments/${QUOTE.id}`,
    );
  });

  it('asks to save a new line before it takes documents', async () => {
    serve('draft', []);
    renderDrawer();
    await screen.findByTestId('line-attachment-input');
    fireEvent.click(screen.getByRole('button', { name: 'Add line' }));
    expect(await screen.findByText('Save the estimate to attach documents to this new line.')).toBeTruthy();
  });

  it('shows the documents of a submitted estimate to read, with nothing to add or delete', async () => {
    serve('submitted');
    renderDrawer();
    const documents = await screen.findByTestId('line-documents');
    expect(within(documents).getByText('bao-gia.pdf')).toBeTruthy();
    expect(within(documents).getByText('Line 1 · Thuê hội trường')).toBeTruthy();
    expect(screen.queryByTestId('line-attachment-delete')).toBeNull();
    expect(screen.queryByTestId('line-attachment-input')).toBeNull();
  });
});
