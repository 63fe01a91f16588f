import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = `${ROOT}dist/`;
export const SOURCES = `${ROOT}content/sources/`;
export const DOCUMENTS = `${ROOT}content/documents/`;
export const CITED = `${ROOT}content/cited/`;

/** Slug of each source file, as its metadata names it. */
export const SLUGS: Record<string, string> = {
  '000_7da3d2be77d90cdf.txt': 'quy-dinh-neu-guong-dien-bien',
  '001_53aca9755fa8ba25.txt': 'huong-dan-neu-guong',
  '003_ea6883da93ebe6f8.txt': 'chi-thi-ky-luat-hanh-chinh-lao-cai',
  '004_cdcf607f15aa0d9f.txt': 'quy-che-lam-viec-tinh-uy-dien-bien',
};
