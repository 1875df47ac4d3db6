import { holds } from '../../src/flow/conditions.ts';

describe('holds', () => {
  const facts = { answers: { lender: 'bankCard', conduct: ['nightCalls', 'threats'] }, result: 'checklist' };

  it.each([
    [{ q: 'lender', in: ['bankCard', 'bankLoan'] }, true],
    [{ q: 'lender', in: ['private'] }, false],
    [{ q: 'conduct', has: ['threats'] }, true],
    [{ q: 'conduct', has: ['posted'] }, false],
    [{ q: 'goal', in: ['complain'] }, false], // unanswered never holds
    [{ result: ['checklist'] }, true],
    [{ result: ['scam'] }, false],
    [
      {
        all: [
          { q: 'lender', in: ['bankCard'] },
          { q: 'conduct', has: ['threats'] },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { q: 'lender', in: ['bankCard'] },
          { q: 'conduct', has: ['posted'] },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { q: 'lender', in: ['private'] },
          { q: 'conduct', has: ['nightCalls'] },
        ],
      },
      true,
    ],
    [{ not: { q: 'lender', in: ['private'] } }, true],
  ])('%j → %s', (condition, expected) => {
    expect(holds(condition, facts)).toBe(expected);
  });

  it('treats an unreached result as not holding', () => {
    expect(holds({ result: ['checklist'] }, { answers: {} })).toBe(false);
  });
});
