import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, type TableColumnsType, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CriteriaSet, useImportCriteriaSet } from '@/features/criteria/api/criteria';
import {
  type ImportRowError,
  importRowErrors,
  problemText,
} from '@/features/criteria/components/criteria-problems';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Replace a draft's groups and criteria with those of an .xlsx in the template's columns. The
 * server checks every row first and saves nothing when one is wrong: the wrong rows are shown
 * in a table (row as Excel numbers it, column, what is wrong). A 409 goes to `onConflict`.
 */
export function CriteriaImport({
  set,
  onConflict,
}: {
  set: CriteriaSet;
  onConflict: (error: unknown) => boolean;
}) {
  const { t, i18n } = useTranslation(['translation', 'criteria']);
  const { message } = App.useApp();
  const upload = useImportCriteriaSet();
  const [rows, setRows] = useState<ImportRowError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const send = (file: File) => {
    setRows(null);
    setFailure(null);
    upload.mutate(
      { id: set.id, file, version: set.version },
      {
        onSuccess: (saved) => {
          void message.success(
            t('criteria:import.done', { count: saved.criteria.length, file: file.name }),
          );
        },
        onError: (error) => {
          if (onConflict(error)) {
            return;
          }
          const wrong = importRowErrors(error);
          setRows(wrong.length > 0 ? wrong : null);
          setFailure(problemText(error, i18n.language, t('common.networkError')));
        },
      },
    );
  };

  const columns: TableColumnsType<ImportRowError> = [
    {
      title: t('criteria:import.row'),
      key: 'row',
      width: 64,
      align: 'right',
      render: (_, e) => e.row ?? '–',
    },
    { title: t('criteria:import.column'), key: 'column', render: (_, e) => e.column },
    { title: t('criteria:import.message'), key: 'message', render: (_, e) => e.message },
  ];

  return (
    <Flex vertical gap="small">
      <Typography.Text type="secondary">{t('criteria:import.hint')}</Typography.Text>
      <Upload
        accept={XLSX}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          send(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {upload.isPending ? t('criteria:import.busy') : t('criteria:import.choose')}
        </Button>
      </Upload>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={rows ? t('criteria:import.nothingSaved', { count: rows.length }) : failure}
          {...(rows ? { description: failure } : {})}
        />
      )}
      {rows && (
        <Table<ImportRowError>
          size="small"
          aria-label={t('criteria:import.errors')}
          rowKey="key"
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        />
      )}
    </Flex>
  );
}
