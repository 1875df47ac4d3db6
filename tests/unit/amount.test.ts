import { formatPercent, formatYuan, parseAmount, parseCount, parsePercent, parsePositiveAmount } from '../../src/lib/amount.ts';

const fen = (text: string) => {
  const result = parseAmount(text);
  return result.ok ? result.fen : result.error;
};
const count = (text: string) => {
  const result = parseCount(text);
  return result.ok ? result.count : result.error;
};

describe('parseAmount', () => {
  it.each([
    ['8500', 850000],
    ['8500.5', 850050],
    ['8500.05', 850005],
    ['0.01', 1],
    ['.5', 50],
    ['5.', 500],
    ['0', 0],
    ['１２３', 12300],
    ['１２３．４５', 12345],
    ['２，０００', 200000],
    ['2,000', 200000],
    ['1,000,000.99', 100000099],
    ['2, 000', 200000],
    [' 8 500 ', 850000],
    ['8\u3000500', 850000],
    ['\u30008500\u3000', 850000],
    ['1 000 000', 100000000],
    ['¥2,000元', 200000],
    ['￥2000', 200000],
    ['¥ 2,000 元', 200000],
    ['2000块', 200000],
    ['RMB 2000', 200000],
    ['rmb2000', 200000],
    ['ＲＭＢ２０００', 200000],
    ['人民币10000元', 1000000],
    ['3万', 3000000],
    ['3 万', 3000000],
    ['３万', 3000000],
    ['1.2万', 1200000],
    ['1。2万', 1200000], // the Chinese-mode decimal key
    ['0.5万', 500000],
    ['1.2345万', 1234500],
    ['1.234567万', 1234567],
    ['3万元', 3000000],
    ['¥1.2万元', 1200000],
    ['5千', 500000],
    ['2.5千', 250000],
    ['３万５千', 3500000],
    ['3万5千元', 3500000],
  ])('reads %j as %d fen', (text, expected) => {
    expect(fen(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['abc', 'notANumber'],
    ['1e5', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['NaN', 'notANumber'],
    ['0x10', 'notANumber'],
    ['万', 'notANumber'],
    ['¥', 'notANumber'],
    ['元', 'notANumber'],
    ['.', 'notANumber'],
    ['1.2.3', 'notANumber'],
    ['+5', 'notANumber'],
    ['--5', 'notANumber'],
    [',100', 'notANumber'],
    ['100,', 'notANumber'],
    ['三万', 'notANumber'],
    // Said aloud 三万五 is 35,000; typed it could be 30,005: refuse rather than guess.
    ['3万5', 'notANumber'],
    ['1.5万5千', 'notANumber'],
    ['5千3万', 'notANumber'],
    ['1,5', 'badGrouping'],
    ['1,00', 'badGrouping'],
    ['1000,000', 'badGrouping'],
    ['12,34,567', 'badGrouping'],
    ['85 00', 'badGrouping'],
    ['-5', 'negative'],
    ['－５', 'negative'],
    ['-¥5', 'negative'],
    ['¥-5', 'negative'],
    ['-0', 'negative'],
    ['-1.234', 'negative'],
    ['1.234', 'tooManyDecimals'],
    // A European 2.000 means two thousand; never read it as 2.
    ['2.000', 'tooManyDecimals'],
    ['1.2345678万', 'tooManyDecimals'],
    ['10000000000.01', 'tooLarge'],
    ['100000000000000000000000', 'tooLarge'],
    ['1000001万', 'tooLarge'],
    ['1'.repeat(65), 'notANumber'],
  ])('refuses %j with %s', (text, error) => {
    expect(fen(text)).toBe(error);
  });

  it('accepts the largest amount exactly', () => {
    expect(fen('10000000000')).toBe(1e12);
    expect(fen('100亿')).toBe('notANumber');
    expect(fen('1000000万')).toBe(1e12);
  });

  it('never returns NaN, Infinity or a fraction of a fen', () => {
    for (const text of ['9'.repeat(15), '9'.repeat(16), '0.99万', '99999999.99', '0000012']) {
      const result = parseAmount(text);
      if (result.ok) expect(Number.isSafeInteger(result.fen)).toBe(true);
    }
  });
});

describe('parsePositiveAmount', () => {
  it('refuses zero and passes everything else through', () => {
    expect(parsePositiveAmount('0')).toEqual({ ok: false, error: 'zero' });
    expect(parsePositiveAmount('0.00元')).toEqual({ ok: false, error: 'zero' });
    expect(parsePositiveAmount('3万')).toEqual({ ok: true, fen: 3000000 });
    expect(parsePositiveAmount('-3')).toEqual({ ok: false, error: 'negative' });
  });
});

describe('parseCount', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    ['12期', 12],
    ['12 期', 12],
    ['１２期', 12],
    ['12个月', 12],
    ['36次', 36],
    ['12.0', 12],
    ['600', 600],
  ])('reads %j as %d', (text, expected) => {
    expect(count(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['期', 'notANumber'],
    ['twelve', 'notANumber'],
    ['1e2', 'notANumber'],
    ['十二', 'notANumber'],
    ['1,2', 'badGrouping'],
    ['-3', 'negative'],
    ['1.5', 'notWhole'],
    ['0', 'zero'],
    ['0期', 'zero'],
    ['601', 'tooLarge'],
    ['1,000', 'tooLarge'],
  ])('refuses %j with %s', (text, error) => {
    expect(count(text)).toBe(error);
  });
});

describe('formatYuan', () => {
  it('shows yuan with two decimals and the plain ¥ in every locale', () => {
    expect(formatYuan(850000, 'zh-CN')).toBe('¥8,500.00');
    expect(formatYuan(850000, 'en')).toBe('¥8,500.00');
    expect(formatYuan(850000, 'zh-TW')).toBe('¥8,500.00');
    expect(formatYuan(1, 'zh-CN')).toBe('¥0.01');
    expect(formatYuan(-150000, 'zh-CN')).toBe('-¥1,500.00');
    expect(formatYuan(-0, 'zh-CN')).toBe('¥0.00');
  });

  it('reads back what it shows', () => {
    for (const value of [0, 1, 99, 850000, 123456789, 1e12]) {
      expect(parseAmount(formatYuan(value, 'zh-CN'))).toEqual({ ok: true, fen: value });
    }
  });
});

describe('parseCount with a limit', () => {
  it('counts days too, up to the limit the caller sets', () => {
    expect(parseCount('120天')).toEqual({ ok: true, count: 120 });
    expect(parseCount('１２３ 日')).toEqual({ ok: true, count: 123 });
    expect(parseCount('700', 10_000)).toEqual({ ok: true, count: 700 });
    expect(parseCount('10001', 10_000)).toEqual({ ok: false, error: 'tooLarge' });
  });
});

describe('parsePercent', () => {
  it.each([
    ['3', 0.03],
    ['3.00', 0.03],
    ['3.45%', 0.0345],
    ['３．４５％', 0.0345],
    [' 3.45 % ', 0.0345],
    ['3。45', 0.0345],
    ['.5', 0.005],
    ['100', 1],
  ])('reads %j as %d', (text, expected) => {
    expect(parsePercent(text)).toEqual({ ok: true, rate: expected });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'notANumber'],
    ['%', 'notANumber'],
    ['3%%', 'notANumber'],
    ['1,5', 'badGrouping'],
    ['-3', 'negative'],
    ['3.12345', 'tooManyDecimals'],
    ['0', 'zero'],
    ['0.00%', 'zero'],
    ['100.01', 'tooLarge'],
  ])('refuses %j with %s', (text, error) => {
    expect(parsePercent(text)).toEqual({ ok: false, error });
  });
});

describe('formatPercent', () => {
  it('shows two decimals in every locale', () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en']) {
      expect(formatPercent(0.6899887, locale)).toBe('69.00%');
      expect(formatPercent(0.12, locale)).toBe('12.00%');
    }
  });
});
