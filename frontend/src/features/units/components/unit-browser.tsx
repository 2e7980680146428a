import { Card, Col, Flex, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { UnitDetail as Unit, UnitSummary } from '@/features/units/api/units';
import { UnitDetail } from '@/features/units/components/unit-detail';
import { UnitSearch } from '@/features/units/components/unit-search';
import { UnitTree } from '@/features/units/components/unit-tree';

interface UnitBrowserProps {
  /** The top of the tree: the user's own unit. */
  rootUnit: UnitSummary;
  selectedUnitId: number;
  unitPath: (unitId: number) => string;
  renderUnitContent?: (unit: Unit) => ReactNode;
}

/**
 * Search and tree on the left (on top on a phone), the selected unit on the right (below).
 * The selection lives in the URL, so a unit can be linked to and the back button works.
 */
export function UnitBrowser({
  rootUnit,
  selectedUnitId,
  unitPath,
  renderUnitContent,
}: UnitBrowserProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const select = (unitId: number) => void navigate(unitPath(unitId));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8} xxl={6}>
        <Flex vertical gap="middle">
          <Card size="small" title={t('units.searchLabel')}>
            <UnitSearch selectedUnitId={selectedUnitId} onSelectUnit={(unit) => select(unit.id)} />
          </Card>
          <Card size="small" title={t('units.tree')}>
            <div style={{ maxHeight: '60vh', overflow: 'auto' }}>
              <UnitTree
                key={rootUnit.id}
                root={rootUnit}
                selectedUnitId={selectedUnitId}
                onSelectUnit={select}
              />
            </div>
          </Card>
        </Flex>
      </Col>
      <Col xs={24} lg={16} xxl={18}>
        <UnitDetail unitId={selectedUnitId} unitPath={unitPath} renderContent={renderUnitContent} />
      </Col>
    </Row>
  );
}
