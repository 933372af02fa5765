import { useCallback, useRef, useState } from 'react';

/** Returns the open state, from `open` when given, else kept here, and a setter for both cases. */
export function useControllableOpen(
  open: boolean | undefined,
  defaultOpen: boolean,
  onOpenChange: ((open: boolean) => void) | undefined,
): [boolean, (next: boolean) => void] {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const controlled = open !== undefined;
  const value = controlled ? open : uncontrolledOpen;
  const onOpenChangeRef = useRef(onOpenChange);

  onOpenChangeRef.current = onOpenChange;

  const setOpen = useCallback(
    (next: boolean) => {
      if (!controlled) {
        setUncontrolledOpen(next);
      }

      onOpenChangeRef.current?.(next);
    },
    [controlled],
  );

  return [value, setOpen];
}
