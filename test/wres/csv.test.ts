import { parseCsv } from "../../src/wres/csv";
import { problemMessage } from "../../src/wres/messages";

const parsed = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(problemMessage(r.problem));
  return r.value;
};

describe("parseCsv (RFC 4180)", () => {
  it.each([
    // plain LF file with a final line break: the break does not make an empty record
    ["a,b\n1,2\n", ["a", "b"], [["1", "2"]]],
    // CRLF line endings (RFC 4180 §2.1)
    [
      "a,b\r\n1,2\r\n3,4",
      ["a", "b"],
      [
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    // old Mac CR-only endings
    ["a,b\r1,2\r", ["a", "b"], [["1", "2"]]],
    // byte-order mark from Excel's "CSV UTF-8" is not part of the first header
    ["\uFEFFEthnic Origin,Band\nA,5\n", ["Ethnic Origin", "Band"], [["A", "5"]]],
    // quoted field with a comma (§2.6)
    ['a,b\n"White, British",2\n', ["a", "b"], [["White, British", "2"]]],
    // doubled quote inside a quoted field (§2.7)
    ['a\n"He said ""yes"""\n', ["a"], [['He said "yes"']]],
    // embedded CRLF and LF inside quotes stay in the field
    [
      'a,b\n"line 1\r\nline 2",x\n"p\nq",y\n',
      ["a", "b"],
      [
        ["line 1\r\nline 2", "x"],
        ["p\nq", "y"],
      ],
    ],
    // empty fields, including a trailing one
    [
      "a,b,c\n,,\n1,,3\n",
      ["a", "b", "c"],
      [
        ["", "", ""],
        ["1", "", "3"],
      ],
    ],
    // empty quoted field
    ['a,b\n"",2\n', ["a", "b"], [["", "2"]]],
    // spaces are data (RFC 4180 §2.4)
    ["a,b\n 1 , 2 \n", ["a", "b"], [[" 1 ", " 2 "]]],
    // blank lines between records are skipped
    ["a\n1\n\n2\n\r\n", ["a"], [["1"], ["2"]]],
    // header only
    ["a,b\n", ["a", "b"], []],
    // empty file
    ["", [], []],
    // rows with fewer or more fields are kept as they are
    ["a,b\n1\n1,2,3\n", ["a", "b"], [["1"], ["1", "2", "3"]]],
  ])("%j", (text, header, rows) => {
    expect(parsed(text)).toEqual({ header, rows });
  });

  // A quote that is never closed would swallow the rest of the file: refuse, with the line it opened on.
  it("reports an unclosed quote with its line", () => {
    const r = parseCsv('a,b\n1,2\n"open,3\n4,5\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ kind: "value", code: "bad_csv", detail: { line: 3 } });
    expect(problemMessage(r.problem)).toBe(
      "The CSV file cannot be read: a quoted field is never closed (line 3).",
    );
  });
});
