// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { SECTOR_CODES } from '@ascc/catalog';
import { AidProjectPageSchema, DelegationPageSchema } from '@ascc/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import { ActivityPicker } from '../activity-picker';

const META = { version: 1, createdAt: '2024-01-05T08:00:00.000Z', updatedAt: '2024-01-05T08:00:00.000Z' };
const PROJECT = {
  ...META,
  id: '1a1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e91',
  code: 'VT-2024-07',
  titleVi: 'Nước sạch cho xã Thụy Hải',
  titleEn: 'Clean water for Thuy Hai commune',
  agencyCode: 'SNGV',
  planArea: 'III.10',
  participants: [{ role: 'funding', name: 'Quỹ Nước sạch', countryCode: 'LA' }],
  sectors: [{ code: SECTOR_CODES[0], percentage: 100 }],
  locations: [{ districtCode: 'H-HUNGHA', percentage: 100 }],
  beneficiaries: [],
  status: 'submitted',
  appraisals: [],
  donorIsAsean: true,
  totals: {
    incoming: '0',
    committed: '0',
    disbursed: '0',
    expended: '0',
    disbursementShare: null,
    overDisbursed: false,
  },
  notStartedInTime: false,
};
const DELEGATION = {
  ...META,
  id: '2b1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e92',
  title: 'Đoàn Sở Ngoại vụ thăm Viêng Chăn',
  direction: 'outbound',
  purpose: 'friendship',
  countryCodes: ['LA'],
  organisations: ['UBND thủ đô Viêng Chăn'],
  headName: 'Nguyễn Văn An',
  size: 8,
  startDate: '2024-09-03',
  endDate: '2024-09-06',
  agencyCode: 'SNGV',
  planArea: 'III.9',
  includesAsean: true,
};
const page = (items: unknown[]) => ({
  items,
  total: items.length,
  totalCapped: false,
  page: 1,
  pageSize: 20,
});

it('serves lists of the shape the aid service answers', () => {
  expect(AidProjectPageSchema.safeParse(page([PROJECT])).error).toBeUndefined();
  expect(DelegationPageSchema.safeParse(page([DELEGATION])).error).toBeUndefined();
});

/** Lists as the owning services answer them (only the fields the picker reads). */
function serve() {
  return routeFetch((url) => {
    if (url.startsWith('/api/aid/projects')) return jsonResponse(200, page([PROJECT]));
    if (url.startsWith('/api/aid/delegations')) return jsonResponse(200, page([DELEGATION]));
    return jsonResponse(200, page([]));
  });
}

describe(ActivityPicker.name, () => {
  it.each([
    ['Aid project', 'aid-project', '/api/aid/projects', 'VT-2024-07 · Nước sạch cho xã Thụy Hải', PROJECT.id],
    [
      'Delegation',
      'delegation',
      '/api/aid/delegations',
      '03/09/2024 · Đoàn Sở Ngoại vụ thăm Viêng Chăn',
      DELEGATION.id,
    ],
  ])(
    "offers the agency's own %s records from the aid service, and links the one chosen",
    async (kindLabel, kind, path, optionLabel, id) => {
      const fetch = serve();
      const onChange = jest.fn();
      renderScreen(<ActivityPicker agencyCode="SNGV" onChange={onChange} />, {
        lang: 'en',
        user: SNV_EDITOR,
      });

      fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Activity kind' }));
      fireEvent.click(await screen.findByTitle(kindLabel));
      await waitFor(() =>
        expect(fetch.mock.calls.map(([url]) => url)).toContain(`${path}?agencyCode=SNGV&pageSize=20`),
      );
      fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Funded activity' }));
      fireEvent.click(await screen.findByTitle(optionLabel));
      expect(onChange).toHaveBeenLastCalledWith({ kind, id }, optionLabel);
    },
  );
});
