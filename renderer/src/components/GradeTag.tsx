import { Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { GRADES, type CustomerGrade } from '@shared/domain/units';
import { useRepos } from '../app/ReposContext';

const COLOR: Record<CustomerGrade, string> = { normal: 'default', major: 'gold', vip: 'magenta' };
const RANK: Record<CustomerGrade, number> = { normal: 0, major: 1, vip: 2 };

/**
 * The customer's grade (普通/大客户/VIP, 重点对待) from the archive: the person's own, or with only
 * a unit known the highest grade among its people. Undefined while unknown.
 */
export function useCustomerGrade(ref: {
  personId?: string | undefined;
  unitId?: string | undefined;
}): CustomerGrade | undefined {
  const repos = useRepos();
  const { personId, unitId } = ref;
  return useLiveQuery(async () => {
    if (personId) return (await repos.people.get(personId))?.grade;
    if (!unitId) return undefined;
    const people = await repos.people.listByUnit(unitId);
    return people.reduce<CustomerGrade | undefined>(
      (best, p) => (best === undefined || RANK[p.grade] > RANK[best] ? p.grade : best),
      undefined,
    );
  }, [repos, personId, unitId]);
}

/**
 * The grade as a tag wherever a case is handled; 普通 shows too, once the customer is known,
 * except in a list (`onlyMarked`), where only 大客户/VIP stand out.
 */
export function GradeTag(props: {
  personId?: string | undefined;
  unitId?: string | undefined;
  onlyMarked?: boolean;
}) {
  const grade = useCustomerGrade(props);
  if (!grade || (props.onlyMarked && grade === 'normal')) return null;
  return (
    <Tag color={COLOR[grade]} data-testid="grade-tag" data-grade={grade}>
      {GRADES[grade]}
    </Tag>
  );
}
