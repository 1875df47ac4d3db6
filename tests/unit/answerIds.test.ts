import { COURT_STAGES, LENDER_TYPES } from '../../src/case/case.ts';
import type { QuestionNode } from '../../src/flow/schema.ts';
import { IMPROPER_CONDUCT, POLICE_CONDUCT } from '../../src/case/letterCase.ts';
import { COURT_STATUSES } from '../../src/case/money/plan.ts';
import { flow } from '../../src/case/flow.ts';

/** Answer ids the code names by hand, tied to the flow's data so a renamed answer fails here, not on a phone. */
const answersOf = (id: string) => (flow.nodes[id] as QuestionNode).answers.map((a) => a.id);

describe('answer ids named in the code', () => {
  it('lender types are the triage lender answers, in order', () => {
    expect([...LENDER_TYPES]).toEqual(answersOf('lender'));
  });

  it('conduct the letters name is conduct the triage asks about', () => {
    expect([...IMPROPER_CONDUCT, ...POLICE_CONDUCT].filter((id) => !answersOf('conduct').includes(id))).toEqual([]);
  });

  it('court stages cover the triage court answers and the plan court statuses', () => {
    const triage = answersOf('court').map((id) => (id === 'dontKnow' ? 'unsure' : id));
    expect(triage.filter((stage) => !(COURT_STAGES as readonly string[]).includes(stage))).toEqual([]);
    expect(COURT_STATUSES.filter((status) => status !== 'enforcement' && !(COURT_STAGES as readonly string[]).includes(status))).toEqual([]);
  });
});
