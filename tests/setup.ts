// Each test file gets the IndexedDB globals; tests that need isolation create their own
// IDBFactory through tests/db/makeTestDb.ts.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { pinClock } from './fixtures/clock';

// Time is an input: every test starts on the same working-day morning (tests/fixtures/clock.ts),
// whatever day the machine thinks it is. A test may pin another moment or fake more timers.
beforeEach(() => {
  pinClock();
});
afterEach(() => {
  vi.useRealTimers();
});

// Component tests (jsdom): Testing Library's findBy*/waitFor give up after 1 s by default, far
// inside the 30 s a test may take. On the shared 2-core machine an antd screen (the 14-row fee
// table, the receipt dialog) can take longer than that to render, so a passing test failed as
// "Unable to find". A wait returns as soon as its condition holds; the longer limit only
// changes how long a test that is really failing takes to say so.
// Each component test starts on an empty page and an empty localStorage (drafts, last choices).
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });
}
