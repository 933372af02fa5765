import { useCallback, useRef, useState } from 'react';

/**
 * Returns the open ticket id and a setter, controlled when `value` is not undefined (null then
 * means the list), uncontrolled otherwise. The setter calls `onChange` only when the id changes.
 */
export function useControllableTicketId(
  value: string | null | undefined,
  defaultValue: string | null | undefined,
  onChange: ((ticketId: string | null) => void) | undefined,
): [string | null, (ticketId: string | null) => void] {
  const [uncontrolledValue, setUncontrolledValue] = useState<string | null>(defaultValue ?? null);
  const controlled = value !== undefined;
  const current = controlled ? value : uncontrolledValue;
  const currentRef = useRef(current);
  const onChangeRef = useRef(onChange);

  currentRef.current = current;
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: string | null) => {
      if (next === currentRef.current) {
        return;
      }

      if (!controlled) {
        setUncontrolledValue(next);
      }

      onChangeRef.current?.(next);
    },
    [controlled],
  );

  return [current, setValue];
}
