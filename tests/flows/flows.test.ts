import { transition } from 'xstate';
import { triageChecklist } from '../../src/triage/checklistItems.ts';
import { nodeOf } from '../../src/flow/machine.ts';
import { replay } from '../../src/flow/replay.ts';
import { flow } from '../../src/case/flow.ts';
import { machine } from '../../src/case/triage.ts';
import { sampleEvents, shortestPaths, simplePaths } from '../support/paths.ts';

const resultIds = Object.keys(flow.nodes).filter((n) => flow.nodes[n].type === 'result');

describe('paths through the real machine', () => {
  const paths = simplePaths(flow, machine);
  const complete = paths.filter((p) => flow.nodes[nodeOf(p.state)].type === 'result');

  it('ends every path on a result: every other state accepts some answer and moves on', () => {
    const stuck = paths
      .filter((p) => flow.nodes[nodeOf(p.state)].type !== 'result')
      .filter((p) => !sampleEvents(flow, machine)(p.state).some((e) => nodeOf(transition(machine, p.state, e)[0]) !== nodeOf(p.state)));
    expect(stuck.map((p) => nodeOf(p.state))).toEqual([]);
    expect(new Set(complete.map((p) => nodeOf(p.state)))).toEqual(new Set(resultIds));
  });

  it('puts every node on some complete path', () => {
    const visited = new Set(complete.flatMap((p) => p.steps.map((s) => nodeOf(s.state))));
    expect([...visited].sort()).toEqual(Object.keys(flow.nodes).sort());
  });

  it('asks at most 11 questions on any path, and at most 10 where no safety or scam screen comes in (recorded for the closing note)', () => {
    const routes = complete.map((p) => {
      // The first step holds the start, each next one the state an answer led to (`p.state` is shared by every path to it).
      const trail = p.steps.map((step) => nodeOf(step.state));
      return {
        route: trail.join(' → '),
        questions: trail.filter((id) => flow.nodes[id].type === 'question').length,
        detour: trail.some((id) => flow.nodes[id].type === 'info'),
      };
    });
    expect(Math.max(...routes.map((r) => r.questions))).toBeLessThanOrEqual(11);
    expect(Math.max(...routes.filter((r) => !r.detour).map((r) => r.questions))).toBeLessThanOrEqual(10);
    expect(Object.fromEntries(routes.map((r) => [r.route, r.questions]))).toMatchSnapshot();
  });

  it('counts the flow (recorded for the closing note)', () => {
    expect({ nodes: Object.keys(flow.nodes).length, results: resultIds.length, completePaths: complete.length }).toMatchSnapshot();
  });
});

describe('each result, by its shortest path', () => {
  const byResult = shortestPaths(flow, machine).filter((p) => flow.nodes[nodeOf(p.state)].type === 'result');

  it.each(resultIds)('%s: answers and checklist (a flow edit shows up here as a diff)', (resultId) => {
    const path = byResult.find((p) => nodeOf(p.state) === resultId)!;
    const answers = path.state.context.answers;
    const live = replay(flow, machine, answers);
    expect(live.result).toBe(resultId);
    expect({ answers, checklist: triageChecklist(live).items.map((i) => `${i.group}: ${i.id}`) }).toMatchSnapshot();
  });
});
