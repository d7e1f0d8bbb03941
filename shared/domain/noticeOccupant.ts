/** Who a bill's notice is addressed to, as the archive holds people. */
export interface OccupantCandidate {
  kind: string;
  deletedAt?: string | undefined;
  moveOutDate?: string | undefined;
}

/**
 * The person a notice is addressed to among a unit's people: someone still living there (not
 * moved out, not deleted), an owner or company first, then a tenant, then anyone else; the
 * archive's order breaks ties.
 */
export function occupantOf<T extends OccupantCandidate>(people: readonly T[]): T | undefined {
  const rank = (p: T) =>
    p.kind === 'owner' || p.kind === 'company' ? 0 : p.kind === 'tenant' ? 1 : 2;
  return people
    .filter((p) => !p.deletedAt && !p.moveOutDate)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)[0]?.p;
}
