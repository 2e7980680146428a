import { Alert, Button, Tree, type TreeDataNode } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '@/features/units/api/units';
import { useUnitChildren } from '@/features/units/hooks/use-unit-children';

interface UnitTreeProps {
  root: UnitSummary;
  selectedUnitId: number;
  onSelectUnit: (unitId: number) => void;
}

/** Communes have no units below them (residential areas are listed separately). */
function canHaveChildren(unit: UnitSummary): boolean {
  return unit.level !== 'COMMUNE';
}

/** The units below the user's own unit, loaded level by level as the user opens them. */
export function UnitTree({ root, selectedUnitId, onSelectUnit }: UnitTreeProps) {
  const { t } = useTranslation();
  const { childrenByParent, loadChildren, loadError } = useUnitChildren();
  const [expandedKeys, setExpandedKeys] = useState<Key[]>(() =>
    canHaveChildren(root) ? [String(root.id)] : [],
  );

  const treeData = useMemo(() => {
    const toNode = (unit: UnitSummary): TreeDataNode => {
      const children = childrenByParent.get(unit.id);
      return {
        key: String(unit.id),
        title: unit.name,
        isLeaf: !canHaveChildren(unit) || children?.length === 0,
        children: children?.map(toNode),
      };
    };
    return [toNode(root)];
  }, [root, childrenByParent]);

  return (
    <>
      {loadError && (
        <Alert
          type="error"
          showIcon
          title={t('units.loadChildrenFailed')}
          description={loadError.error.message}
          action={
            <Button size="small" onClick={() => void loadChildren(loadError.parentId)}>
              {t('common.retry')}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      )}
      <Tree
        aria-label={t('units.tree')}
        blockNode
        showLine
        treeData={treeData}
        expandedKeys={expandedKeys}
        onExpand={setExpandedKeys}
        selectedKeys={[String(selectedUnitId)]}
        loadData={(node) => loadChildren(Number(node.key))}
        onSelect={(_keys, { node }) => onSelectUnit(Number(node.key))}
      />
    </>
  );
}
