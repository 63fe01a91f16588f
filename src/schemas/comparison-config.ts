import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** `content/comparisons/featured.yaml`: the comparisons the /so-sanh/ page puts first. */
export const featuredComparisonsSchema = z.array(
  z
    .object({
      a: slug,
      b: slug,
      /** One sentence: what a reader learns from this comparison. */
      why: z.string().min(1),
    })
    .strict(),
);

export type FeaturedComparison = z.infer<typeof featuredComparisonsSchema>[number];
