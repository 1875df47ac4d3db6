import { calendarFile, foldLine } from '../../src/lib/ics.ts';

const encoder = new TextEncoder();

/** A small reader for what the test needs: unfolds lines (RFC 5545 §3.1), then splits name and value. */
function parse(text: string): { name: string; value: string }[] {
  return text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon), value: line.slice(colon + 1) };
    });
}

const event = {
  date: '2026-03-16',
  summary: '支付令异议的最后一天：向发出支付令的法院提交书面异议',
  description: '送达日：2026年3月1日。第 15 日是 3 月 16 日，请在这天之前提交；如有疑问，找执业律师或拨打 12348。备注，含分号；和反斜杠\\',
  uid: 'court-paymentOrder-2026-03-01@duice',
  now: new Date('2026-03-02T08:09:10Z'),
  alarmsDaysBefore: [3, 1],
};

describe('the calendar file', () => {
  const text = calendarFile(event);
  const lines = parse(text);
  const values = (name: string) => lines.filter((l) => l.name === name).map((l) => l.value);

  it('uses CRLF line endings, with no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is one all-day event on the day, with a stamp, a uid and the summary', () => {
    expect(lines[0]).toEqual({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(values('VERSION')).toEqual(['2.0']);
    expect(values('PRODID')).toHaveLength(1);
    expect(values('BEGIN')).toEqual(['VCALENDAR', 'VEVENT', 'VALARM', 'VALARM']);
    expect(values('DTSTART;VALUE=DATE')).toEqual(['20260316']);
    expect(values('DTEND;VALUE=DATE')).toEqual(['20260317']);
    expect(values('DTSTAMP')).toEqual(['20260302T080910Z']);
    expect(values('UID')).toEqual([event.uid]);
    expect(values('SUMMARY')).toEqual([event.summary]);
  });

  it('escapes text and keeps Chinese characters whole when folding', () => {
    expect(values('DESCRIPTION')[0]).toBe(event.description.replace(/[\\;,]/g, (c) => `\\${c}`));
    expect(text).not.toContain('\uFFFD');
  });

  it('reminds three days and one day before', () => {
    expect(values('TRIGGER')).toEqual(['-P3D', '-P1D']);
    expect(values('ACTION')).toEqual(['DISPLAY', 'DISPLAY']);
  });
});

describe('folding', () => {
  it('leaves a short line alone and folds a long one at 75 octets, continuation lines starting with a space', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`SUMMARY:${'期'.repeat(40)}`).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    for (const line of folded) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.join('').replace(/ /g, '')).toBe(`SUMMARY:${'期'.repeat(40)}`);
  });
});
