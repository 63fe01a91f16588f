/** The plain `{ type, props }` objects satori lays out (no React needed). */
export type Style = Record<string, string | number>;

export interface CardElement {
  type: 'div';
  props: { style: Style; children?: string | CardElement[] };
}

/** A flex box of `children`, or a run of text. */
export function div(style: Style, children?: string | CardElement[]): CardElement {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}
