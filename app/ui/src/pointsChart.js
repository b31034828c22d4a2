// The bar chart of a scheme's top-level indicator points: ECharts with only the parts it uses
// (bar, grid, tooltip, canvas), in a chunk loaded with the page that shows it.
import { init, use } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer])

/** Draws `items` ({name, points}) into `element`; returns the chart (resize, dispose). */
export function drawPoints(element, items) {
  const chart = init(element)
  chart.setOption({
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: items.map((r) => r.name), axisLabel: { interval: 0, width: 80, overflow: 'truncate' } },
    yAxis: { type: 'value', name: '分值' },
    series: [{ type: 'bar', data: items.map((r) => Number(r.points)), itemStyle: { color: '#409eff' }, barMaxWidth: 40 }],
  })
  return chart
}
