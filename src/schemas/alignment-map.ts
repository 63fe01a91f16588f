import { z } from 'zod';

const eId = z.string().regex(/^[a-z][A-Za-z0-9-]*(?:_\d+)?(?:__[a-z][A-Za-z0-9-]*(?:_\d+)?)*$/, 'không phải mã định danh (eId)');

/**
 * `content/comparisons/<old>--<new>.yaml`: corrections to the automatic alignment of an old
 * text with the text that replaces it, for when a renumbered or rewritten unit is paired wrongly.
 */
export const alignmentMapSchema = z
  .object({
    /** Old unit → new unit it became; null when the old unit was deleted and must stay unpaired. */
    map: z.record(eId, eId.nullable()).default({}),
    /** New units that were added and must stay unpaired. */
    added: z.array(eId).default([]),
  })
  .strict();

export type AlignmentMap = z.infer<typeof alignmentMapSchema>;
