import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';

function renderNode(node: AbstractNode, key?: number) {
  const { tag, attrs, children } = node;
  const Tag = tag as 'path';
  return (
    <Tag key={key} {...attrs}>
      {children?.map((child, index) => renderNode(child, index))}
    </Tag>
  );
}

/**
 * One of antd's icons, drawn from its SVG definition alone (@ant-design/icons-svg): the same
 * picture as @ant-design/icons without its runtime, for the first screen's shell (budget: README).
 */
export function Icon({ icon }: { icon: IconDefinition }) {
  const svg = icon.icon;
  const node = typeof svg === 'function' ? svg('currentColor', '#e6f4ff') : svg;
  return (
    <span role="img" aria-hidden="true" className="l-icon">
      <svg width="1em" height="1em" fill="currentColor" {...node.attrs}>
        {node.children?.map((child, index) => renderNode(child, index))}
      </svg>
    </span>
  );
}
