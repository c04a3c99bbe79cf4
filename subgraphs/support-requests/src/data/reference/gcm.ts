// Reference data of the Global Compact this subgraph checks input against at runtime (seeds/ only fills databases).

/** The Compact's ten guiding principles are lettered a to j (A/RES/73/195, para 15). */
export const GUIDING_PRINCIPLE_LETTERS: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
