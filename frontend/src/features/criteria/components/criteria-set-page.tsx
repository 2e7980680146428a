import {
  CopyOutlined,
  DeleteOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  LockOutlined,
  ReloadOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Collapse, Flex, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  type CriteriaSet,
  type CriteriaSetAction,
  criteriaKeys,
  downloadCriteriaTemplate,
  exportCriteriaSet,
  type RecognitionTitle,
  useCriteriaSet,
  useCriteriaSetTransition,
  useDeleteCriteriaSet,
  useRecognitionTitle,
} from '@/features/criteria/api/criteria';
import { CriteriaImport } from '@/features/criteria/components/criteria-import';
import {
  conflictOf,
  problemOf,
  problemText,
  type SetConflict,
} from '@/features/criteria/components/criteria-problems';
import { CriteriaSetEditor } from '@/features/criteria/components/criteria-set-editor';
import { CriteriaSetView } from '@/features/criteria/components/criteria-set-view';
import { SetStatusTag } from '@/features/criteria/components/criteria-tags';
import { Period } from '@/features/criteria/components/title-page';
import { useWorkbookDownload } from '@/features/criteria/hooks/use-workbook-download';
import { formatDateTime } from '@/lib/dates';

/** Someone saved the set, or it is no longer a draft: say which, and offer to read it again. */
function ConflictAlert({ conflict, onReload }: { conflict: SetConflict; onReload: () => void }) {
  const { t } = useTranslation(['translation', 'criteria']);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="set-conflict"
      title={t(`criteria:conflict.${conflict}.title`)}
      description={t(`criteria:conflict.${conflict}.detail`)}
      action={
        <Button icon={<ReloadOutlined />} onClick={onReload}>
          {t('criteria:conflict.reload')}
        </Button>
      }
    />
  );
}

/** What an admin may do with the set in its state: publish / delete a draft, revise, retire. */
function SetActions({
  set,
  dirty,
  onError,
}: {
  set: CriteriaSet;
  dirty: boolean;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation(['translation', 'criteria']);
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const change = useCriteriaSetTransition();
  const remove = useDeleteCriteriaSet();
  const run = (action: CriteriaSetAction) =>
    change.mutate(
      { id: set.id, action, version: set.version },
      {
        onSuccess: (result) => {
          void message.success(t(`criteria:actions.${action}Done`, { n: result.versionNo }));
          if (result.id !== set.id) {
            void navigate(`/criteria/sets/${result.id}`);
          }
        },
        onError,
      },
    );
  const publish = () =>
    void modal.confirm({
      title: t('criteria:actions.publishConfirmTitle', { n: set.versionNo, name: set.name }),
      content: (
        <Flex vertical gap={4}>
          <span>
            {t('criteria:actions.publishFreezes', {
              groups: set.groups.length,
              criteria: set.criteria.length,
            })}
          </span>
          <span>{t('criteria:actions.publishKeeps')}</span>
        </Flex>
      ),
      okText: t('criteria:actions.publish'),
      cancelText: t('common.cancel'),
      onOk: () => run('publish'),
    });

  if (set.status === 'DRAFT') {
    return (
      <Flex gap={8} wrap align="center">
        <Button
          type="primary"
          icon={<LockOutlined />}
          disabled={dirty}
          loading={change.isPending && change.variables?.action === 'publish'}
          onClick={publish}
        >
          {t('criteria:actions.publish')}
        </Button>
        <Popconfirm
          title={t('criteria:actions.deleteConfirm', { n: set.versionNo })}
          okText={t('criteria:actions.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutate(
              { id: set.id, titleId: set.titleId },
              {
                onSuccess: () => {
                  void message.success(t('criteria:actions.deleteDone', { n: set.versionNo }));
                  void navigate(`/criteria/titles/${set.titleId}`);
                },
                onError,
              },
            )
          }
        >
          <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
            {t('criteria:actions.delete')}
          </Button>
        </Popconfirm>
        {dirty && (
          <Typography.Text type="warning">{t('criteria:actions.saveFirst')}</Typography.Text>
        )}
      </Flex>
    );
  }
  return (
    <Flex gap={8} wrap>
      <Button
        icon={<CopyOutlined />}
        loading={change.isPending && change.variables?.action === 'revise'}
        onClick={() => run('revise')}
      >
        {t('criteria:actions.revise')}
      </Button>
      {set.status === 'PUBLISHED' && (
        <Popconfirm
          title={t('criteria:actions.retireConfirm', { n: set.versionNo })}
          okText={t('criteria:actions.retire')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('retire')}
        >
          <Button
            danger
            icon={<StopOutlined />}
            loading={change.isPending && change.variables?.action === 'retire'}
          >
            {t('criteria:actions.retire')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}

function SetScreen({ set, title }: { set: CriteriaSet; title: RecognitionTitle }) {
  const { t, i18n } = useTranslation(['translation', 'criteria']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const download = useWorkbookDownload();
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<SetConflict | null>(null);
  const editable = title.canChange && set.status === 'DRAFT';

  const takeConflict = (error: unknown) => {
    const found = conflictOf(error);
    if (found) {
      setConflict(found);
      return true;
    }
    return false;
  };
  const onError = (error: unknown) => {
    if (takeConflict(error)) {
      return;
    }
    const problem = problemOf(error);
    const fields = (problem?.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    const text = problemText(error, i18n.language, t('common.networkError'));
    void message.error(fields ? `${text} ${fields}` : text);
  };
  const reload = () => {
    setConflict(null);
    setDirty(false);
    void queryClient.invalidateQueries({ queryKey: criteriaKeys.set(set.id) });
    void queryClient.invalidateQueries({ queryKey: criteriaKeys.sets(set.titleId) });
  };

  return (
    <Flex vertical gap="middle">
      <Link to={`/criteria/titles/${set.titleId}`}>
        {t('criteria:back.title', { title: title.name })}
      </Link>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('criteria:set.version', { n: set.versionNo })} · {set.name}
          </Typography.Title>
          <Flex gap={4} align="center" wrap>
            <SetStatusTag status={set.status} />
            {set.level && <Tag>{set.level}</Tag>}
            {set.demo && <Tag color="purple">{t('criteria:demo')}</Tag>}
            <Typography.Text type="secondary">
              <Period set={set} />
              {set.publishedAt
                ? ` · ${t('criteria:set.publishedAt', { at: formatDateTime(set.publishedAt) })}`
                : ''}
            </Typography.Text>
          </Flex>
        </div>
        <Button
          icon={<FileExcelOutlined />}
          loading={download.busy === 'export'}
          onClick={() => download.run('export', () => exportCriteriaSet(set.id))}
        >
          {download.busy === 'export' ? t('criteria:download.busy') : t('criteria:download.export')}
        </Button>
      </Flex>
      {set.directiveId && (
        <Link to={`/directives/${set.directiveId}`}>{t('criteria:set.directive')}</Link>
      )}
      {set.demo && <Alert type="info" showIcon title={t('criteria:demoNote')} />}
      {conflict && <ConflictAlert conflict={conflict} onReload={reload} />}
      {title.canChange ? (
        <SetActions set={set} dirty={dirty} onError={onError} />
      ) : (
        <Typography.Text type="secondary">{t('criteria:readOnly')}</Typography.Text>
      )}
      {set.status !== 'DRAFT' && title.canChange && (
        <Typography.Text type="secondary">{t('criteria:frozenNote')}</Typography.Text>
      )}
      {editable ? (
        <>
          <Collapse
            size="small"
            items={[
              {
                key: 'import',
                label: t('criteria:import.title'),
                children: (
                  <Flex vertical gap="small">
                    <Button
                      icon={<DownloadOutlined />}
                      loading={download.busy === 'template'}
                      onClick={() => download.run('template', downloadCriteriaTemplate)}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {download.busy === 'template'
                        ? t('criteria:download.busy')
                        : t('criteria:download.template')}
                    </Button>
                    <CriteriaImport set={set} onConflict={takeConflict} />
                  </Flex>
                ),
              },
            ]}
          />
          <CriteriaSetEditor
            key={`${set.id}-${set.version}`}
            set={set}
            onDirtyChange={setDirty}
            onConflict={takeConflict}
          />
        </>
      ) : (
        <CriteriaSetView set={set} />
      )}
    </Flex>
  );
}

/** One version of a title's criteria: the editor for an admin's draft, else the set as it reads. */
export function CriteriaSetPage({ setId }: { setId: number }) {
  const set = useCriteriaSet(setId);
  const title = useRecognitionTitle(set.data?.titleId);
  if (set.isError) {
    return <QueryError error={set.error} onRetry={() => void set.refetch()} />;
  }
  if (title.isError) {
    return <QueryError error={title.error} onRetry={() => void title.refetch()} />;
  }
  if (set.isPending || title.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  return <SetScreen set={set.data} title={title.data} />;
}
