import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import table from '../../src/case/money/lpr.json' with { type: 'json' };
import { capRuleFor, exceedsCap, lprOn, privateLendingCap } from '../../src/case/money/lpr.ts';

const rateOn = (date: string) => {
  const result = lprOn(date);
  return result.ok ? Math.round(result.rate * 10_000) / 100 : result.reason;
};

describe('lprOn (hand-checked against lpr-cn.md)', () => {
  it.each([
    ['2025-06-15', 3.0],
    ['2025-05-10', 3.1],
    ['2025-05-19', 3.1],
    ['2025-05-20', 3.0],
    ['2019-08-20', 4.25],
    ['2019-09-19', 4.25],
    ['2019-09-20', 4.2],
    ['2021-12-19', 3.85],
    ['2022-08-21', 3.7],
    ['2022-08-22', 3.65],
    ['2024-10-21', 3.1],
    ['2026-03-31', 3.0],
    ['2026-09-30', 3.0],
  ])('%s → %d%%', (date, percent) => {
    expect(rateOn(date)).toBe(percent);
  });

  it.each([
    ['2019-08-19', 'beforeTable'],
    ['2015-01-01', 'beforeTable'],
    ['2026-10-01', 'notVerified'],
    ['2026-10-19', 'notVerified'],
    ['2031-01-01', 'notVerified'],
    ['2025-02-29', 'badDate'],
    ['20250615', 'badDate'],
    ['', 'badDate'],
  ])('%s → %s', (date, reason) => {
    expect(rateOn(date)).toBe(reason);
  });

  it('says when the rate in force was announced', () => {
    expect(lprOn('2025-06-15')).toEqual({ ok: true, rate: 0.03, announced: '2025-05-20' });
  });
});

describe('private-lending cap', () => {
  it('is 4 × the LPR: 3.00% on 2025-06-15 → 12.00%', () => {
    const lpr = lprOn('2025-06-15');
    expect(lpr.ok && privateLendingCap(lpr.rate)).toBeCloseTo(0.12, 12);
    expect(privateLendingCap(0.031)).toBeCloseTo(0.124, 12);
  });

  it('applies to private lenders only', () => {
    expect(capRuleFor('private')).toBe('fourTimesLpr');
    for (const lender of ['bankCard', 'bankLoan', 'consumerFinance', 'smallLoan'] as const) expect(capRuleFor(lender)).toBe('noLprCap');
    expect(capRuleFor('platform')).toBe('dependsOnLender');
    expect(capRuleFor('dontKnow')).toBe('dependsOnLender');
  });

  it('is exceeded only by a rate that shows above it at 0.01 percentage points', () => {
    expect(exceedsCap(0.1200045, 0.12)).toBe(false);
    expect(exceedsCap(0.12, 4 * 0.03)).toBe(false);
    expect(exceedsCap(0.1201, 0.12)).toBe(true);
    expect(exceedsCap(0.6899887, 0.12)).toBe(true);
  });
});

/**
 * The table as lpr-cn.md has it, copied into the repository so the check runs where shared/content
 * is absent (CI); where it is present, the copy is checked against it first.
 */
const fixture = readFileSync(join(import.meta.dirname, 'data/lpr-cn-table.md'), 'utf8');
const sourcePath = join(import.meta.dirname, '../../../shared/content/lpr-cn.md');
const tableRows = (text: string) => [...text.matchAll(/^\| (\d{4}-\d{2}) \| ([\d.]+) \| (\w+) \|/gm)];

describe.runIf(existsSync(sourcePath))('the copied table against lpr-cn.md', () => {
  const source = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : '';
  const copied = fixture.split('\n').filter((line) => line && !line.startsWith('<!--'));

  it('has every line still there, and no row missing', () => {
    const sourceLines = source.split('\n');
    for (const line of copied)
      expect(
        sourceLines.some((l) => l.startsWith(line)),
        line,
      ).toBe(true);
    expect(tableRows(fixture).map((r) => r[0])).toEqual(tableRows(source).map((r) => r[0]));
  });
});

describe('lpr.json against the table of lpr-cn.md', () => {
  const rows = tableRows(fixture);

  it('has every announcement day listed there, in order', () => {
    const line = fixture.split('\n').find((l) => l.includes('各次变动的公布日'))!;
    expect(table.changes.map((c) => c.announced)).toEqual(line.match(/\d{4}-\d{2}-\d{2}/g));
  });

  it('has the rate of every row of the table, all confirmed', () => {
    expect(rows.map((r) => [r[1], Number(r[2]), r[3]])).toEqual(table.changes.map((c) => [c.announced.slice(0, 7), c.percent, 'CONFIRMED']));
  });

  it('stops at the same last confirmed month', () => {
    expect(fixture).toMatch(new RegExp(`^Last confirmed month: ${table.lastConfirmedMonth}$`, 'm'));
  });
});
