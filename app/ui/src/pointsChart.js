// Bar charts (a scheme's top-level indicator points, a cycle's distribution of totals): ECharts with only the parts it uses
// (bar, grid, tooltip, canvas), in a chunk loaded with the page that shows it.
import { init, use } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer])

/** Draws `items` ({name, points}) into `element`; returns the chart (resize, dispose). */
export function drawPoints(element, items) {
  return drawBars(element, items.map((r) => r.name), items.map((r) => Number(r.points)), '分值')
}

/** A bar chart of `values` named by `names`, the value axis titled `axis`. */
export function drawBars(element, names, values, axis) {
  const chart = init(element)
  chart.setOption({
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 80, overflow: 'truncate' } },
    yAxis: { type: 'value', name: axis, minInterval: 1 },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#409eff' }, barMaxWidth: 40 }],
  })
  return chart
}
