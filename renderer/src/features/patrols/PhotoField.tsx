import { App, Button, Space } from 'antd';
import { useRef } from 'react';
import { MAX_PHOTO_CHARS } from '@shared/domain/siteChecks';
import { t } from '../../i18n';

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** Optional photos of a record: small JPEG/PNG files kept inline (they go into backups). */
export function PhotoField(props: {
  value: string[];
  onChange: (v: string[]) => void;
  max: number;
}) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const add = async (files: FileList | null) => {
    const next = [...props.value];
    for (const file of Array.from(files ?? [])) {
      if (next.length >= props.max) break;
      const url = await readAsDataUrl(file);
      if (url.length > MAX_PHOTO_CHARS) {
        void message.warning(t('patrols.form.photoTooBig', { name: file.name }));
        continue;
      }
      next.push(url);
    }
    props.onChange(next);
  };
  return (
    <Space wrap>
      {props.value.map((url, i) => (
        <Space key={url.slice(-24) + String(i)} direction="vertical" size={2}>
          <img src={url} alt="" style={{ height: 64, border: '1px solid #ddd' }} />
          <Button
            size="small"
            onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}
          >
            ×
          </Button>
        </Space>
      ))}
      {props.value.length < props.max && (
        <>
          <input
            ref={input}
            type="file"
            accept="image/jpeg,image/png"
            multiple
            hidden
            data-testid="site-photo-input"
            onChange={(e) => void add(e.target.files)}
          />
          <Button onClick={() => input.current?.click()}>+</Button>
        </>
      )}
    </Space>
  );
}
