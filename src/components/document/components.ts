import Attachment from './Attachment.astro';
import Block from './Block.astro';
import Cite from './Cite.astro';
import Line from './Line.astro';
import Preamble from './Preamble.astro';
import Sic from './Sic.astro';
import Unit from './Unit.astro';
import UnitHeading from './UnitHeading.astro';
import UnitRef from './UnitRef.astro';

/** What each component name in the generated MDX renders as. */
export const documentComponents = {
  Unit,
  Attachment,
  Block,
  Cite,
  Line,
  Preamble,
  Sic,
  UnitHeading,
  UnitRef,
};
