import { WorkOrdersPage } from './WorkOrdersPage';

/** 报修派工: repairs reported at the desk. */
export default function RepairsPage() {
  return <WorkOrdersPage kind="repair" />;
}
