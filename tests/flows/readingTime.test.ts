import { nodeOf } from '../../src/flow/machine.ts';
import zhTriage from '../../locales/zh-CN/triage.json' with { type: 'json' };
import zhUi from '../../locales/zh-CN/ui.json' with { type: 'json' };
import { flow } from '../../src/case/flow.ts';
import { machine } from '../../src/case/triage.ts';
import { simplePaths } from '../support/paths.ts';

/**
 * A slow, careful reader: 300 Chinese characters a minute (a frightened reader on a phone, below an
 * adult's usual 400–500), every word of each screen read, and 5 seconds a screen to choose and tap.
 */
const CHARACTERS_A_MINUTE = 300;
const SECONDS_TO_ANSWER = 5;

type NodeText = { title: string; hint?: string; body?: string; answers?: Record<string, string>; answerHints?: Record<string, string> };
const screenText = (nodeId: string) => {
  const node = (zhTriage.nodes as Record<string, NodeText>)[nodeId];
  return [node.title, node.hint, node.body, ...Object.values(node.answers ?? {}), ...Object.values(node.answerHints ?? {})].join('');
};

describe('the start page promises the time a walk takes', () => {
  it('states the minutes and the number of questions of a walk with no detour, at a slow reading pace', () => {
    const walks = simplePaths(flow, machine)
      .filter((p) => flow.nodes[nodeOf(p.state)].type === 'result')
      // The first step holds the start, each next one the state an answer led to: every screen shown.
      .map((p) => p.steps.map((step) => nodeOf(step.state)).filter((id) => flow.nodes[id].type !== 'result'))
      .filter((trail) => trail.every((id) => flow.nodes[id].type === 'question'));
    expect(walks.length).toBeGreaterThan(0);
    for (const trail of walks) {
      const characters = trail.map(screenText).join('').length;
      const minutes = characters / CHARACTERS_A_MINUTE + (trail.length * SECONDS_TO_ANSWER) / 60;
      const [promisedMinutes, promisedQuestions] = zhUi.start.time.match(/\d+/g)!.map(Number);
      expect(Math.abs(promisedMinutes - minutes), `${trail.join(' → ')}: ${minutes.toFixed(1)} min`).toBeLessThanOrEqual(1);
      expect(promisedQuestions).toBe(trail.length);
    }
  });
});
