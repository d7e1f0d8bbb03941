/**
 * The slice of PouchDB 9 the sync bridge uses, typed here (the published @types describe
 * PouchDB 6). Kept to what the code calls, so a wrong call fails the typecheck.
 */
declare module 'pouchdb-core' {
  export interface PouchDocMeta {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    _revisions?: { start: number; ids: string[] };
  }
  export type PouchDoc<T = Record<string, unknown>> = T & PouchDocMeta;

  export interface PouchWriteResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    reason?: string;
    status?: number;
    name?: string;
    message?: string;
  }

  export interface PouchAllDocsRow<T> {
    id?: string;
    key: string;
    value?: { rev: string; deleted?: boolean };
    doc?: PouchDoc<T> | null;
    error?: string;
  }

  export interface PouchChange<T> {
    id: string;
    seq: number | string;
    changes: { rev: string }[];
    deleted?: boolean;
    doc?: PouchDoc<T>;
  }

  export interface PouchReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
    last_seq?: number | string;
    status?: string;
  }

  export interface PouchReplication extends Promise<PouchReplicationResult> {
    on(event: 'change', listener: (info: PouchReplicationResult) => void): this;
    on(event: 'denied', listener: (error: unknown) => void): this;
    on(event: string, listener: (info: unknown) => void): this;
    cancel(): void;
  }

  export interface PouchReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    retry?: boolean;
    live?: boolean;
    checkpoint?: 'source' | 'target' | false;
    /** A design document filter, `ddoc/name`, run by the source (the server). */
    filter?: string;
    /** Start after this source sequence instead of the checkpoint (a desk seeded from a backup). */
    since?: number | string;
  }

  /** A live changes feed (over HTTP: longpoll requests one after another until cancelled). */
  export interface PouchChangesFeed<T> {
    on(event: 'change', listener: (change: PouchChange<T>) => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    on(event: 'complete', listener: (info: unknown) => void): this;
    cancel(): void;
  }

  export interface PouchInfo {
    db_name: string;
    doc_count: number;
    update_seq: number | string;
  }

  export interface PouchOptions {
    adapter?: string;
    auto_compaction?: boolean;
    revs_limit?: number;
    skip_setup?: boolean;
    auth?: { username: string; password: string };
    fetch?: (url: string | URL, init?: RequestInit) => Promise<Response>;
    prefix?: string;
  }

  export default class PouchDB<T = Record<string, unknown>> {
    constructor(name: string, options?: PouchOptions);
    static plugin(plugin: unknown): typeof PouchDB;
    static replicate<S, D>(
      source: PouchDB<S> | string,
      target: PouchDB<D> | string,
      options?: PouchReplicateOptions,
    ): PouchReplication;
    readonly name: string;
    info(): Promise<PouchInfo>;
    get(
      id: string,
      options?: { rev?: string; revs?: boolean; conflicts?: boolean },
    ): Promise<PouchDoc<T>>;
    put(doc: PouchDoc<T>): Promise<PouchWriteResult>;
    bulkDocs(
      docs: PouchDoc<Partial<T>>[],
      options?: { new_edits?: boolean },
    ): Promise<PouchWriteResult[]>;
    allDocs(options: {
      keys?: string[];
      include_docs?: boolean;
      startkey?: string;
      endkey?: string;
      limit?: number;
    }): Promise<{ total_rows: number; rows: PouchAllDocsRow<T>[] }>;
    changes(options: {
      live: true;
      since: number | string;
      /** ms between the server's keep-alive newlines (false: none). */
      heartbeat?: number | false;
      style?: 'main_only' | 'all_docs';
      return_docs?: false;
    }): PouchChangesFeed<T>;
    changes(options: {
      since: number | string;
      limit?: number;
      include_docs?: boolean;
      conflicts?: boolean;
      style?: 'main_only' | 'all_docs';
    }): Promise<{ results: PouchChange<T>[]; last_seq: number | string }>;
    /** Of the given revisions, those this database does not hold. */
    revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
