/** Text as HTML or XML, for an element's content or an attribute's value: &, ", < and > as entities. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
export const escapeHtml = (text: string) => text.replace(/[&"<>]/g, (c) => ENTITIES[c]!);
