import { Button, Space } from 'antd';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { MoveInRecord } from '../../db/records';
import { t } from '../../i18n';
import type { BuiltDocument } from '../../print/printTypes';
import { usePrintPreview } from '../../print/PrintPreview';
import {
  buildInspectionSheet,
  buildKeyList,
  buildResidentRegistration,
} from './print/moveInTemplates';
import { usePropertyProfile } from '../settings/useSettings';

/** The move-in's paper: 住户登记表, 房屋质量验收登记表 and the key list the owner signs. */
export function MoveInPrints({ moveIn: m }: { moveIn: MoveInRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const profile = usePropertyProfile() ?? { name: '' };
  const { preview, modal } = usePrintPreview();
  const print = (doc: BuiltDocument) =>
    preview(doc, () => repos.audit.note(actor, 'print', 'moveIns', m.id, doc.title));
  const returned = m.moveOut ? { count: m.moveOut.keysReturned, at: m.moveOut.at } : undefined;
  return (
    <Space wrap>
      <Button
        onClick={() => print(buildResidentRegistration(m, profile))}
        data-testid="movein-print-registration"
      >
        {t('movein.prints.registration')}
      </Button>
      <Button
        onClick={() => print(buildInspectionSheet(m, profile))}
        data-testid="movein-print-inspection"
      >
        {t('movein.prints.inspection')}
      </Button>
      <Button
        onClick={() => print(buildKeyList(m, profile, returned))}
        data-testid="movein-print-keys"
      >
        {t('movein.prints.keys')}
      </Button>
      {modal}
    </Space>
  );
}
