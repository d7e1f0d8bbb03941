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
/** A card not rendered: its place held (no antd Card, no view switch, no chart, no table). */
const held = (id: string) => {
  const card = screen.getByTestId(`review-card-${id}`);
  return card.hasAttribute('data-held') && card.querySelector('[data-deferred]') !== null;
};

describe('月度统计 renders its cards as they come into view', () => {
  it('holds each card’s place until seen, renders all for print, re-renders only what changed, and reads each register’s month once', async () => {
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
    await screen.findByTestId('review-card-money-method');

    // Nothing scrolled into view yet: every card's place is held at the card's own size (its
    // frame and its chart's height), nothing of the card rendered.
    const cards = () => screen.getByTestId('review-page').querySelectorAll('[data-held]');
    // 25 chart cards, the trend, 重大欠费, and the four registers' sections at the foot.
    expect(cards().length).toBe(31);
    expect(screen.getByTestId('review-section-site').hasAttribute('data-held')).toBe(true);
    expect(held('money-method')).toBe(true);
    expect(screen.queryByTestId('review-view-money-method')).toBeNull();
    expect(screen.queryByTestId('review-table-money-method')).toBeNull();
    const place = screen
      .getByTestId('review-card-money-method')
      .querySelector<HTMLElement>('[data-deferred]')!;
    // 230 px of chart, 63 px of card frame, less the held outline's 2 px.
    expect(place.style.height).toBe('291px');
    expect(held('trend')).toBe(true);

    // Scrolled into view: rendered whole (its view switch, its chart drawn), the others held.
    // The observed box is the card's place (the held card, then the card, inside it).
    act(() => FakeObserver.show(screen.getByTestId('review-card-money-method').parentElement!));
    await waitFor(() => expect(drawn('money-method')).toBe(true));
    expect(screen.getByTestId('review-view-money-method')).toBeTruthy();
    expect(held('money-item')).toBe(true);
    expect(held('trend')).toBe(true);

    // Printing (Ctrl+P): every card is rendered, none left held.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByTestId('review-page').querySelectorAll('[data-deferred]')).toHaveLength(0);
    expect(drawn('money-item')).toBe(true);
    expect(screen.getByTestId('review-empty-complaints-category')).toBeTruthy();
    expect(screen.getByTestId('review-section-parking').querySelector('table')).not.toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });

    // The screen's register sections and the report's share one read of each month.
    await screen.findByTestId('review-section-site');
    await waitFor(() => expect(site).toHaveBeenCalledWith('2026-10'));
    expect(site.mock.calls.filter(([m]) => m === '2026-11')).toHaveLength(1);
    expect(visits.mock.calls.filter(([m]) => m === '2026-11')).toHaveLength(1);

    // A write that changes the money cards: the one out of view is held again (no stale numbers
    // left on the page), the one in view re-rendered, a card whose numbers stayed left alone.
    const complaints = screen.getByTestId('review-card-complaints-category');
    const method = screen.getByTestId('review-card-money-method');
    await act(() => repos.receipts.issue(clerk, makeIssueInput({ method: 'wechat' })));
    await waitFor(() => expect(held('money-item')).toBe(true));
    expect(screen.getByTestId('review-card-complaints-category')).toBe(complaints);
    expect(complaints.hasAttribute('data-held')).toBe(false);
    expect(screen.getByTestId('review-card-money-method')).toBe(method);
    expect(drawn('money-method')).toBe(true);
    view.unmount();
  });
});
