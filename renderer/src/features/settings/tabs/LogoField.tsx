import { Button, Space } from 'antd';
import { useRef } from 'react';
import { MAX_LOGO_DATA_URL_LENGTH } from '@shared/domain/departments';
import { t } from '../../../i18n';

const ACCEPTED = ['image/png', 'image/jpeg'];
/** The data URL is base64 (4 chars per 3 bytes) plus its header: the file limit that fits. */
const MAX_BYTES = Math.floor(((MAX_LOGO_DATA_URL_LENGTH - 30) * 3) / 4);
const kb = (bytes: number) => Math.ceil(bytes / 1024);

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  value: string;
  onChange: (dataUrl: string) => void;
  onError: (message: string) => void;
  disabled?: boolean;
}

/**
 * The logo as a data URL: PNG or JPEG only (prints and PDFs render them everywhere; an SVG
 * could carry script), and small enough to sit in the settings row and every printout.
 */
export function LogoField({ value, onChange, onError, disabled }: Props) {
  const input = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) return onError(t('settings.profile.logoWrongType'));
    if (file.size > MAX_BYTES) {
      return onError(t('settings.profile.logoTooBig', { size: kb(file.size), max: kb(MAX_BYTES) }));
    }
    onChange(await readAsDataUrl(file));
  };

  return (
    <Space align="start">
      {value && (
        <img
          src={value}
          alt={t('settings.profile.logo')}
          data-testid="profile-logo-preview"
          style={{ maxHeight: 64, maxWidth: 160, border: '1px solid #eee', padding: 4 }}
        />
      )}
      <input
        ref={input}
        type="file"
        accept={ACCEPTED.join(',')}
        hidden
        data-testid="profile-logo-input"
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <Button
        disabled={disabled}
        onClick={() => input.current?.click()}
        data-testid="profile-logo-upload"
      >
        {t('settings.profile.logoUpload')}
      </Button>
      {value && (
        <Button disabled={disabled} onClick={() => onChange('')} data-testid="profile-logo-remove">
          {t('settings.profile.logoRemove')}
        </Button>
      )}
    </Space>
  );
}

export const LOGO_MAX_KB = kb(MAX_BYTES);
