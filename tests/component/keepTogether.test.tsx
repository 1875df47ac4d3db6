// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { KeepTogether } from '../../src/components/KeepTogether.tsx';

describe('KeepTogether', () => {
  it('keeps each date, time and count whole, and the text as it was', () => {
    const text = '书面异议的最后一天：2026年12月16日星期三，还有 10 天；记录 2026-12-06 20:06，共 3 条。';
    const { container } = render(
      <p>
        <KeepTogether text={text} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    expect([...container.querySelectorAll('.whole-date')].map((span) => span.textContent)).toEqual([
      '2026年12月16日星期三',
      '10 天',
      '2026-12-06 20:06',
      '3 条',
    ]);
  });

  it('leaves text with nothing to keep together alone', () => {
    const { container } = render(
      <p>
        <KeepTogether text="没有日期的一句话。" />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>没有日期的一句话。</p>');
  });
});
