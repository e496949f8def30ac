import { useId, type ReactElement, type ReactNode } from 'react';

/**
 * Wraps a control and shows `label` below it on hover and keyboard focus. The control gets
 * the text as its accessible description through `describedBy`.
 */
export function Tooltip({
  label,
  children,
}: {
  label: string;
  children: (describedBy: string) => ReactNode;
}): ReactElement {
  const id = useId();
  return (
    <span className="tooltip-anchor">
      {children(id)}
      <span role="tooltip" id={id} className="tooltip">
        {label}
      </span>
    </span>
  );
}
