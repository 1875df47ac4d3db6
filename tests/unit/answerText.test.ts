import { answerText } from '../../src/triage/answerText.ts';
import { textsIn } from '../support/letterTexts.ts';

describe('an answer read back on the review page', () => {
  it('joins several chosen answers as a list, never running them together', () => {
    const zh = textsIn('zh-CN').tt;
    const labels = ['nightCalls', 'manyCalls'].map((id) => zh(`nodes.conduct.answers.${id}`));
    expect(answerText(zh, 'zh-CN', 'conduct', ['nightCalls', 'manyCalls'])).toBe(`${labels[0]}和${labels[1]}`);
    expect(answerText(zh, 'zh-CN', 'conduct', ['nightCalls', 'manyCalls', 'visits'])).toContain(`${labels[0]}、${labels[1]}`);
    const en = textsIn('en').tt;
    expect(answerText(en, 'en', 'conduct', ['manyCalls', 'insults', 'visits'])).toMatch(/^[^,]+, [^,]+, and [^,]+$/);
    expect(answerText(en, 'en', 'caller', 'agency')).toBe(en('nodes.caller.answers.agency'));
  });
});
