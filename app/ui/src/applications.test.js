import { describe, expect, it } from 'vitest'
import { applicationBody, bonusItems, decisionBody, decisionText, mayDecide, ofUnits, waitingFor } from './applications.js'

// tenant-schemes/xingan: 5 加、减分项目 (1) 县内做典型推广的每次加5分;市级…加10分;省级…加15分, scored by the
// leadership group; tenant-schemes/wujin-housing: fj 特别附加分, 最终赋分 0–100, no 考核科室 named
const XINGAN = [
  { code: '1', name: '领导重视情况', points: '15', assessingAgency: '领导小组', rules: [{ id: 'r1', kind: 'once', amount: '3' }] },
  { code: '5', name: '加、减分项目', mode: 'bonus', assessingAgency: '领导小组', rules: [
    { id: 'r1', kind: 'level-bonus', levels: { 县: '5', 市: '10', 省: '15' } },
    { id: 'r2', kind: 'level-bonus', effect: 'deduct', amount: '5' }] },
]
const WUJIN = [{ code: 'fj', name: '特别附加分', mode: 'bonus', rules: [{ id: 'r1', kind: 'discretionary', effect: 'bonus', max: '100' }] }]
// their forms as the server serves them (GET …/versions/{n}/form): the effect and the fields each rule's kind asks for
const FORMS = {
  '1/r1': { rule: '1/r1', effect: 'deduct', entered: true, fields: [] },
  '5/r1': { rule: '5/r1', effect: 'bonus', entered: true, fields: [
    { key: 'level', label: '级别', type: 'choice', options: [{ value: '县', label: '县（5 分）' }, { value: '市', label: '市（10 分）' }, { value: '省', label: '省（15 分）' }] },
    { key: 'count', label: '次数（次/件/人次）', type: 'count' }] },
  '5/r2': { rule: '5/r2', effect: 'deduct', entered: true, fields: [{ key: 'count', label: '次数（次/件/人次）', type: 'count' }] },
  'fj/r1': { rule: 'fj/r1', effect: 'bonus', entered: true, reasonRequired: true, fields: [
    { key: 'amount', label: '分值（酌情）', type: 'decimal', min: '0', max: '100' }] },
}

describe('the bonus items a unit applies for', () => {
  it('are the rules that add points, with their levels or the bounds of the final amount', () => {
    const [item] = bonusItems(XINGAN, FORMS)
    expect(bonusItems(XINGAN, FORMS).map((i) => i.ref)).toEqual(['5/r1'])
    expect(item.levels.map((l) => l.label)).toEqual(['县（5 分）', '市（10 分）', '省（15 分）'])
    expect(item).toMatchObject({ agency: '领导小组', bounds: null })
    expect(bonusItems(WUJIN, FORMS)[0]).toMatchObject({ ref: 'fj/r1', agency: null, levels: null, bounds: { min: '0', max: '100' } })
  })
  it('are none where the forms are not read yet', () => {
    expect(bonusItems(XINGAN, {})).toEqual([])
    expect(bonusItems(XINGAN, null)).toEqual([])
  })
  it('leave out the nodes that do not apply to the unit, with their children', () => {
    const scheme = [{ code: 'g', name: '个性', appliesTo: { series: ['s2'] }, children: WUJIN }]
    expect(bonusItems(scheme, FORMS, { code: 'bgs', series: 's1' })).toEqual([])
    expect(bonusItems(scheme, FORMS, { code: 'bgs', series: 's2' }).map((i) => i.ref)).toEqual(['fj/r1'])
  })
})

describe('applications and decisions as the API takes them', () => {
  it('sends what was written, trimmed, and leaves out what was not', () => {
    expect(applicationBody({ unit: 'bgs', rule: 'fj/r1', item: ' 获评市级文明科室 ', level: '', matter: ' ', evidence: 'evidence:3' }))
      .toEqual({ unit: 'bgs', rule: 'fj/r1', item: '获评市级文明科室', evidence: 'evidence:3' })
  })
  it('gives an amount only on approving a rule that takes one', () => {
    const [wujin] = bonusItems(WUJIN, FORMS)
    const [xingan] = bonusItems(XINGAN, FORMS)
    expect(decisionBody(wujin, { amount: '2', reason: '局分管领导同意' }, true)).toEqual({ amount: '2', reason: '局分管领导同意' })
    expect(decisionBody(xingan, { amount: '2', reason: '' }, true)).toEqual({})
    expect(decisionBody(wujin, { amount: '2', reason: '区级荣誉不在范围' }, false)).toEqual({ reason: '区级荣誉不在范围' })
  })
  it('is decided by the scheme admin, or the assessor of the agency that scores the item', () => {
    const [xingan] = bonusItems(XINGAN, FORMS)
    const [wujin] = bonusItems(WUJIN, FORMS)
    expect(mayDecide(xingan, { schemeAdmin: false, agencies: ['领导小组'] })).toBe(true)
    expect(mayDecide(xingan, { schemeAdmin: false, agencies: ['办公室'] })).toBe(false)
    expect(mayDecide(wujin, { schemeAdmin: false, agencies: ['办公室'] })).toBe(false)
    expect(mayDecide(wujin, { schemeAdmin: true, agencies: [] })).toBe(true)
  })
})

describe('what the 工作台 shows of the applications', () => {
  const list = [
    { id: 1, unit: 'bgs', rule: '5/r1', state: 'PENDING' },
    { id: 2, unit: 'jyj', rule: 'fj/r1', state: 'PENDING' },
    { id: 3, unit: 'bgs', rule: '5/r1', state: 'REFUSED', decisionReason: '未见通报文件' },
    { id: 4, unit: 'bgs', rule: '5/r1', state: 'APPROVED' },
  ]
  const items = [...bonusItems(XINGAN, FORMS), ...bonusItems(WUJIN, FORMS)]
  it('waits for the decider: the pending ones of the items it may decide', () => {
    expect(waitingFor(list, items, { schemeAdmin: false, agencies: ['领导小组'] }).map((a) => a.id)).toEqual([1])
    expect(waitingFor(list, items, { schemeAdmin: true, agencies: [] }).map((a) => a.id)).toEqual([1, 2])
    expect(waitingFor(list, items, { schemeAdmin: false, agencies: ['办公室'] })).toEqual([])
  })
  it('says a decision with its reason', () => {
    expect(decisionText(list[2])).toBe('驳回：未见通报文件')
    expect(decisionText(list[3])).toBe('批准')
  })
  it('shows a reporter the applications of its units, newest first', () => {
    expect(ofUnits(list, ['bgs']).map((a) => a.id)).toEqual([4, 3, 1])
    expect(ofUnits(list, [])).toEqual([])
  })
})
