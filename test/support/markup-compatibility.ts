/**
 * Markup compatibility (ECMA-376 Part 3) as Office applies it before reading a part, so a part can be checked
 * against the strict ECMA-376 schemas (`../shared/ooxml/README.md`):
 * - attributes and elements in a namespace whose prefix `mc:Ignorable` lists are dropped (e.g. `x14ac:dyDescent`);
 * - each `mc:AlternateContent` is replaced by the children of its `mc:Fallback` (or by nothing);
 * - `mc:Ignorable` itself and `xml:space` go (the schemas do not import the xml namespace).
 * Text and attribute values are copied byte for byte (entities are not decoded), so nothing else changes.
 */
import { XMLParser } from "fast-xml-parser";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XML = "http://www.w3.org/XML/1998/namespace";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: "#comment",
  cdataPropName: "#cdata",
});

interface Scope {
  /** Prefix → namespace URI. */
  readonly prefixes: ReadonlyMap<string, string>;
  /** Namespace URIs whose content is ignorable here. */
  readonly ignorable: ReadonlySet<string>;
}

const tagOf = (node: Node): string => Object.keys(node).find((k) => k !== ":@") ?? "";
const prefixOf = (qname: string): string => (qname.includes(":") ? qname.slice(0, qname.indexOf(":")) : "");
const localOf = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

function enter(scope: Scope, attributes: Record<string, string>): Scope {
  const prefixes = new Map(scope.prefixes);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "xmlns") prefixes.set("", value);
    else if (name.startsWith("xmlns:")) prefixes.set(name.slice(6), value);
  }
  const ignorable = new Set(scope.ignorable);
  for (const [name, value] of Object.entries(attributes)) {
    if (prefixes.get(prefixOf(name)) !== MC || localOf(name) !== "Ignorable") continue;
    for (const prefix of value.split(/\s+/).filter(Boolean)) {
      const uri = prefixes.get(prefix);
      if (uri === undefined) throw new Error(`mc:Ignorable names the undeclared prefix "${prefix}"`);
      ignorable.add(uri);
    }
  }
  return { prefixes, ignorable };
}

function elementUri(scope: Scope, qname: string): string {
  const uri = scope.prefixes.get(prefixOf(qname));
  if (uri === undefined && prefixOf(qname) !== "") throw new Error(`Undeclared prefix in <${qname}>`);
  return uri ?? "";
}

function attributeUri(scope: Scope, qname: string): string | undefined {
  const prefix = prefixOf(qname);
  if (prefix === "" || prefix === "xmlns" || qname === "xmlns") return undefined;
  if (prefix === "xml") return XML;
  return scope.prefixes.get(prefix);
}

const escapeAttribute = (raw: string): string => raw.replace(/"/g, "&quot;");

function serialise(nodes: readonly Node[], scope: Scope): string {
  let out = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "#text") out += String(node["#text"]);
    else if (tag === "#comment") continue;
    else if (tag === "#cdata") out += `<![CDATA[${serialise(node["#cdata"] as Node[], scope)}]]>`;
    else out += element(node, tag, scope);
  }
  return out;
}

function element(node: Node, tag: string, outer: Scope): string {
  const attributes = (node[":@"] as Record<string, string> | undefined) ?? {};
  const scope = enter(outer, attributes);
  const uri = elementUri(scope, tag);
  const children = (node[tag] as Node[] | undefined) ?? [];
  if (scope.ignorable.has(uri)) return "";
  if (uri === MC && localOf(tag) === "AlternateContent") {
    const fallback = children.find((c) => {
      const t = tagOf(c);
      return t !== "#text" && elementUri(scope, t) === MC && localOf(t) === "Fallback";
    });
    return fallback ? serialise((fallback[tagOf(fallback)] as Node[] | undefined) ?? [], scope) : "";
  }
  if (uri === MC) throw new Error(`Unexpected markup-compatibility element <${tag}>`);
  const kept = Object.entries(attributes).filter(([name]) => {
    const attrUri = attributeUri(scope, name);
    if (attrUri === undefined) return true;
    if (attrUri === XML) return localOf(name) !== "space";
    return attrUri !== MC && !scope.ignorable.has(attrUri);
  });
  const open = [tag, ...kept.map(([n, v]) => `${n}="${escapeAttribute(v)}"`)].join(" ");
  const inner = serialise(children, scope);
  return inner === "" ? `<${open}/>` : `<${open}>${inner}</${tag}>`;
}

export interface RootName {
  readonly namespace: string;
  readonly local: string;
}

/** The part with markup compatibility applied, and its root element's namespace and local name. */
export function applyMarkupCompatibility(xml: string): { readonly xml: string; readonly root: RootName } {
  const nodes = parser.parse(xml) as Node[];
  const roots = nodes.filter((n) => !["#text", "#comment"].includes(tagOf(n)));
  if (roots.length !== 1) throw new Error(`Expected one root element, found ${roots.length}`);
  const empty: Scope = { prefixes: new Map(), ignorable: new Set() };
  const rootTag = tagOf(roots[0]);
  const rootScope = enter(empty, (roots[0][":@"] as Record<string, string> | undefined) ?? {});
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(roots, empty)}`,
    root: { namespace: elementUri(rootScope, rootTag), local: localOf(rootTag) },
  };
}
