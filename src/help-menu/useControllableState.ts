import { useCallback, useState } from 'react';

/**
 * Holds a value that the parent may control. While `value` is defined it wins, and changes only go
 * to `onChange`. Otherwise the hook keeps its own state, starting at `defaultValue`.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [ownValue, setOwnValue] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : ownValue;

  const setValue = useCallback(
    (next: T) => {
      if (Object.is(next, current)) {
        return;
      }

      if (!controlled) {
        setOwnValue(next);
      }

      onChange?.(next);
    },
    [controlled, current, onChange],
  );

  return [current, setValue];
}
