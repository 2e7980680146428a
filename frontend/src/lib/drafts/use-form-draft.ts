import { Alert, Button, type FormInstance } from 'antd';
import { createElement, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/auth/session';
import { clearDraft, readDraft, writeDraft } from '@/lib/drafts/form-draft-store';

export interface FormDraft {
  /** Pass to the Form's onValuesChange: saves what is typed. */
  save: () => void;
  /** After a successful send (or once the outbox holds it): the draft is no longer needed. */
  clear: () => void;
  /** "Đã khôi phục bản nháp · Bỏ bản nháp", shown while a restored draft is in the form. */
  note: ReactNode;
}

/**
 * Keeps an antd Form's values as a local draft (per user and `formKey`, e.g. `report:{slotId}`)
 * and puts them back when the form opens again, also after a reload. `formKey` undefined turns
 * it off (e.g. while nobody is signed in).
 */
export function useFormDraft<T>(form: FormInstance<T>, formKey: string | undefined): FormDraft {
  const { t } = useTranslation();
  const { subject } = useSession();
  const key = subject && formKey ? { subject, formKey } : undefined;
  const [restored, setRestored] = useState(() =>
    key ? readDraft<T>(key.subject, key.formKey) : undefined,
  );

  useEffect(() => {
    if (restored) {
      form.setFieldsValue(restored);
    }
    // only when the form opens: later changes are the user's
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const clear = () => {
    if (key) {
      clearDraft(key.subject, key.formKey);
    }
    setRestored(undefined);
  };

  return {
    save: () => {
      if (key) {
        writeDraft(key.subject, key.formKey, form.getFieldsValue(true));
      }
    },
    clear,
    note: restored
      ? createElement(
          'div',
          { 'data-testid': 'draft-restored' },
          createElement(Alert, {
            type: 'info',
            showIcon: true,
            style: { marginBottom: 8, paddingBlock: 4 },
            title: t('drafts.restored'),
            action: createElement(
              Button,
              {
                size: 'small',
                type: 'link',
                onClick: () => {
                  clear();
                  form.resetFields();
                },
              },
              t('drafts.discard'),
            ),
          }),
        )
      : null,
  };
}
