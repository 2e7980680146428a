import { Card, Result, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundRoute } from '@/app/routes/not-found-route';
import { QueryError } from '@/components/query-error';
import { useCurrentUser } from '@/features/current-user/api/current-user';
import { UnitOrganizationList } from '@/features/organizations/components/unit-organization-list';
import { UnitResidentialAreaList } from '@/features/residential-areas/components/unit-residential-area-list';
import { UnitBrowser } from '@/features/units/components/unit-browser';

export const unitPath = (unitId: number) => `/units/${unitId}`;

function parseUnitId(value: string | undefined): number | null {
  if (value === undefined) {
    return null;
  }
  return /^[1-9][0-9]{0,17}$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * /units and /units/:unitId: the unit browser, rooted at the user's own unit, with the
 * selected unit's organizations and residential areas below it.
 */
export function UnitsRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const currentUser = useCurrentUser();
  const requestedId = parseUnitId(params.unitId);

  if (Number.isNaN(requestedId)) {
    return <NotFoundRoute />;
  }
  if (currentUser.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (currentUser.isError) {
    return <QueryError error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  }
  const rootUnit = currentUser.data.unit;
  if (!rootUnit) {
    return (
      <Result
        status="warning"
        title={t('currentUser.noUnitTitle')}
        subTitle={t('currentUser.noUnitDetail')}
      />
    );
  }

  return (
    <UnitBrowser
      rootUnit={rootUnit}
      selectedUnitId={requestedId ?? rootUnit.id}
      unitPath={unitPath}
      renderUnitContent={(unit) => (
        <Card size="small">
          <Tabs
            key={unit.id}
            items={[
              {
                key: 'organizations',
                label: t('organizations.tab'),
                children: <UnitOrganizationList unitId={unit.id} />,
              },
              {
                key: 'residential-areas',
                label: t('residentialAreas.tab'),
                children: <UnitResidentialAreaList unitId={unit.id} />,
              },
            ]}
          />
        </Card>
      )}
    />
  );
}
