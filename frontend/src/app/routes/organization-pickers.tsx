import { type ComponentProps, lazy, Suspense } from 'react';
import type { OrganizationFilter } from '@/features/assignments/components/report-inbox';
import type { OrganizationPicker } from '@/features/assignments/components/sub-assignments-drawer';

// the picker (a search select) is only in forms that open on a click
const OrganizationSelect = lazy(() =>
  import('@/features/directives/components/organization-select').then((m) => ({
    default: m.OrganizationSelect,
  })),
);

/** The picker, with every prop a form item gives its field (value, onChange, id) passed on. */
function PickerOnDemand(props: ComponentProps<typeof OrganizationSelect>) {
  return (
    <Suspense fallback={null}>
      <OrganizationSelect {...props} />
    </Suspense>
  );
}

/** The organization picker of the directives feature, for the assignments feature's forms. */
export const organizationPicker: OrganizationPicker = (props) => (
  <PickerOnDemand multiple known={[]} {...props} />
);

/** The same picker, for one organization, as the inbox's organization filter. */
export const organizationFilter: OrganizationFilter = ({
  value,
  onChange,
  known,
  'aria-label': label,
}) => (
  <PickerOnDemand
    known={known}
    value={value}
    onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
    placeholder={label}
    aria-label={label}
  />
);
