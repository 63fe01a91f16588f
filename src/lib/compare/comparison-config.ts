/**
 * Reads `content/comparisons/`: `featured.yaml` (the comparisons put first) and
 * `<old>--<new>.yaml` mapping files that correct a version alignment. A file that breaks its
 * schema, or names a document the library does not have, fails the build with its name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { alignmentMapSchema } from '../../schemas/alignment-map.ts';
import { featuredComparisonsSchema, type FeaturedComparison } from '../../schemas/comparison-config.ts';
import type { MappingFile } from './comparisons.ts';
import { pairKey } from '../routes.ts';

export interface ComparisonConfig {
  featured: FeaturedComparison[];
  /** Mapping files by pair key (`<old>--<new>`). */
  mappings: Map<string, MappingFile>;
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: không đọc được YAML: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
  }
  return result.data;
}

/** The comparison settings in `dir`; a missing directory means none. */
export function readComparisonConfig(dir: string, slugs: ReadonlySet<string>): ComparisonConfig {
  const featured: FeaturedComparison[] = [];
  const mappings = new Map<string, MappingFile>();
  if (!existsSync(dir)) return { featured, mappings };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    if (name === 'featured.yaml') {
      for (const f of readYaml(file, featuredComparisonsSchema)) {
        for (const s of [f.a, f.b]) if (!slugs.has(s)) throw new Error(`${file}: thư viện không có văn bản "${s}"`);
        featured.push(f);
      }
      continue;
    }
    const pair = /^([a-z0-9-]+)--([a-z0-9-]+)\.yaml$/.exec(name);
    if (!pair) throw new Error(`${file}: tên tệp phải là <slug văn bản cũ>--<slug văn bản mới>.yaml hoặc featured.yaml`);
    for (const s of [pair[1]!, pair[2]!]) if (!slugs.has(s)) throw new Error(`${file}: thư viện không có văn bản "${s}"`);
    mappings.set(pairKey(pair[1]!, pair[2]!), { file, map: readYaml(file, alignmentMapSchema) });
  }
  return { featured, mappings };
}
