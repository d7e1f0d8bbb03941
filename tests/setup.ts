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
