import { DownOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, Segmented, Space, Tooltip, Typography } from 'antd';
import { t } from '../../i18n';
import type { ArchiveView } from './useArchiveParams';
import { useArchiveFiles } from './useArchiveFiles';

interface Props {
  search: string;
  onSearch: (text: string) => void;
  view: ArchiveView;
  onView: (view: ArchiveView) => void;
  onAddUnit: () => void;
  onImport: () => void;
}

/** Title, the archive's own search box, the view switch and the archive's actions. */
export function ArchiveToolbar({ search, onSearch, view, onView, onAddUnit, onImport }: Props) {
  const { modal } = App.useApp();
  const files = useArchiveFiles();
  const exportFull = () =>
    modal.confirm({
      title: t('archive.exportFull'),
      content: t('archive.exportFullConfirm'),
      onOk: () => files.exportArchive(false),
    });

  return (
    <div
      style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 12, flexWrap: 'wrap' }}
    >
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('archive.title')}
      </Typography.Title>
      <Input.Search
        allowClear
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        placeholder={t('archive.searchPlaceholder')}
        aria-label={t('archive.searchLabel')}
        data-testid="archive-search"
        style={{ width: 340 }}
      />
      <Segmented<ArchiveView>
        value={view}
        onChange={onView}
        options={[
          { value: 'units', label: t('archive.viewUnits') },
          { value: 'people', label: t('archive.viewPeople') },
        ]}
        data-testid="archive-view"
      />
      <span style={{ flex: 1 }} />
      <Space>
        <Tooltip title="Alt+N">
          <Button icon={<PlusOutlined />} onClick={onAddUnit} data-testid="add-unit">
            {t('archive.addUnit')}
          </Button>
        </Tooltip>
        <Button icon={<UploadOutlined />} onClick={onImport} data-testid="import-roster">
          {t('archive.importRoster')}
        </Button>
        <Dropdown
          menu={{
            items: [
              {
                key: 'template',
                label: <span data-testid="download-template">{t('archive.downloadTemplate')}</span>,
                onClick: () => void files.saveTemplate(),
              },
              {
                key: 'export',
                label: <span data-testid="export-archive">{t('archive.exportMasked')}</span>,
                onClick: () => void files.exportArchive(true),
              },
              {
                key: 'full',
                label: <span data-testid="export-archive-full">{t('archive.exportFull')}</span>,
                disabled: !files.mayExportFull,
                onClick: exportFull,
              },
            ],
          }}
        >
          <Button data-testid="archive-more">
            {t('archive.more')} <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
    </div>
  );
}
