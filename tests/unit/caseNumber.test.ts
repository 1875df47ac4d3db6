import { readCaseNumber, TYPE_CODES } from '../../src/law/caseNumber.ts';

/** What the page needs from a reading, in one line per case number. */
function summary(text: string) {
  const reading = readCaseNumber(text);
  if (reading.kind !== 'caseNumber') return reading.kind;
  return [reading.year, reading.court, reading.courtLevel, reading.typeCode, reading.meaning?.id ?? 'unexplained', reading.number].join(' ');
}

describe('readCaseNumber', () => {
  it.each([
    // legal-cn §R3's example and the two real pre-filing mediation numbers it names.
    ['（2026）京0105民初123号', '2026 京0105 basic 民初 civilFirstInstance 123'],
    ['(2021)川0104民诉前调801号', '2021 川0104 basic 民诉前调 preFilingMediation 801'],
    ['（2024）浙02民诉前调595号', '2024 浙02 intermediate 民诉前调 preFilingMediation 595'],
    // Each listed type code.
    ['（2025）粤0106民督45号', '2025 粤0106 basic 民督 paymentOrder 45'],
    ['（2023）沪0115诉前调确12号', '2023 沪0115 basic 诉前调确 mediationConfirmation 12'],
    ['（2023）沪0115诉前调书13号', '2023 沪0115 basic 诉前调书 mediationStatement 13'],
    // Full-width digits, half-width brackets, spaces from a copied message.
    ['（２０２６）京０１０５民初１２３号', '2026 京0105 basic 民初 civilFirstInstance 123'],
    ['(2026)京0105民初123号', '2026 京0105 basic 民初 civilFirstInstance 123'],
    [' （2026） 京0105 民初 123 号 ', '2026 京0105 basic 民初 civilFirstInstance 123'],
    ['(２０２６）京0105民初0123号', '2026 京0105 basic 民初 civilFirstInstance 123'],
    // Every level of court.
    ['（2024）最高法民终1号', '2024 最高法 supreme 民终 unexplained 1'],
    ['（2024）京民终9号', '2024 京 high 民终 unexplained 9'],
    ['（2024）内01民初9号', '2024 内01 intermediate 民初 civilFirstInstance 9'],
    // A code the app does not explain (执 is unconfirmed in legal-cn) is read, never called fake.
    ['（2026）京0105执88号', '2026 京0105 basic 执 unexplained 88'],
    ['（2026）京0105民特7号', '2026 京0105 basic 民特 unexplained 7'],
    // Not the format: no brackets, a two-digit year, no 号, a made-up court, the old 字第 form, words.
    ['2026京0105民初123号', 'notCaseNumber'],
    ['（26）京0105民初123号', 'notCaseNumber'],
    ['（2026）京0105民初123', 'notCaseNumber'],
    ['（2026）越法发123号', 'notCaseNumber'],
    ['（2026）京010民初123号', 'notCaseNumber'],
    ['（2026）京0105123号', 'notCaseNumber'],
    ['（1993）黄民督字第9号', 'notCaseNumber'],
    ['刑事第一审判庭张警官', 'notCaseNumber'],
    ['请向安全账户转账', 'notCaseNumber'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
  ])('%s → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  it('explains only codes legal-cn confirms, each as S (执 is U there and left out)', () => {
    expect(Object.keys(TYPE_CODES)).toEqual(['民初', '民督', '民诉前调', '诉前调确', '诉前调书']);
    expect(Object.values(TYPE_CODES).every((code) => code.status === 'S')).toBe(true);
  });
});
