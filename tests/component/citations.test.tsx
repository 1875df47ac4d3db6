// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { Citations } from '../../src/law/Citations.tsx';
import type { ChannelId, CitationId } from '../../src/law/law.ts';

describe('citation ids', () => {
  it('an id the registry does not have fails to compile', () => {
    // @ts-expect-error "noSuchRule" is not a key of flows/law.json's citations
    const unknown: CitationId = 'noSuchRule';
    expect(unknown).toBe('noSuchRule');
  });

  it('an unknown id that comes from data anyway is left out and reported, and the rest still show', () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fromData = JSON.parse('["pipl10", "noSuchRule"]') as CitationId[];
    const { container } = render(<Citations cites={fromData} channels={JSON.parse('["nfra12378", "noSuchLine"]') as ChannelId[]} />);
    expect([...container.querySelectorAll('[data-cite]')].map((li) => li.getAttribute('data-cite'))).toEqual(['pipl10']);
    expect([...container.querySelectorAll('[data-channel]')].map((li) => li.getAttribute('data-channel'))).toEqual(['nfra12378']);
    expect(report.mock.calls.map(([message]) => String(message))).toEqual([expect.stringContaining('noSuchRule'), expect.stringContaining('noSuchLine')]);
    report.mockRestore();
  });
});
