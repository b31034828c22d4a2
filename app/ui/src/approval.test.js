import { describe, expect, it } from 'vitest'
import { actionWord, itemAction, levelCounts, pending, returnable, returnedFor, revocable, signOffs } from './approval.js'

// 武进区住建局's chain (seed 003, FORMAT.md §6.1): 考核责任科室负责人签字 (one agency's entries for a
// unit) → 考核扎口科室负责人签字 (the unit's sheet) → 局考核领导小组审定 (the cycle); two units, bgs
// assessed by 党委办 and 人教科, cwk by 党委办 only.
const levels = [
  { id: 'department', name: '考核责任科室负责人签字', covers: 'agency' },
  { id: 'collection', name: '考核扎口科室负责人签字', covers: 'unit' },
  { id: 'board', name: '局考核领导小组审定', covers: 'cycle' },
]
const item = (level, unit, agency, state = 'NONE') => ({ level, unit, agency, state, label: `${level}:${unit}:${agency}` })

function chain(states = {}, cycleState = 'OPEN') {
  const items = [
    item('department', 'bgs', '党委办'), item('department', 'bgs', '人教科'), item('department', 'cwk', '党委办'),
    item('collection', 'bgs'), item('collection', 'cwk'), item('board'),
  ].map((i) => ({ ...i, state: states[i.label] || 'NONE' }))
  return { state: cycleState, levels, items }
}
const find = (c, label) => c.items.find((i) => i.label === label)

describe('退回: the level above sends back a signed item within its own', () => {
  it('offers a unit sheet the signed agency entries of that unit only', () => {
    const c = chain({ 'department:bgs:党委办': 'APPROVED', 'department:bgs:人教科': 'APPROVED', 'department:cwk:党委办': 'APPROVED' })
    expect(returnable(c, find(c, 'collection:bgs:undefined')).map((i) => i.label))
      .toEqual(['department:bgs:党委办', 'department:bgs:人教科'])
  })
  it('offers nothing unsigned, and nothing a higher level has signed already (withdraw that first)', () => {
    const c = chain({ 'department:bgs:党委办': 'APPROVED', 'collection:bgs:undefined': 'APPROVED' })
    expect(returnable(c, find(c, 'collection:bgs:undefined'))).toEqual([])
    // the 审定 reaches down to every level: only the unit sheets signed and free above may go back
    expect(returnable(c, find(c, 'board:undefined:undefined')).map((i) => i.label)).toEqual(['collection:bgs:undefined'])
  })
  it('offers the lowest level nothing to return', () => {
    const c = chain({ 'department:bgs:党委办': 'APPROVED' })
    expect(returnable(c, find(c, 'department:bgs:党委办'))).toEqual([])
  })
})

describe('撤销签核: own sign-off, top down, never after 通报', () => {
  it('lets a signed item go back while nothing above is signed', () => {
    const c = chain({ 'department:bgs:党委办': 'APPROVED', 'collection:bgs:undefined': 'APPROVED' })
    expect(revocable(c, find(c, 'collection:bgs:undefined'))).toBe(true)
    expect(revocable(c, find(c, 'department:bgs:党委办'))).toBe(false)
    expect(revocable(c, find(c, 'department:cwk:党委办'))).toBe(false)
  })
  it('keeps the 审定 once published', () => {
    expect(revocable(chain({ 'board:undefined:undefined': 'APPROVED' }, 'DECIDED'), item('board', undefined, undefined, 'APPROVED')))
      .toBe(true)
    expect(revocable(chain({ 'board:undefined:undefined': 'APPROVED' }, 'PUBLISHED'), item('board', undefined, undefined, 'APPROVED')))
      .toBe(false)
  })
})

describe('批量签核 and the words of the page', () => {
  it('signs many items of one level in one request, the cycle level with no items', () => {
    const c = chain()
    expect(signOffs(c, [find(c, 'department:bgs:党委办'), find(c, 'department:cwk:党委办')]).body).toEqual(
      { level: 'department', items: [{ unit: 'bgs', agency: '党委办' }, { unit: 'cwk', agency: '党委办' }] })
    expect(signOffs(c, [find(c, 'collection:bgs:undefined')]).body).toEqual({ level: 'collection', items: [{ unit: 'bgs' }] })
    expect(signOffs(c, [find(c, 'board:undefined:undefined')]).body).toEqual({ level: 'board', items: [] })
    expect(signOffs(c, [find(c, 'collection:bgs:undefined'), find(c, 'department:cwk:党委办')]).error).toBe('一次只能签核同一层级的审批项')
    expect(signOffs(c, []).error).toBe('请先勾选可签核的审批项')
  })
  it('calls the cycle level’s sign-off 审定, the others 签核', () => {
    const c = chain()
    expect(actionWord(c, find(c, 'board:undefined:undefined'))).toBe('审定')
    expect(actionWord(c, find(c, 'collection:bgs:undefined'))).toBe('签核')
  })
  it('names a return by level, unit and agency, leaving out what the item has not', () => {
    expect(itemAction(item('department', 'bgs', '党委办'), '数据有误')).toEqual({ level: 'department', unit: 'bgs', agency: '党委办', reason: '数据有误' })
    expect(itemAction(item('board', null, null), '重审')).toEqual({ level: 'board', reason: '重审' })
  })
  it('counts each level’s items, signed and returned', () => {
    const c = chain({ 'department:bgs:党委办': 'APPROVED', 'department:bgs:人教科': 'RETURNED' })
    expect(levelCounts(c).map((l) => [l.id, l.total, l.approved, l.returned]))
      .toEqual([['department', 3, 1, 1], ['collection', 2, 0, 0], ['board', 1, 0, 0]])
  })
})

describe('工作台', () => {
  it('shows an assessor its agency’s returned entries and a reporter its unit’s', () => {
    const items = [item('department', 'bgs', '党委办', 'RETURNED'), item('department', 'cwk', '人教科', 'RETURNED'),
      item('collection', 'cwk', undefined, 'RETURNED'), item('department', 'bgs', '人教科', 'APPROVED')]
    expect(returnedFor(items, { agencies: ['党委办'] }).map((i) => i.label)).toEqual(['department:bgs:党委办'])
    expect(returnedFor(items, { units: ['cwk'] }).map((i) => i.label)).toEqual(['department:cwk:人教科', 'collection:cwk:undefined'])
  })
  it('counts what waits for an approver, and what of it can be signed now', () => {
    expect(pending({ items: [{ state: 'NONE', ready: true }, { state: 'RETURNED', ready: false }, { state: 'APPROVED', ready: false }] }))
      .toEqual({ open: 2, ready: 1 })
  })
})
