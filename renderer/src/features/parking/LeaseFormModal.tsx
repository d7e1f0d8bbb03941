import { Typography, Form } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { PARKING_USES, ParkingRuleError } from '@shared/domain/parking';
import { unitContact } from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { FormModal, type RecordFormProps } from '../../components/FormModal';
import { useLabelledRows } from '../../components/labelledRows';
import { ValueBox } from '../../components/ValueBox';
import { plainError, useRecordForm } from '../../components/useDraftForm';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';
import type { ParkingLeaseRecord } from '../../db/records';
import { t } from '../../i18n';
import {
  blankLease,
  leaseResolver,
  toLeaseInput,
  type LeaseContext,
  type LeaseValues,
} from './leaseForm';

const L = Field.labelsIn('parking.form');
const usageChoices = () => Field.choices(PARKING_USES, (u) => t(`parking.use.${u}`));

/** 车位使用登记: space, unit and holder, let or sale with its dates, plates and fee. Ctrl+S saves. */
export function LeaseFormModal(
  props: RecordFormProps<ParkingLeaseRecord> & {
    initial?: Partial<LeaseValues>;
  },
) {
  const repos = useRepos();
  const { actor } = useSession();
  const spaces = useLiveQuery(() => repos.parking.listSpaces(), [repos]);
  // What the resolver checks against, set once the live reads arrive (read outside render).
  const [box] = useState(() => new ValueBox<LeaseContext>({ spaces: [], sameSpace: [] }));
  const resolver = useMemo(() => leaseResolver(box.get), [box]);
  const { form, frame } = useRecordForm<LeaseValues, ParkingLeaseRecord>({
    draftKey: 'parking.lease.new',
    resolver,
    defaults: () => blankLease(props.initial),
    save: (v) => repos.parking.createLease(actor, toLeaseInput(v)),
    onSaved: props.onSaved,
    // Another desk let the space meanwhile: the refusal shows at 起始日期.
    describe: (err) => {
      if (err instanceof ParkingRuleError) {
        form.setError('startDate', { message: err.message });
        return null;
      }
      return plainError(err);
    },
  });
  const F = useLabelledRows(form.control, L);
  const [spaceId, use] = useWatch({ control: form.control, name: ['spaceId', 'use'] });
  const sameSpace = useLiveQuery(
    () => (spaceId ? repos.parking.onSpace(spaceId) : []),
    [repos, spaceId],
  );
  useEffect(() => {
    box.set({ spaces: spaces ?? [], sameSpace: sameSpace ?? [] });
    if (form.getValues('startDate')) void form.trigger(['startDate', 'use']);
  }, [box, spaces, sameSpace, form, use]);

  const fillHolder = (people: ArchivePerson[]) => {
    if (form.getValues('holderName').trim() || form.getValues('holderPhone').trim()) return;
    const c = unitContact(people);
    if (!c) return;
    form.setValue('holderName', c.name, { shouldValidate: true });
    form.setValue('holderPhone', c.phone, { shouldValidate: true });
  };

  return (
    <FormModal
      title={t('parking.form.title')}
      testId="lease-form"
      width={660}
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('spaceId')}
    >
      <F.Select
        name="spaceId"
        label={L('space')}
        required
        emptyIsNone
        searchable
        testId="lease-space"
        options={(spaces ?? []).map((s) => ({
          value: s.id,
          label: `${s.no} ${s.zone}（${t(`parking.kind.${s.kind}`)}）`,
        }))}
      />
      <F.Unit
        name="unitCode"
        label={L('unit')}
        required
        testId="lease-unit"
        onUnit={(id) => form.setValue('unitId', id, { shouldValidate: true })}
        onPeople={fillHolder}
      />
      <F.Text name="holderName" required testId="lease-holder" />
      <F.Text name="holderPhone" required testId="lease-phone" />
      <F.Radio name="use" required solid testId="lease-use" options={usageChoices()} />
      <F.Date name="startDate" required testId="lease-start" />
      {use === 'sale' ? (
        <Form.Item label={L('endDate')}>
          <Typography.Text type="secondary">{L('endDateSale')}</Typography.Text>
        </Form.Item>
      ) : (
        <F.Date name="endDate" required testId="lease-end" />
      )}
      <F.Text name="plates" required placeholder={L('platesHint')} testId="lease-plates" />
      <F.Text name="monthlyFee" required style={{ width: 140 }} testId="lease-fee" />
      <F.Text name="note" testId="lease-note" />
    </FormModal>
  );
}
