/** Markup compatibility as ECMA-376 Part 3 defines it, so the schema check sees what Office reads. */
import { applyMarkupCompatibility } from "./markup-compatibility";

const MAIN = 'xmlns="urn:main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const body = (xml: string): string => applyMarkupCompatibility(xml).xml.replace(/^<\?xml[^>]*\?>\n/, "");

describe("applyMarkupCompatibility", () => {
  it.each([
    // an attribute and an element in an ignorable namespace go, with mc:Ignorable itself
    [
      `<r ${MAIN} ${MC} xmlns:x="urn:x" mc:Ignorable="x"><row x:dyDescent="0.25" r="1"/><x:ext/></r>`,
      `<r ${MAIN} ${MC} xmlns:x="urn:x"><row r="1"/></r>`,
    ],
    // a namespace that is declared but not listed as ignorable stays (the schema must judge it)
    [`<r ${MAIN} xmlns:y="urn:y"><c y:a="1"/></r>`, `<r ${MAIN} xmlns:y="urn:y"><c y:a="1"/></r>`],
    // AlternateContent gives way to its Fallback's children; the Choice is dropped
    [
      `<r ${MAIN} ${MC}><mc:AlternateContent><mc:Choice Requires="x"><new/></mc:Choice><mc:Fallback><old a="1"/></mc:Fallback></mc:AlternateContent></r>`,
      `<r ${MAIN} ${MC}><old a="1"/></r>`,
    ],
    // xml:space goes (the schemas do not import the xml namespace); escaped text is kept byte for byte
    [
      `<r ${MAIN}><t xml:space="preserve"> St Mary&apos;s &amp; Co &lt;1&gt; </t></r>`,
      `<r ${MAIN}><t> St Mary&apos;s &amp; Co &lt;1&gt; </t></r>`,
    ],
    // Ignorable applies to the element that declares it and below, not to its siblings
    [
      `<r ${MAIN} ${MC} xmlns:x="urn:x"><a mc:Ignorable="x" x:b="1"/><c x:b="2"/></r>`,
      `<r ${MAIN} ${MC} xmlns:x="urn:x"><a/><c x:b="2"/></r>`,
    ],
  ])("%s → %s", (input, output) => {
    expect(body(input)).toBe(output);
  });

  it("names the root element by namespace", () => {
    expect(applyMarkupCompatibility(`<p:x xmlns:p="urn:p"/>`).root).toEqual({
      namespace: "urn:p",
      local: "x",
    });
  });

  it("refuses an Ignorable prefix that is not declared", () => {
    expect(() => applyMarkupCompatibility(`<r ${MC} mc:Ignorable="q"/>`)).toThrow('undeclared prefix "q"');
  });
});
