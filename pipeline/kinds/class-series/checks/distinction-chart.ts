/**
 * A class distinction names the areas of work its level covers; the charts
 * say which areas have content at that level. Where the two disagree, both
 * places are named: a filled chart cell for an area the distinction does not
 * name, or an n/a cell for an area it names.
 */
import { defineCheck } from "../../../checks/define.js";
import { areasNamed } from "../../../rules/area-mentions.js";
import { seriesAt } from "../../../shared/pointer.js";

export const distinctionChart = defineCheck<"class-series">(
  "distinction-chart-mismatch",
  ({ interpretation, report }) => {
    const body = interpretation.body;
    const areas =
      body.areasOfWork.length > 0
        ? body.areasOfWork
        : body.charts.map((chart) => ({ number: chart.area, name: chart.name }));
    body.distinctions.forEach((distinction, distinctionIndex) => {
      const named = areasNamed(distinction.text, areas);
      const distinctionAt = seriesAt("distinctions", distinctionIndex, "text");
      body.charts.forEach((chart, chartIndex) => {
        const cellIndex = chart.cells.findIndex((cell) => cell.level === distinction.level);
        const cell = chart.cells[cellIndex];
        if (!cell) return;
        const filled = cell.text !== null;
        if (filled === named.has(chart.area)) return;
        const cellAt = seriesAt("charts", chartIndex, "cells", cellIndex, "text");
        const reason = filled
          ? `Unexpected filled chart cell for '${chart.name}' at level ${distinction.level}, expected the level's class distinction to name that area (it does not)`
          : `Unexpected n/a chart cell for '${chart.name}' at level ${distinction.level}, expected content: the level's class distinction names that area`;
        report(reason, {
          pointer: cellAt,
          place: interpretation.provenance[cellAt],
          related: [{ pointer: distinctionAt, ...interpretation.provenance[distinctionAt] }],
        });
      });
    });
  },
);
