import { expect, it } from 'vitest'
import { flatten, indicatorRows } from './scheme.js'

// 新干县 政务"阳光行动" 2006 (tenant-schemes/xingan/yangguang-2006.scheme.json), indicator 1 as the file has it
const leaders = {
  code: '1', name: '领导重视情况', points: '15', floor: 'zero', assessingAgency: '县政务“阳光行动”活动领导小组',
  rules: [{ id: 'r1', kind: 'once', clause: '(1)没有召开干部职工大会进行动员部署的扣3分(查会议记录)', amount: '3' }],
  children: [{ code: '1.1', name: '子项', points: '5', rules: [{ id: 'r1', kind: 'per-occurrence', clause: '每次扣1分', amount: '1', cap: '5' }] }],
}

it('shows each indicator with its 分值, 考核单位 and 扣分细则 in Chinese', () => {
  const [row] = indicatorRows([leaders])
  expect(row).toMatchObject({ code: '1', points: '15', agency: '县政务“阳光行动”活动领导小组' })
  expect(row.rules).toEqual([{ clause: '(1)没有召开干部职工大会进行动员部署的扣3分(查会议记录)', tag: '一次性扣分 3 分', kind: 'once' }])
  expect(flatten([row]).map((r) => [r.code, r.depth, r.rules[0].tag]))
    .toEqual([['1', 0, '一次性扣分 3 分'], ['1.1', 1, '按次扣分 1 分，最多 5 分']])
})

it('writes an assessing agency as the seeds do: a list with 、, per series with the series code', () => {
  const rows = indicatorRows([
    { code: 'jc.6', name: '工作纪律', assessingAgency: ['人教科', '党委办'] },
    { code: '1', name: '完成基本工作目标', assessingAgency: { s1: '市委办', s2: '市政府办' } },
  ])
  expect(rows.map((r) => r.agency)).toEqual(['人教科、党委办', 's1：市委办；s2：市政府办'])
})
