import { App, Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { officeDateOf } from '@shared/domain/officeTime';
import { VISIT_KINDS } from '@shared/domain/visitPlan';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import {
  ChoiceFilter,
  RegisterPage,
  RegisterTabs,
  TextFilter,
  useNewShortcut,
} from '../../components/RegisterPage';
import { useOfficeNow } from '../../components/useOfficeClock';
import { useChoiceFilter, useMonthBox } from '../../components/useRegisterFilters';
import { useActionParam, useOpenParam } from '../../components/useOpenParam';
import { useRegisterExport } from '../../components/useRegisterExport';
import type { VisitRecordRecord } from '../../db/records';
import { t } from '../../i18n';
import { useProfilePreview } from '../../print/PrintPreview';
import { PlanTab, type PlanHighlight } from './PlanTab';
import { buildVisitRecord } from './print/visitRecordTemplate';
import { VisitDrawer } from './VisitDrawer';
import { VisitFormModal } from './VisitFormModal';
import { visitSheetColumns, VisitTable } from './VisitTable';

const PLAN_EXTRAS: readonly string[] = ['year'];

/** 拜访计划: the visits and meetings recorded (Alt+N), and the year's plan against them. */
export default function VisitsPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const today = officeDateOf(useOfficeNow());
  const exportRegister = useRegisterExport();
  const { profile, preview, modal } = useProfilePreview();
  const [tab, setTab] = useState('records');
  const [highlight, setHighlight] = useState<PlanHighlight | undefined>();
  const [form, setForm] = useState<'visit' | 'meeting' | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [validMonth, monthBox] = useMonthBox(t('visits.page.month'), 'visits-month');
  const [kind, kindFilter] = useChoiceFilter(
    t('visits.page.allKinds'),
    150,
    'visits-kind',
    VISIT_KINDS,
    (k) => t(`visits.kind.${k}`),
  );
  const [visitor, setVisitor] = useState<string | undefined>();
  useOpenParam(setOpenId);
  // The board's link to a plan item (visitPlanDue: `/visits?plan=<key>&year=<plan year>`).
  useActionParam('plan', PLAN_EXTRAS, (key, extras) => {
    setTab('plan');
    const year = Number(extras.year);
    setHighlight({ key, ...(Number.isInteger(year) && year > 2000 ? { year } : {}) });
  });
  const listed = useLiveQuery(
    () =>
      repos.visitRecords.list({
        ...(validMonth ? { month: validMonth } : {}),
        ...(kind ? { kind } : {}),
      }),
    [repos, validMonth, kind],
  );
  const rows = listed?.filter((v) => !visitor || v.visitorId === visitor);
  const visitors = [...new Map((listed ?? []).map((v) => [v.visitorId, v.visitorName]))];
  const openNew = useCallback(() => setForm('visit'), []);
  useNewShortcut(openNew, form === null && !openId);

  const print = (v: VisitRecordRecord) =>
    preview(buildVisitRecord(v, profile), () => repos.visitRecords.markPrinted(actor, v.id));

  const recordsTab = (
    <>
      <div style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
        {kindFilter.render()}
        <ChoiceFilter
          placeholder={t('visits.page.allVisitors')}
          width={140}
          state={[visitor, setVisitor]}
          testId="visits-visitor"
          options={visitors.map(([value, label]) => ({ value, label }))}
        />
        <TextFilter {...monthBox} />
      </div>
      <VisitTable rows={rows} onOpen={(v) => setOpenId(v.id)} />
    </>
  );
  return (
    <RegisterPage
      testId="visits-page"
      title={t('visits.page.title')}
      actions={
        <Button onClick={() => setForm('meeting')} data-testid="visits-add-meeting">
          {t('visits.page.addMeeting')}
        </Button>
      }
      exportButton={{
        label: t('visits.page.export'),
        testId: 'visits-export',
        disabled: !rows?.length,
        onClick: () =>
          void exportRegister({
            table: 'visitRecords',
            fileName: t('visits.page.fileName', {
              month: validMonth ?? t('visits.page.allMonths'),
            }),
            sheetName: t('visits.page.sheet'),
            columns: visitSheetColumns(),
            rows: rows ?? [],
            done: t('visits.page.exported'),
          }),
      }}
      newButton={{ label: t('visits.page.add'), testId: 'visits-add', onClick: openNew }}
    >
      <RegisterTabs
        active={[tab, setTab]}
        tabs={{
          records: [t('visits.page.records'), recordsTab],
          plan: [
            t('visits.page.plan'),
            <PlanTab today={today} {...(highlight ? { highlight } : {})} />,
          ],
        }}
      />
      {form && (
        <VisitFormModal
          mode={form}
          onClose={() => setForm(null)}
          onSaved={(v) => {
            setForm(null);
            void message.success(t('visits.form.saved', { no: v.no }));
            setOpenId(v.id);
          }}
        />
      )}
      {openId && <VisitDrawer id={openId} onClose={() => setOpenId(null)} onPrint={print} />}
      {modal}
    </RegisterPage>
  );
}
