import { escapeText, foldLine, nextDay, writeIcs } from '../ics';

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'Tuần văn hóa ASEAN tại Thái Bình — '.repeat(5)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('writes all-day events with an exclusive DTEND, a UID, a UTC DTSTAMP and CRLF line ends', () => {
    const ics = writeIcs('Lịch', [
      {
        uid: 'abc@culture',
        summary: 'Culture week, Thai Binh; ASEAN',
        location: 'Quảng trường',
        startDate: '2024-12-30',
        endDate: '2024-12-31',
        updatedAt: new Date('2024-06-01T08:09:10.123Z'),
        status: 'CONFIRMED',
      },
    ]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).toContain('UID:abc@culture\r\n');
    expect(ics).toContain('DTSTAMP:20240601T080910Z\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20241230\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20250101\r\n');
    expect(ics).toContain('SUMMARY:Culture week\\, Thai Binh\\; ASEAN\r\n');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});
