import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** 'vertical' splits columns (drag sideways); 'horizontal' splits rows. */
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  /** Keyboard step in the value's unit. */
  step: number;
  /** Converts a pointer movement in pixels into the new value, from the value at drag start. */
  fromDrag: (start: number, deltaPx: number) => number;
  onChange: (value: number) => void;
}

/** A draggable, keyboard-resizable divider between two panes (WAI-ARIA window splitter). */
export function Splitter({
  label,
  orientation,
  value,
  min,
  max,
  step,
  fromDrag,
  onChange,
}: SplitterProps) {
  const drag = useRef<{ origin: number; start: number } | null>(null);
  const position = (event: PointerEvent): number =>
    orientation === 'vertical' ? event.clientX : event.clientY;

  const onKeyDown = (event: KeyboardEvent): void => {
    const less = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const more = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    let next: number | null = null;
    if (event.key === less) next = value - step;
    else if (event.key === more) next = value + step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <div
      className={`splitter splitter-${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { origin: position(event), start: value };
      }}
      onPointerMove={(event) => {
        if (drag.current)
          onChange(fromDrag(drag.current.start, position(event) - drag.current.origin));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
    />
  );
}
