/**
 * Adds to the typed fake of office.js (fake-excel.ts) the calls "Analyse data" needs and the fake lacks:
 * the selection, a sheet's used range, a range's first row and sheet, deleting a sheet, and a table's
 * row count. Like the rest of the fake, reads go through load + sync and writes run at sync. Import this
 * file for its side effect before using the fake.
 */
import { parseRange, rectAddress, type Rect } from "../../src/plan/a1";
import {
  FakeOfficeError,
  FakeRange,
  FakeRequestContext,
  FakeTableCollection,
  FakeWorkbook,
  FakeWorkbookState,
  FakeWorksheet,
  SheetState,
  tableBodyRows,
} from "./fake-excel";
// Analyse data reads the plan sheet's fills (its status key's colours) as "Start next year's plan" does.
import "./fake-excel-cell-properties";

declare module "./fake-excel" {
  interface FakeWorkbook {
    getSelectedRange(): FakeRange;
  }
  interface FakeWorksheet {
    getUsedRange(valuesOnly?: boolean): FakeRange;
    getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange & { readonly isNullObject: boolean };
    delete(): void;
  }
  interface FakeRange {
    getRow(index: number): FakeRange;
    getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange & { readonly isNullObject: boolean };
    readonly worksheet: { load(props: string): { readonly name: string } };
  }
}

/** The selection per fake workbook, as "Sheet!A1:B2" would be chosen by the user. */
const selections = new WeakMap<FakeWorkbookState, { sheet: string; address: string }>();

export function select(state: FakeWorkbookState, sheet: string, address: string): void {
  state.sheet(sheet);
  selections.set(state, { sheet, address });
}

type Internals = { ctx: FakeRequestContext; resolve: () => SheetState; label: string; sheetLabel: string };
const internals = (o: object): Internals => o as unknown as Internals;

/** The smallest rectangle holding every non-empty cell (A1 on an empty sheet), as Excel's used range. */
export function usedRect(sheet: SheetState): Rect {
  return usedRectWithin(sheet) ?? parseRange("A1");
}

/** The smallest rectangle holding every non-empty cell of `within` (the whole sheet by default), if any. */
function usedRectWithin(sheet: SheetState, within?: Rect): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "" && cell.formula === undefined) continue;
    const [r, c] = k.split(":").map(Number);
    if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

/**
 * `getUsedRangeOrNullObject(valuesOnly)` (ExcelApi 1.4) of a range or a sheet: the cells in use within it, or
 * a null object when none holds a value.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)
 */
function usedOrNull(
  ctx: FakeRequestContext,
  resolve: () => SheetState,
  label: string,
  within?: Rect,
): FakeRange & { readonly isNullObject: boolean } {
  ctx.requireApi("1.4", "getUsedRangeOrNullObject");
  let rect: Rect | undefined;
  try {
    rect = usedRectWithin(resolve(), within);
  } catch {
    // Unknown sheet: the load fails at sync, as office.js would.
  }
  const range = new FakeRange(ctx, resolve, rectAddress(rect ?? parseRange("A1")), label);
  let known: boolean | undefined;
  ctx.enqueue(`${label}.getUsedRangeOrNullObject`, () => {
    resolve();
    ctx.meter.answer(rect === undefined, (isNull) => {
      known = isNull;
    });
  });
  return Object.defineProperty(range, "isNullObject", {
    get: () => {
      if (known === undefined) throw new Error("PropertyNotLoaded: isNullObject needs a sync.");
      return known;
    },
  }) as FakeRange & { readonly isNullObject: boolean };
}

FakeWorksheet.prototype.getUsedRangeOrNullObject = function (this: FakeWorksheet) {
  const { ctx, resolve, label } = internals(this);
  return usedOrNull(ctx, resolve, label);
};

FakeRange.prototype.getUsedRangeOrNullObject = function (this: FakeRange) {
  const { ctx, resolve, sheetLabel } = internals(this);
  return usedOrNull(ctx, resolve, sheetLabel, this.getRect());
};

FakeWorkbook.prototype.getSelectedRange = function (this: FakeWorkbook): FakeRange {
  const ctx = internals(this).ctx;
  const chosen = selections.get(ctx.state) ?? { sheet: ctx.state.activeSheet, address: "A1" };
  return new FakeRange(ctx, () => ctx.state.sheet(chosen.sheet), chosen.address, chosen.sheet);
};

FakeWorksheet.prototype.getUsedRange = function (this: FakeWorksheet): FakeRange {
  const { ctx, resolve, label } = internals(this);
  // The fake works out the rectangle when the call is made; nothing changes the sheet before the sync.
  let address = "A1";
  try {
    address = rectAddress(usedRect(resolve()));
  } catch {
    // Unknown sheet: the range fails at sync, as office.js would.
  }
  return new FakeRange(ctx, resolve, address, label);
};

FakeWorksheet.prototype.delete = function (this: FakeWorksheet): void {
  const { ctx, resolve, label } = internals(this);
  ctx.enqueue(`${label}.delete()`, () => {
    const s = resolve();
    const state = ctx.state;
    if (state.sheets.length === 1)
      throw new FakeOfficeError("InvalidOperation", "A workbook needs one sheet.");
    state.sheets.splice(state.sheets.indexOf(s), 1);
    for (let i = state.tables.length - 1; i >= 0; i -= 1)
      if (state.tables[i].sheet === s) state.tables.splice(i, 1);
    if (state.activeSheet === s.name) state.activeSheet = state.sheets[0].name;
  });
};

FakeRange.prototype.getRow = function (this: FakeRange, index: number): FakeRange {
  const rect = this.getRect();
  const row = rect.top + index;
  const { ctx, resolve, sheetLabel } = internals(this);
  return new FakeRange(ctx, resolve, rectAddress({ ...rect, top: row, bottom: row }), sheetLabel);
};

Object.defineProperty(FakeRange.prototype, "worksheet", {
  get(this: FakeRange) {
    const { ctx, resolve } = internals(this);
    let name: string | undefined;
    const handle = {
      load: () => {
        ctx.enqueue("load range.worksheet.name", () => {
          name = resolve().name;
        });
        return handle;
      },
      get name(): string {
        if (name === undefined) throw new Error("PropertyNotLoaded: worksheet.name was not loaded.");
        return name;
      },
    };
    return handle;
  },
});

// Table items gain `rows.count` (body rows) when "items/rows/count" was loaded.
const originalLoad = FakeTableCollection.prototype.load;
FakeTableCollection.prototype.load = function (this: FakeTableCollection, props: string) {
  originalLoad.call(this, props);
  const wanted = props.split(",").some((p) => p.trim() === "items/rows/count");
  const ctx = internals(this).ctx;
  ctx.enqueue("load tables.items/rows/count", () => {
    const counts = new Map(ctx.state.tables.map((t) => [t.name, tableBodyRows(t)]));
    // Delivered after the items themselves, which the response hands over at the end of the sync.
    ctx.meter.answer(null, () => {
      const items = (this as unknown as { items: object[] }).items;
      for (const item of items) {
        Object.defineProperty(item, "rows", {
          get: () => {
            if (!wanted) throw new Error("PropertyNotLoaded: rows was not loaded.");
            return { count: counts.get((item as { name: string }).name) ?? 0 };
          },
        });
      }
    });
  });
  return this;
};
