/**
 * Which sources an import works from: the ones in content/sources/, plus the new one, minus the
 * ones the command line names (`--replace SLUG`, `--remove SLUG`). Pure: it decides, the CLI
 * writes. Nothing already imported is overwritten or dropped unless named.
 */
import { SourceError } from './source-error.ts';

/** A text and its metadata, as they are (or will be) in content/sources/. */
export interface SourcePair {
  slug: string;
  /** File names inside content/sources/. */
  sourceFile: string;
  metaFile: string;
  metaText: string;
  bytes: Uint8Array;
  /** Where the files were read from, for messages: `content/sources/…` or the path given. */
  shownSource: string;
  shownMeta: string;
}

export interface SourceChange {
  add?: SourcePair;
  /** Slug of the imported document the new one takes the place of. */
  replace?: string;
  /** Slugs of imported documents to delete, with their sources and generated files. */
  remove: string[];
}

export interface SourcePlan {
  /** What the import generates from, in file-name order. */
  pairs: SourcePair[];
  /** Sources to delete from content/sources/. */
  dropped: SourcePair[];
  /** Slugs whose generated files may be deleted: only these. */
  released: Set<string>;
}

/** The sources after a change, or a SourceError naming both files of a clash. */
export function planSources(existing: SourcePair[], change: SourceChange, documentSlugs: string[]): SourcePlan {
  const bySlug = (slug: string) => existing.filter((p) => p.slug === slug);
  const dropped: SourcePair[] = [];
  const released = new Set<string>();
  for (const slug of change.remove) {
    if (!bySlug(slug).length && !documentSlugs.includes(slug)) {
      throw new SourceError('--remove', undefined, `không có văn bản nào có slug "${slug}" trong content/sources/ hay content/documents/`);
    }
    dropped.push(...bySlug(slug));
    released.add(slug);
  }
  const { add, replace } = change;
  if (replace !== undefined && !add) throw new SourceError('--replace', undefined, 'chỉ dùng khi nhập một văn bản mới: npm run import -- moi.txt --meta moi.yaml --replace SLUG');
  if (add) {
    if (replace !== undefined) {
      if (!bySlug(replace).length) throw new SourceError('--replace', undefined, `không có văn bản đã nhập nào có slug "${replace}"`);
      dropped.push(...bySlug(replace));
      released.add(replace);
    }
    for (const old of existing) {
      if (dropped.includes(old)) continue;
      const clash =
        old.sourceFile === add.sourceFile
          ? `trùng tên tệp "${add.sourceFile}"`
          : old.metaFile === add.metaFile
            ? `trùng tên tệp metadata "${add.metaFile}"`
            : old.slug === add.slug
              ? `trùng slug "${add.slug}"`
              : undefined;
      if (clash) {
        throw new SourceError(
          add.shownSource,
          undefined,
          `${clash} với văn bản đã nhập "${old.slug}" (${old.shownSource}, ${old.shownMeta}); nếu văn bản mới thay văn bản đó, thêm --replace ${old.slug}; không có gì được ghi`,
        );
      }
    }
  }
  const pairs = [...existing.filter((p) => !dropped.includes(p)), ...(add ? [add] : [])].sort((a, b) => a.metaFile.localeCompare(b.metaFile));
  return { pairs, dropped, released };
}
