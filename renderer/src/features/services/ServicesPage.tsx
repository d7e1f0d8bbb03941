import { WorkOrdersPage } from '../repairs/WorkOrdersPage';

/** 有偿服务: paid services as work orders with a charge notice. */
export default function ServicesPage() {
  return <WorkOrdersPage kind="paidService" />;
}
