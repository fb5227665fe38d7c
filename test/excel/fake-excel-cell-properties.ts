/**
 * Adds `Range.getCellProperties` to the typed fake of office.js (fake-excel.ts), for the fills that "Start next
 * year's plan" reads: like Excel it needs ExcelApi 1.9, answers only after the next sync, gives one entry per
 * cell with its sheet-qualified address, and reports a cell without a fill as white.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
 * Import this file for its side effect before using the fake.
 */
import { contains, parseRange, refAddress } from "../../src/plan/a1";
import { FakeRange, type FakeRequestContext, type SheetState } from "./fake-excel";

export interface FakeCellProperties {
  readonly address?: string;
  readonly format?: { readonly fill?: { readonly color?: string } };
}

declare module "./fake-excel" {
  interface FakeRange {
    getCellProperties(options: { address?: boolean; format?: { fill?: { color?: boolean } } }): {
      readonly value: FakeCellProperties[][];
    };
  }
}

type Internals = { ctx: FakeRequestContext; resolve: () => SheetState };
const internals = (o: object): Internals => o as unknown as Internals;

/** Excel's colour for a cell with no fill. */
const NO_FILL = "#FFFFFF";

FakeRange.prototype.getCellProperties = function (
  this: FakeRange,
  options: { address?: boolean; format?: { fill?: { color?: boolean } } },
) {
  const { ctx, resolve } = internals(this);
  ctx.requireApi("1.9", "Range.getCellProperties");
  const rect = this.getRect();
  let value: FakeCellProperties[][] | undefined;
  ctx.enqueue(`getCellProperties(${this.address})`, () => {
    const sheet = resolve();
    const fills = sheet.formats.filter((f) => f.property === "format.fill.color");
    value = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const line: FakeCellProperties[] = [];
      for (let column = rect.left; column <= rect.right; column++) {
        // The last fill written over the cell is the one it shows.
        const fill = [...fills].reverse().find((f) => contains(parseRange(f.address), { row, column }));
        line.push({
          ...(options.address ? { address: `'${sheet.name}'!${refAddress({ row, column })}` } : {}),
          ...(options.format?.fill?.color
            ? { format: { fill: { color: String(fill?.value ?? NO_FILL) } } }
            : {}),
        });
      }
      value.push(line);
    }
  });
  return {
    get value(): FakeCellProperties[][] {
      if (!value)
        throw new Error("PropertyNotLoaded: getCellProperties() is read only after context.sync().");
      return value;
    },
  };
};
