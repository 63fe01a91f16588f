import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../src/lib/model/json-ld.ts';

describe('JSON-LD in a script element', () => {
  it('cannot be closed early by text that contains "</script>"', () => {
    const json = scriptSafeJson({ name: 'a</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: 'a</script><script>alert(1)</script>' });
  });
});
