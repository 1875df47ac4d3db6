import { addDays } from './isoDate.ts';

/**
 * A one-event calendar file (RFC 5545) that a phone's calendar opens: an all-day event with two
 * reminders before it. Made on the phone; nothing is sent anywhere.
 */

export type AllDayEvent = {
  /** The day, 'YYYY-MM-DD'. */
  date: string;
  summary: string;
  description: string;
  /** Unique and stable for the same event, so importing it again updates it instead of adding another. */
  uid: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** Reminders, in days before the day. */
  alarmsDaysBefore: readonly number[];
};

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: CRLF and one space (RFC 5545 §3.1). Octets, not
 * characters: a Chinese character is three in UTF-8, and is never split between lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Every line after the first starts with the space that marks it as a continuation.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replaceAll('-', '');
const utcStamp = (now: Date) => `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function calendarFile(event: AllDayEvent): string {
  const alarms = event.alarmsDaysBefore.flatMap((days) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    `TRIGGER:-P${days}D`,
    'END:VALARM',
  ]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Duice//Court deadline//ZH',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    // An all-day event ends, exclusively, the next day.
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    ...alarms,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
