/**
 * Reading a 案号 (a court case number) as a person types it from a text message or a paper.
 * The format is 最高法's (legal-cn §R3, P): "（收案年度）" + 法院代字 + 类型代字 + 案件编号 + "号".
 * A number in that format is not thereby real: the page says so, and says how to check it.
 */

import { halfWidth } from '../lib/halfWidth.ts';

/**
 * The 类型代字 the app can explain: only those legal-cn §R3 confirms, each with its status. 执 is
 * left out: its meaning there is unconfirmed (U), and a U fact is never stated.
 */
export const TYPE_CODES = {
  民初: { id: 'civilFirstInstance', status: 'S' },
  民督: { id: 'paymentOrder', status: 'S' },
  民诉前调: { id: 'preFilingMediation', status: 'S' },
  诉前调确: { id: 'mediationConfirmation', status: 'S' },
  诉前调书: { id: 'mediationStatement', status: 'S' },
} as const;

type TypeCode = keyof typeof TYPE_CODES;
export type TypeCodeMeaning = (typeof TYPE_CODES)[TypeCode];

/** The court's level, read from its 代字 (§R3, 第4、5条): 最高法, a province's short name, plus 2 or 4 digits. */
export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

export type CaseNumberReading =
  | { kind: 'empty' }
  | { kind: 'notCaseNumber' }
  | {
      kind: 'caseNumber';
      year: number;
      court: string;
      courtLevel: CourtLevel;
      typeCode: string;
      /** Undefined for a code the app cannot explain: never a sign that the number is fake. */
      meaning?: TypeCodeMeaning;
      number: number;
    };

/** The short names of the provincial-level regions, the 高级人民法院's 代字 (第4条); 内蒙古's courts write 内. */
const PROVINCES = '京津沪渝冀晋蒙内辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵黔云滇藏陕甘陇青宁新';

const CASE_NUMBER = new RegExp(`^\\((\\d{4})\\)(最高法|[${PROVINCES}](?:\\d{4}|\\d{2})?)(\\p{Script=Han}+?)(\\d+)号$`, 'u');

/**
 * Full-width digits and brackets as their half-width forms, and no spaces: a number copied from
 * a message or typed with a Chinese keyboard reads the same as one typed in half-width.
 */
function normalised(text: string): string {
  return halfWidth(text).replace(/\s+/g, '');
}

function courtLevel(court: string): CourtLevel {
  if (court === '最高法') return 'supreme';
  const digits = court.length - 1;
  return digits === 0 ? 'high' : digits === 2 ? 'intermediate' : 'basic';
}

const isTypeCode = (code: string): code is TypeCode => Object.hasOwn(TYPE_CODES, code);

export function readCaseNumber(text: string): CaseNumberReading {
  const input = normalised(text);
  if (input === '') return { kind: 'empty' };
  const match = CASE_NUMBER.exec(input);
  if (!match) return { kind: 'notCaseNumber' };
  const [, year, court, typeCode, number] = match;
  return {
    kind: 'caseNumber',
    year: Number(year),
    court,
    courtLevel: courtLevel(court),
    typeCode,
    ...(isTypeCode(typeCode) && { meaning: TYPE_CODES[typeCode] }),
    number: Number(number),
  };
}
