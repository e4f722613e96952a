/**
 * Colour slots that stay put: a term keeps its slot for as long as it is on, and a term turned on
 * takes the lowest slot no other active term holds. (Numbering by place in the active list would
 * move every later term's colour when an earlier one is turned off.)
 */
export function assignSlots(
  previous: ReadonlyMap<string, number>,
  active: readonly string[],
): Map<string, number> {
  const slots = new Map<string, number>();
  for (const key of active) {
    const slot = previous.get(key);
    if (slot !== undefined) slots.set(key, slot);
  }
  const taken = new Set(slots.values());
  let free = 0;
  for (const key of active) {
    if (slots.has(key)) continue;
    while (taken.has(free)) free += 1;
    slots.set(key, free);
    taken.add(free);
  }
  return slots;
}

/** Whether two slot maps give every key the same slot. */
export function sameSlots(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, slot] of a) if (b.get(key) !== slot) return false;
  return true;
}
