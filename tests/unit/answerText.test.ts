import { answerText } from '../../src/triage/answerText.ts';
import { textsIn } from '../support/letterTexts.ts';

describe('an answer read back on the review page', () => {
  it('joins several chosen answers as a list, never running them together', () => {
    const zh = textsIn('zh-CN').tt;
    const labels = ['calls', 'sms'].map((id) => zh(`nodes.channels.answers.${id}`));
    expect(answerText(zh, 'zh-CN', 'channels', ['calls', 'sms'])).toBe(`${labels[0]}和${labels[1]}`);
    expect(answerText(zh, 'zh-CN', 'channels', ['calls', 'sms', 'visits'])).toContain(`${labels[0]}、${labels[1]}`);
    const en = textsIn('en').tt;
    expect(answerText(en, 'en', 'channels', ['calls', 'sms', 'visits'])).toMatch(/^[^,]+, [^,]+, and [^,]+$/);
    expect(answerText(en, 'en', 'danger', 'no')).toBe(en('nodes.danger.answers.no'));
  });
});
