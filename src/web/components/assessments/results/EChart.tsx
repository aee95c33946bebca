import { BarChart, LineChart, RadarChart, type BarSeriesOption, type LineSeriesOption, type RadarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  RadarComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type RadarComponentOption,
} from 'echarts/components';
import { init, use as registerECharts, type ComposeOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

/*
 * ECharts, tree-shaken to what the results page draws. Only this chunk imports it. No tooltips:
 * ECharts' HTML tooltip writes inline styles, which the Content Security Policy refuses; the
 * numbers are in the table next to every chart instead.
 */
registerECharts([BarChart, LineChart, RadarChart, GridComponent, LegendComponent, RadarComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | RadarSeriesOption | GridComponentOption | LegendComponentOption | RadarComponentOption
>;

/** Series colours: DKFDS blues and greys plus darker hues, each with at least 4.5:1 contrast on white. */
export const SERIES_COLOURS = ['#004d99', '#a34400', '#2e7d32', '#6a1b9a', '#454545', '#00695c', '#b3003b'];
export const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];
export const TEXT_COLOUR = '#1a1a1a';
export const GRID_COLOUR = '#bfbfbf';
export const FONT = "'IBM Plex Sans', Arial, sans-serif";

/** Shared look: no animation (stable screenshots), DKFDS text colour and font. */
export const BASE_OPTION: ChartOption = {
  animation: false,
  color: SERIES_COLOURS,
  textStyle: { fontFamily: FONT, color: TEXT_COLOUR, fontSize: 14 },
  aria: { enabled: false },
};

/**
 * One chart, drawn on a canvas that follows its container's width (360 px to 1920 px). The
 * container is an image with a summary for screen readers; a table beside it carries the numbers.
 */
export function EChart({ option, label, height }: { option: ChartOption; label: string; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ ...BASE_OPTION, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} className="pj-chart" style={{ height }} />;
}
