import type { DBCoreAddRequest, DBCoreDeleteRequest, DBCorePutRequest, DBCoreTable } from 'dexie';

/**
 * The keys a put, add or delete request writes, and each row as it was stored before: what the
 * middlewares keeping a derived table (arrearsSummary.ts, reviewMonths.ts) compare. An add never
 * replaces a stored row (it fails instead): only puts and deletes read first.
 */
export async function rowsBeforeWrite<Row>(
  table: DBCoreTable,
  req: DBCoreAddRequest | DBCorePutRequest | DBCoreDeleteRequest,
): Promise<{ keys: unknown[]; before: (Row | undefined)[] }> {
  const keyOf = table.schema.primaryKey.extractKey;
  const keys: unknown[] =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? (keyOf ? req.values.map((v: unknown) => keyOf(v)) : []));
  const before =
    req.type === 'add'
      ? []
      : ((await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[]);
  return { keys, before };
}
