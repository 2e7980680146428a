import { Checkbox, Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonName } from '@/components/person-name';
import type { ReportSlot } from '@/features/assignments/api/reports';
import { formatDateTime } from '@/lib/dates';

/**
 * The inbox as a compact list: one line per report (organization, task, period, when and by whom
 * it was sent, late), a tick box for bulk review, the open one marked.
 */
export function InboxList({
  items,
  openId,
  onOpen,
  selectable,
  checked,
  onCheck,
}: {
  items: ReportSlot[];
  openId: number | undefined;
  onOpen: (slot: ReportSlot) => void;
  selectable: boolean;
  checked: Set<number>;
  onCheck: (slot: ReportSlot, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical role="list" aria-label={t('inboxList.list')}>
      {items.map((slot) => {
        const open = slot.id === openId;
        const name = `${slot.organization.name} · ${slot.periodLabel}`;
        return (
          <Flex
            key={slot.id}
            role="listitem"
            data-testid="inbox-row"
            aria-current={open ? 'true' : undefined}
            align="start"
            gap={8}
            style={{
              paddingBlock: token.paddingXS,
              paddingInline: token.paddingXS,
              borderBottom: `1px solid ${token.colorSplit}`,
              background: open ? token.controlItemBgActive : undefined,
            }}
          >
            {selectable && (
              <Checkbox
                checked={checked.has(slot.id)}
                aria-label={t('inboxList.select', { name })}
                onChange={(e) => onCheck(slot, e.target.checked)}
                style={{ paddingTop: 2 }}
              />
            )}
            <button
              type="button"
              onClick={() => onOpen(slot)}
              aria-label={t('inboxList.open', { name })}
              style={{
                all: 'unset',
                cursor: 'pointer',
                flex: 1,
                minWidth: 0,
                display: 'flex',
                flexWrap: 'wrap',
                alignItems: 'baseline',
                columnGap: 8,
                rowGap: 2,
              }}
            >
              <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                {slot.organization.name}
              </Typography.Text>
              <Typography.Text ellipsis style={{ flex: '1 1 12em', minWidth: 0 }}>
                {slot.ordinal}. {slot.title}
              </Typography.Text>
              <span style={{ whiteSpace: 'nowrap' }}>
                <Tag style={{ marginInlineEnd: 4 }}>{slot.periodLabel}</Tag>
                {slot.late && <Tag color="gold">{t('reports.late')}</Tag>}
              </span>
              {slot.submittedAt && (
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(slot.submittedAt)} ·{' '}
                  <PersonName
                    person={slot.submittedByPerson}
                    fallback={slot.submittedBy}
                    withOrganization={false}
                  />
                </Typography.Text>
              )}
            </button>
          </Flex>
        );
      })}
    </Flex>
  );
}
