import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preparePhoto } from '@/lib/photos/resize-photo';

/**
 * Photos from the phone's camera (`<input capture>`), resized and dated by src/lib/photos before
 * they are kept; the chosen ones are listed with a way to take one out.
 */
export function PhotoPicker({
  photos,
  onChange,
  label,
  onPreparingChange,
}: {
  photos: File[];
  /** May return a promise: the picker shows itself busy until it settles (e.g. the photo is queued). */
  onChange: (photos: File[]) => void | Promise<unknown>;
  label: string;
  /** Told when photos start and stop being prepared, so a caller can hold back what must follow them. */
  onPreparingChange?: (preparing: boolean) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [preparing, setPreparing] = useState(false);
  return (
    <Flex vertical gap={4}>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        aria-label={label}
        data-testid="photo-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          setPreparing(true);
          onPreparingChange?.(true);
          void Promise.all(files.map((file) => preparePhoto(file)))
            .then((prepared) => onChange([...photos, ...prepared]))
            .finally(() => {
              setPreparing(false);
              onPreparingChange?.(false);
            });
        }}
      />
      <Button
        icon={<CameraOutlined />}
        loading={preparing}
        onClick={() => input.current?.click()}
        style={{ alignSelf: 'flex-start' }}
      >
        {label}
      </Button>
      {photos.map((photo, index) => (
        <Flex key={`${photo.name}-${index}`} align="center" justify="space-between" gap={4}>
          <Typography.Text ellipsis data-testid="photo-chosen">
            {photo.name}
          </Typography.Text>
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            aria-label={t('photos.remove', { name: photo.name })}
            onClick={() => void onChange(photos.filter((_, i) => i !== index))}
          />
        </Flex>
      ))}
    </Flex>
  );
}
