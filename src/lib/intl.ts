/**
 * Making an Intl formatter costs far more than using one (about a millisecond on a slow phone),
 * and screens format many values: a long log labels hundreds of days, the review lists every
 * answer. Each formatter is made once per language and options, then shared.
 */
const made = new Map<string, { format(value: never): string }>();

function cached<F extends { format(value: never): string }>(key: string, make: () => F): F {
  let formatter = made.get(key) as F | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

export const listFormat = (language: string, options: Intl.ListFormatOptions) =>
  cached(`list ${language} ${JSON.stringify(options)}`, () => new Intl.ListFormat(language, options));

export const numberFormat = (language: string, options: Intl.NumberFormatOptions) =>
  cached(`number ${language} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(language, options));

export const dateFormat = (language: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date ${language} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(language, options));

/** A calendar day with its weekday, as written where the user lives ("2026年3月16日星期一"); a date has no zone. */
export const dayWithWeekday = (language: string, date: string) =>
  dateFormat(language, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
