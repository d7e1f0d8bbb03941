// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ReviewPage from '../../../renderer/src/features/review/ReviewPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { manager } from '../../fixtures/backup';
import { clerk, makeIssueInput } from '../../fixtures/moneyActors';
import { renderWithRepos } from '../operators/renderWithRepos';

/** IntersectionObserver as the page's scrolling would drive it: nothing is in view until shown. */
class FakeObserver {
  static all = new Set<FakeObserver>();
  readonly targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.add(this);
  }
  observe(el: Element): void {
    this.targets.push(el);
  }
  unobserve(): void {}
  disconnect(): void {
    FakeObserver.all.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** The boxes inside `container` scroll into view. */
  static show(container: Element): void {
    for (const o of [...FakeObserver.all]) {
      const inside = o.targets.filter((t) => container.contains(t));
      if (inside.length === 0) continue;
      const entries = inside.map((target) => ({ target, isIntersecting: true }));
      o.callback(
        entries as unknown as IntersectionObserverEntry[],
        o as unknown as IntersectionObserver,
      );
    }
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.all.clear();
});

const drawn = (id: string) =>
  screen.getByTestId(`review-chart-${id}`).querySelector('svg.recharts-surface') !== null;
const held = (id: string) =>
  screen.getByTestId(`review-chart-${id}`).querySelector('[data-deferred]') !== null;

describe('月度统计 draws its charts as they come into view', () => {
  it('holds their place until seen, draws all for print, and reads each register’s month once', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    // jsdom has no idle callbacks (the review prefetches the month before while idle).
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    const repos = makeTestRepos();
    // Money in this month, so its charts have bars to draw (an empty month draws no chart).
    await repos.receipts.issue(clerk, makeIssueInput());
    await repos.receipts.issue(clerk, makeIssueInput({ method: 'wechat' }));
    const site = vi.spyOn(repos.siteChecks, 'monthFigures');
    const visits = vi.spyOn(repos.visitRecords, 'monthFigures');
    window.history.replaceState(null, '', '/?month=2026-11');
    const view = renderWithRepos(<ReviewPage />, repos, manager);
    await screen.findByTestId('review-page');
    await screen.findByTestId('review-chart-money-method');

    // Nothing scrolled into view yet: the charts' places are held at the charts' own size.
    expect(held('money-method')).toBe(true);
    expect(drawn('money-method')).toBe(false);
    const place = screen
      .getByTestId('review-chart-money-method')
      .querySelector<HTMLElement>('[data-deferred]')!;
    expect(place.style.width).toBe('520px');
    expect(place.style.height).toBe('230px');

    // Scrolled into view: drawn, the others still waiting.
    act(() => FakeObserver.show(screen.getByTestId('review-card-money-method')));
    await waitFor(() => expect(drawn('money-method')).toBe(true));
    expect(held('money-item')).toBe(true);
    expect(
      screen.getByTestId('review-card-trend').querySelectorAll('[data-deferred]'),
    ).toHaveLength(2);

    // Printing (Ctrl+P): every chart is drawn, none left waiting.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByTestId('review-page').querySelectorAll('[data-deferred]')).toHaveLength(0);
    expect(drawn('money-item')).toBe(true);

    // The screen's register sections and the report's share one read of each month.
    await screen.findByTestId('review-section-site');
    await waitFor(() => expect(site).toHaveBeenCalledWith('2026-10'));
    expect(site.mock.calls.filter(([m]) => m === '2026-11')).toHaveLength(1);
    expect(visits.mock.calls.filter(([m]) => m === '2026-11')).toHaveLength(1);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    view.unmount();
  });
});
