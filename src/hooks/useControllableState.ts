import { useCallback, useRef, useState } from 'react';

/**
 * Holds a value that the parent may control, as Radix's `open`/`defaultOpen`/`onOpenChange` do.
 * While `value` is not undefined it wins, and changes only go to `onChange`; otherwise the hook
 * keeps its own state, starting at `defaultValue`. The setter is stable and calls `onChange` only
 * when the value changes.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [ownValue, setOwnValue] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : ownValue;
  const currentRef = useRef(current);
  const onChangeRef = useRef(onChange);

  currentRef.current = current;
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: T) => {
      if (Object.is(next, currentRef.current)) {
        return;
      }

      // A second call in the same event compares against this value, not the stale render.
      currentRef.current = next;

      if (!controlled) {
        setOwnValue(next);
      }

      onChangeRef.current?.(next);
    },
    [controlled],
  );

  return [current, setValue];
}
