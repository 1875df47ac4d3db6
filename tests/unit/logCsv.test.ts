import zhCN from '../../locales/zh-CN/log.json' with { type: 'json' };
import { toCsv, type CsvLabels } from '../../src/log/csv.ts';
import type { LogEntry } from '../../src/case/log/entry.ts';
import { FLAG_IDS, flagsFor } from '../../src/case/log/flags.ts';
import { logEntry } from '../support/logEntries.ts';

/** The labels as the screen will pass them: the Simplified Chinese copy. */
const labels: CsvLabels = {
  statement: zhCN.csv.statement.replace('{{exported}}', '2026-11-23 19:00'),
  headings: zhCN.csv.headings,
  kinds: zhCN.kinds,
  events: zhCN.events,
  flags: Object.fromEntries(FLAG_IDS.map((id) => [id, zhCN.flags[id].title])) as CsvLabels['flags'],
  separator: zhCN.csv.separator,
};

const entry = (id: string, at: string, changes: Partial<LogEntry> = {}) =>
  logEntry(id, at, { organisation: 'ABC催收', lender: '某银行', phone: '13800138000', name: '王先生', ...changes });

/** A strict RFC 4180 reader: CRLF between records, quotes only around whole fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else if (![',', '\r', undefined].includes(text[i + 1])) throw new Error(`text after a closing quote at ${i}`);
      else quoted = false;
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else field += c;
  }
  if (quoted || field !== '' || row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}

const csvOf = (entries: LogEntry[]) => toCsv(entries, flagsFor(entries, []), labels);
const rowsOf = (entries: LogEntry[]) => parseCsv(csvOf(entries).slice(1));

describe('toCsv', () => {
  it('starts with a byte-order mark so Excel and WPS read the Chinese as UTF-8', () => {
    const bytes = new TextEncoder().encode(csvOf([]));
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('states first that the user wrote it, then the headings, then entries oldest first', () => {
    const rows = rowsOf([entry('b', '2026-11-23T23:10', { events: ['threatened'] }), entry('a', '2026-11-22T09:05', { kind: 'visit', visitors: 2 })]);
    expect(rows).toEqual([
      [labels.statement],
      ['日期', '时间', '方式', '机构', '借款机构', '号码', '姓名', '发生了什么', '上门人数', 'App 提示', '备注'],
      ['2026-11-22', '09:05', '上门', 'ABC催收', '某银行', '13800138000', '王先生', '', '2', '上门（本身不违法）', ''],
      ['2026-11-23', '23:10', '接通的电话', 'ABC催收', '某银行', '13800138000', '王先生', '威胁', '', '威胁或辱骂、夜间联系（22:00–次日 8:00）', ''],
    ]);
    expect(rows[0][0]).toContain('由我本人填写');
  });

  it('ends every line, the last included, with CRLF', () => {
    const csv = csvOf([entry('a', '2026-11-22T09:05', { note: 'one\ntwo' })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Statement, headings, one entry, and the empty remainder after the final CRLF.
    expect(csv.split('\r\n')).toEqual([expect.any(String), expect.any(String), expect.stringContaining('"one\ntwo"'), '']);
  });

  it('lists ticked events in a fixed order, whatever order they were ticked in', () => {
    const rows = rowsOf([entry('a', '2026-11-22T09:05', { events: ['newLoan', 'insulted', 'threatened'] })]);
    expect(rows[2][7]).toBe('威胁、辱骂、要求借新还旧');
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['emoji', '他说“再不还就上门”😡👍🏽👨‍👩‍👧'],
    ['quotes', '他说"明天必须还"，我说""不行""'],
    ['commas', '一,二,,三,'],
    ['line breaks', '第一行\n第二行\r\n第三行\r\n'],
    ['only a quote', '"'],
    ['10,000 characters', '长'.repeat(9_000) + '"\n,'.repeat(333) + '末'],
  ])('keeps a note with %s exactly, as one field', (_, note) => {
    const rows = rowsOf([entry('a', '2026-11-22T09:05', { note, name: note })]);
    expect(rows).toHaveLength(3);
    expect(rows[2][10]).toBe(note);
    expect(rows[2][6]).toBe(note);
  });

  it.each([
    ['=HYPERLINK("http://example.com","点我")', `'=HYPERLINK("http://example.com","点我")`],
    ['+86 138 0013 8000', "'+86 138 0013 8000"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['a=1+1', 'a=1+1'],
    ['＝1+1', '＝1+1'],
    ['', ''],
  ])('defuses a cell that a spreadsheet would run: %j', (value, cell) => {
    const rows = rowsOf([entry('a', '2026-11-22T09:05', { note: value, phone: value, organisation: value })]);
    expect([rows[2][3], rows[2][5], rows[2][10]]).toEqual([cell, cell, cell]);
  });

  it('defuses the labels too, since they come from outside this module', () => {
    const rows = parseCsv(toCsv([], flagsFor([], []), { ...labels, statement: '=我写的' }).slice(1));
    expect(rows[0]).toEqual(["'=我写的"]);
  });
});
