/** Reads manifest.xml (or a built copy) into fast-xml-parser's ordered tree, with small helpers to walk it. */
import { readFileSync } from "fs";
import { XMLParser } from "fast-xml-parser";

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

export function parseXml(text: string): XmlNode[] {
  return parser.parse(text) as XmlNode[];
}

export function readXml(file: string): XmlNode[] {
  return parseXml(readFileSync(file, "utf8"));
}

/** The element name of a node (`#text` and `?xml` included). */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}

export function attrs(node: XmlNode): Record<string, string> {
  return (node[":@"] as Record<string, string> | undefined) ?? {};
}

/** Child elements (comments, text and the XML declaration left out). */
export function children(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value)
    ? (value as XmlNode[]).filter((c) => !tagOf(c).startsWith("#") && !tagOf(c).startsWith("?"))
    : [];
}

export function text(node: XmlNode): string {
  const value = node[tagOf(node)];
  if (!Array.isArray(value)) return "";
  return (value as XmlNode[])
    .filter((c) => tagOf(c) === "#text")
    .map((c) => String(c["#text"]))
    .join("");
}

/** The local name without a namespace prefix (`bt:Image` → `Image`). */
export const localName = (tag: string): string => tag.replace(/^.*:/, "");

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return children(node).find((c) => localName(tagOf(c)) === name);
}

/** Follows a path of local names from a node; undefined when any step is missing. */
export function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const step of path) current = current && child(current, step);
  return current;
}

/** Every element below (and including) node, with its chain of ancestors' local names. */
export function walk(node: XmlNode, ancestors: string[] = []): { node: XmlNode; ancestors: string[] }[] {
  const here = { node, ancestors };
  const below = children(node).flatMap((c) => walk(c, [...ancestors, localName(tagOf(node))]));
  return [here, ...below];
}

export function rootElement(doc: XmlNode[], name: string): XmlNode {
  const root = doc.find((n) => tagOf(n) === name);
  if (!root) throw new Error(`No <${name}> root element`);
  return root;
}
