import BellOutlined from '@ant-design/icons-svg/es/asn/BellOutlined';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/components/light/icon';
import { Card, Muted, Tag } from '@/components/light/light';
import { type DigestItem, useMyDigest } from '@/features/assignments/api/assignments';
import { formatDate } from '@/lib/dates';

type Kind = DigestItem['kind'];

/** Most urgent first. */
const KINDS: Kind[] = ['OVERDUE', 'EXPLANATION_REQUESTED', 'RETURNED', 'DUE_SOON'];

const KIND_COLORS: Record<Kind, string> = {
  OVERDUE: 'red',
  DUE_SOON: 'gold',
  RETURNED: 'orange',
  EXPLANATION_REQUESTED: 'purple',
};

/**
 * Where a reminder leads: for the caller's own organization, a returned report opens that
 * assignment's reports and an explanation its answer form, here; anything else, the task's page.
 */
function targetOf(item: DigestItem, organizationId: number): string {
  if (item.organization.id === organizationId) {
    if (item.kind === 'RETURNED') {
      return `?reports=${item.assignmentId}`;
    }
    if (item.kind === 'EXPLANATION_REQUESTED') {
      return `?explanations=${item.assignmentId}`;
    }
  }
  return `/tasks/${item.taskId}`;
}

function ItemLine({ item, organizationId }: { item: DigestItem; organizationId: number }) {
  const { t } = useTranslation();
  return (
    <div role="listitem">
      <Link to={targetOf(item, organizationId)} style={{ overflowWrap: 'anywhere' }}>
        {item.ordinal}. {item.title}
      </Link>
      {item.organization.id !== organizationId && <Muted> · {item.organization.name}</Muted>}
      {item.periodLabel && <Muted> · {item.periodLabel}</Muted>}
      {item.dueDate && item.kind !== 'RETURNED' && (
        <Muted> · {t('work.due', { date: formatDate(item.dueDate) })}</Muted>
      )}
      {item.note && <p className="l-muted digest__note">«{item.note}»</p>}
    </div>
  );
}

/**
 * Today's reminders for the caller, as the daily e-mail carries them, by kind; one quiet line
 * when there are none.
 */
export function DigestPanel({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const digest = useMyDigest();
  if (!digest.data) {
    return null;
  }
  const items = digest.data.items;
  if (items.length === 0) {
    return (
      <Muted data-testid="digest-empty">
        <Icon icon={BellOutlined} /> {t('digest.empty')}
      </Muted>
    );
  }
  return (
    <Card
      data-testid="digest"
      title={
        <span>
          <Icon icon={BellOutlined} /> {t('digest.title', { count: items.length })}
        </span>
      }
    >
      <div className="digest">
        {KINDS.map((kind) => {
          const ofKind = items.filter((item) => item.kind === kind);
          const label = `${t(`enums.DigestItemKind.${kind}`)} (${ofKind.length})`;
          return (
            ofKind.length > 0 && (
              <section key={kind} aria-label={label}>
                <Tag color={KIND_COLORS[kind]}>{label}</Tag>
                <div className="digest__items" role="list">
                  {ofKind.map((item) => (
                    <ItemLine
                      key={`${item.assignmentId}-${item.reportId ?? item.explanationId ?? ''}`}
                      item={item}
                      organizationId={organizationId}
                    />
                  ))}
                </div>
              </section>
            )
          );
        })}
      </div>
    </Card>
  );
}
