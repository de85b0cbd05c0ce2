// What a recharts chart is given (the race's, RaceChart; the charts of epochs are on a
// canvas, with the same margins: axes.ts).
/** Off: recharts would make the SVG focusable, which cannot sit inside role="img". */
export const CHART = {
  accessibilityLayer: false,
  margin: { top: 8, right: 12, bottom: 0, left: 0 },
};
