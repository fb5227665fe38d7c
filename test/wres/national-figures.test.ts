import { nationalFigure, publishedYears } from "../../src/wres/national-figures";

describe("nationalFigure (wres.md national figures table)", () => {
  // Every cell of the published table, row by row; indicator 1 as a fraction.
  it.each([
    [2016, 0.177, 1.57, 1.56, null],
    [2018, 0.191, 1.45, 1.24, null],
    [2020, 0.21, 1.61, 1.16, 1.14],
    [2021, 0.224, 1.61, 1.14, 1.14],
    [2022, 0.242, 1.54, 1.14, 1.12],
    [2023, 0.264, 1.59, 1.03, 1.12],
    [2024, 0.286, null, null, null],
  ])("report year %p", (year, ind1, ind2, ind3, ind4) => {
    [ind1, ind2, ind3, ind4].forEach((expected, i) => {
      const r = nationalFigure(i + 1, year);
      if (expected === null)
        expect(r).toMatchObject({ ok: false, problem: { kind: "na", code: "no_published_figure" } });
      else expect(r).toEqual({ ok: true, value: expected });
    });
  });

  it("a dash in the table is #N/A listing the years that have a figure", () => {
    expect(nationalFigure(4, 2018)).toEqual({
      ok: false,
      problem: {
        kind: "na",
        code: "no_published_figure",
        argument: "indicator",
        detail: { indicator: 4, year: 2018, years: "2020, 2021, 2022, 2023" },
      },
    });
  });

  it("a year missing from the table (2017, 2019) has no figure", () => {
    expect(nationalFigure(2, 2019)).toEqual({
      ok: false,
      problem: {
        kind: "na",
        code: "no_published_figure",
        argument: "indicator",
        detail: { indicator: 2, year: 2019, years: "2016, 2018, 2020, 2021, 2022, 2023" },
      },
    });
  });

  it("indicators 5–9 have no national column, so no years are listed", () => {
    expect(nationalFigure(7, 2022)).toEqual({
      ok: false,
      problem: {
        kind: "na",
        code: "no_published_figure",
        argument: "indicator",
        detail: { indicator: 7, year: 2022 },
      },
    });
    expect(publishedYears(7)).toEqual([]);
  });

  it("indicator 1 has a figure for every report year", () => {
    expect(publishedYears(1)).toEqual([2016, 2018, 2020, 2021, 2022, 2023, 2024]);
  });

  it.each([0, 10])("indicator %p is not a WRES indicator (#VALUE!)", (indicator) => {
    expect(nationalFigure(indicator, 2022)).toMatchObject({
      ok: false,
      problem: { kind: "value", code: "out_of_range", argument: "indicator" },
    });
  });
});
