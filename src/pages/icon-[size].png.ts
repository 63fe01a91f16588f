import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../public/favicon.svg?raw';
import { pngResponse } from '../utils/cards.ts';

/** Home-screen icons, rasterised from the favicon at build time. */
export const getStaticPaths = (() => [{ params: { size: '192' } }, { params: { size: '512' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  pngResponse(new Resvg(favicon, { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng());
