/**
 * Returns one distinct React key per value: the value itself, or for a repeat the value with
 * `#2`, `#3`… added. A backend may send the same participant or comment twice. Unlike index
 * keys, these stay the same when an item before them is removed.
 */
export function uniqueKeys(values: readonly string[]): string[] {
  const used = new Set<string>();

  return values.map((value) => {
    let key = value;
    let count = 1;

    while (used.has(key)) {
      count += 1;
      key = `${value}#${count}`;
    }

    used.add(key);

    return key;
  });
}
