import { useEffect, useRef, useState } from 'react';
import { maskPhone } from '@shared/domain/identity';
import { useRepos } from '../app/ReposContext';

export interface PersonOption {
  value: string;
  label: string;
  personId: string;
  unitId: string;
  unitCode: string;
  phone: string;
}

/** Archive people matching what is typed as the customer, with their unit; phones masked. */
export function usePeopleOptions(q: string): PersonOption[] {
  const repos = useRepos();
  const [found, setFound] = useState<{ q: string; options: PersonOption[] }>({
    q: '',
    options: [],
  });
  const ticket = useRef(0);
  const query = q.trim();
  useEffect(() => {
    const mine = ++ticket.current;
    if (query.length < 1) return;
    void (async () => {
      const people = await repos.search.findPeople(query, 8);
      const units = await repos.units.getMany([...new Set(people.map((p) => p.unitId))]);
      const codeOf = new Map(units.map((u) => [u.id, u.code]));
      if (mine !== ticket.current) return;
      setFound({
        q: query,
        options: people.map((p) => ({
          value: p.id,
          label: [p.name, codeOf.get(p.unitId) ?? '', p.phones[0] ? maskPhone(p.phones[0]) : '']
            .filter(Boolean)
            .join(' · '),
          personId: p.id,
          unitId: p.unitId,
          unitCode: codeOf.get(p.unitId) ?? '',
          phone: p.phones[0] ?? '',
        })),
      });
    })();
  }, [query, repos]);
  return query && found.q === query ? found.options : [];
}
