// Each test file gets the IndexedDB globals; tests that need isolation create their own
// IDBFactory through tests/db/makeTestDb.ts.
import 'fake-indexeddb/auto';
