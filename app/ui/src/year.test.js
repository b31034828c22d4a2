import { describe, expect, it } from 'vitest'
import { agencyHolds, decisionFact, distribution, factBody, factSummary, formOf, formsByRule, newestOpenCycle, officeIndicators, openResults, parseUnits, rankingGroups, rankingTable, scoredIndicators, selfAssessmentsIn } from './year.js'

// forms as the server serves them (GET …/versions/{n}/form), as the engine writes them for the seeds
const SERVED = { rules: [
  // 新干 4.(2): 档案资料不健全的扣5分，没有的扣10分 — counted once: the grade only
  { rule: '4/r2', entered: true, reasonRequired: false, fields: [{ key: 'grade', label: '档次', type: 'choice',
    options: [{ label: '不健全（5 分）', value: '不健全' }, { label: '没有（10 分）', value: '没有' }] }] },
  // 漳州 2.2: 科级以上每人次扣15分…以被责任追究时间为准，同一事项就高扣分一次…自行查处…免予扣分
  { rule: '2.2/r1', entered: true, reasonRequired: false, fields: [
    { key: 'grade', label: '档次', type: 'choice', options: [{ label: '科级以上（15 分）', value: '科级以上' }, { label: '科级以下（10 分）', value: '科级以下' }] },
    { key: 'count', label: '次数（次/件/人次）', type: 'count' }, { key: 'date', label: '发生日期', type: 'date' },
    { key: 'person', label: '涉及人员（按人次）', type: 'text' }, { key: 'selfReported', label: '自行查处/主动报告', type: 'flag' }] },
  // 常德 11: 视具体情况扣1～3分
  { rule: '11/r2', entered: true, reasonRequired: true, fields: [{ key: 'amount', label: '分值（酌情）', type: 'decimal', min: '1', max: '3' }] },
  { rule: 'prerequisites/p1', entered: true, reasonRequired: false, fields: [{ key: 'met', label: '是否满足', type: 'yes-no',
    options: [{ label: '满足', value: true }, { label: '不满足', value: false }] }] },
  // 吉水 共性6: counted from the articles entered under r2
  { rule: '1.6/r1', entered: false, reasonRequired: false, fields: [] },
] }
const forms = formsByRule(SERVED)

describe('the fact form is the one the server serves for the rule', () => {
  it('finds a rule\'s form by its reference; a rule it does not describe asks only for what every form asks', () => {
    expect(formOf(forms, '4/r2').fields.map((f) => f.key)).toEqual(['grade'])
    expect(formOf(forms, '1.6/r1').entered).toBe(false)
    expect(formOf(forms, '11/r2').reasonRequired).toBe(true)
    expect(formOf(forms, '9/r9')).toEqual({ fields: [], entered: true, reasonRequired: false })
    expect(formsByRule(null)).toEqual({})
  })
  it('writes the fact as the facts format types it: a count a number, a decimal a string, matter, reason and evidence trimmed', () => {
    expect(factBody('u', '2.2/r1', formOf(forms, '2.2/r1'), { grade: '科级以上', count: '2', date: '2009-06-01', person: ' 张某 ',
      reason: ' 受治安处罚 ', matter: '事项1 ', evidence: 'evidence:12' }))
      .toEqual({ unit: 'u', rule: '2.2/r1', grade: '科级以上', count: 2, date: '2009-06-01', person: '张某', reason: '受治安处罚',
        matter: '事项1', evidence: 'evidence:12' })
    expect(factBody('u', '11/r2', formOf(forms, '11/r2'), { amount: 2.5, reason: '记录简单' }))
      .toEqual({ unit: 'u', rule: '11/r2', amount: '2.5', reason: '记录简单' })
  })
  it('sends a ticked flag as true and leaves an unticked one out; a yes-no answer is a boolean either way', () => {
    const zz = formOf(forms, '2.2/r1')
    expect(factBody('u', '2.2/r1', zz, { count: 1, selfReported: true }).selfReported).toBe(true)
    expect(factBody('u', '2.2/r1', zz, { count: 1, selfReported: false })).toEqual({ unit: 'u', rule: '2.2/r1', count: 1 })
    expect(factBody('u', 'prerequisites/p1', formOf(forms, 'prerequisites/p1'), { met: false }))
      .toEqual({ unit: 'u', rule: 'prerequisites/p1', met: false })
    expect(factBody('u', 'prerequisites/p1', formOf(forms, 'prerequisites/p1'), { met: 'true' }).met).toBe(true)
    // fields the rule's form does not have are not sent
    expect(factBody('u', '4/r2', formOf(forms, '4/r2'), { grade: '没有', count: 3 })).toEqual({ unit: 'u', rule: '4/r2', grade: '没有' })
  })
  it('sums a stored fact up in the form\'s words', () => {
    expect(factSummary(formOf(forms, '2.2/r1'), { grade: '科级以下', count: 1, person: '李某', selfReported: true }))
      .toBe('档次 科级以下 · 次数 1 · 涉及人员 李某 · 自行查处/主动报告')
    expect(factSummary(formOf(forms, 'prerequisites/p1'), { met: false })).toBe('是否满足 不满足')
    expect(factSummary(formOf(forms, '9/r9'), { count: 1 })).toBe('有此情形')
    expect(factSummary(formOf(forms, '4/r2'), null)).toBe('（已撤回）')
  })
})

describe('an agency scores its indicators', () => {
  it('inherits the agency of the parent; a list names each, a string is one name, a series map every series', () => {
    const list = scoredIndicators([{ code: '1', name: 'a', assessingAgency: ['办公室', '党委办'], children: [
      { code: '1.1', name: 'b', rules: [{ id: 'r1' }] }] }])
    expect(list.map((i) => [i.code, i.agency])).toEqual([['1.1', ['办公室', '党委办']]])
    expect(agencyHolds(list[0].agency, '党委办')).toBe(true)
    expect(agencyHolds(list[0].agency, '办')).toBe(false)
    // 开省乡: one evaluator panel with 、 inside its name
    expect(agencyHolds('党代表、人大代表、政协委员', '人大代表')).toBe(false)
    // 漳州 1: 第一系列：市委办；第二系列：市政府办
    expect(agencyHolds({ s1: '市委办', s2: ['市政府办', '市效能办'] }, '市效能办')).toBe(true)
  })
  it('reads pasted units', () => {
    expect(parseUnits('xgjyj,县教育局\nxgwsj，县卫生局，A\n')).toEqual([
      { code: 'xgjyj', name: '县教育局' }, { code: 'xgwsj', name: '县卫生局', series: 'A' }])
  })
})

describe('the distribution of totals', () => {
  it('counts totals per 5-point band (lo, hi], empty bands between kept', () => {
    // 88.5 and 86 in (85, 90]; 97 and a full 100 in (95, 100]; (90, 95] empty
    expect(distribution(['88.50', '86.00', '97.00', '100.00'])).toEqual([
      { name: '85–90', count: 2 }, { name: '90–95', count: 0 }, { name: '95–100', count: 2 }])
  })
})

describe('the ranking per series', () => {
  it('groups units by series, best rank first, unranked last by code', () => {
    const name = (s) => ({ s1: '第一系列' }[s] || '全部单位')
    const groups = rankingGroups([{ unit: 'c', series: 's1', rank: 2 }, { unit: 'b', rank: null }, { unit: 'a', series: 's1', rank: 1 },
      { unit: 'a0' }], name)
    expect(groups.map((g) => [g.name, g.units.map((u) => u.unit)])).toEqual([['第一系列', ['a', 'c']], ['全部单位', ['a0', 'b']]])
  })
})

describe('导出 of a ranking', () => {
  it('writes a row per unit in the order of its series, with the rank, grade, award and outcomes', () => {
    const groups = [{ name: '第一系列', units: [
      { name: '市委办', rank: 1, total: '96.50', grade: '优秀', award: '', outcomes: [{ text: '通报表扬' }, { text: '评先评优' }] },
      { name: '市政府办', rank: null, total: '80.00', grade: null, outcomes: [] }] }]
    const { header, rows } = rankingTable(groups)
    expect(header).toEqual(['系列', '名次', '单位', '总分', '等次', '奖项', '结果运用'])
    expect(rows).toEqual([['第一系列', 1, '市委办', '96.50', '优秀', '', '通报表扬；评先评优'],
      ['第一系列', '', '市政府办', '80.00', '', '', '']])
  })
})

describe('the self-assessments due on the 工作台', () => {
  it('are those of the reporter\'s units the cycle has, with their state', async () => {
    const cycle = { bgs: { state: 'DRAFT' }, jyj: { state: 'NONE' }, wsj: { state: 'RETURNED', returnedReason: '请补充证明材料',
      changedBy: 'scheme', changedAt: '2026-11-30T10:00:00Z' } }
    const due = await selfAssessmentsIn(['bgs', 'other-cycle-unit', 'jyj', 'wsj'], async (unit) => cycle[unit] || null)
    expect(due).toEqual([{ unit: 'bgs', state: 'DRAFT' }, { unit: 'jyj', state: 'NONE' },
      { unit: 'wsj', state: 'RETURNED', reason: '请补充证明材料', by: 'scheme', at: '2026-11-30T10:00:00Z' }])
  })
})

describe('the 工作台 newest open cycle', () => {
  const c = (code, state, entryOpens, year = 2026) => ({ code, state, entryOpens, year })

  it('takes the open cycle whose entry opened last, in any list order', () => {
    const cycles = [c('a', 'OPEN', '2026-03-01'), c('b', 'OPEN', '2026-05-01'), c('z', 'CLOSED', '2026-09-01')]
    expect(newestOpenCycle(cycles).code).toBe('b')
    expect(newestOpenCycle([...cycles].reverse()).code).toBe('b')
  })

  it('breaks a tie of entry dates by the later year, then by the greater code', () => {
    expect(newestOpenCycle([c('x', 'OPEN', '2026-05-01', 2027), c('y', 'OPEN', '2026-05-01', 2026)]).code).toBe('x')
    expect(newestOpenCycle([c('m', 'OPEN', '2026-05-01'), c('n', 'OPEN', '2026-05-01')]).code).toBe('n')
    expect(newestOpenCycle([c('n', 'OPEN', '2026-05-01'), c('m', 'OPEN', '2026-05-01')]).code).toBe('n')
  })

  it('is null when no cycle is open', () => {
    expect(newestOpenCycle([c('a', 'PUBLISHED', '2026-01-01')])).toBeNull()
    expect(newestOpenCycle(undefined)).toBeNull()
  })
})

describe('a decision on what a result waits for (FORMAT.md §6 decisions/<name>)', () => {
  it('is the fact the engine reads: granted, who, when and why', () => {
    // 吉水 六1: 一等奖一个 — fourteen units tied, the 局务会 decides for 办公室
    expect(decisionFact('bgs', '一等奖', { granted: true, decidedBy: ' 局务会 ', decidedOn: '2015-01-10', reason: ' 工作突出 ' }))
      .toEqual({ unit: 'bgs', rule: 'decisions/一等奖', granted: true, decidedBy: '局务会', decidedOn: '2015-01-10', reason: '工作突出' })
    // 漳州 六2 可比照执行, denied without a reason: the server asks for what is missing
    expect(decisionFact('s3u', '第三系列比照执行六2', { granted: false, decidedBy: '', decidedOn: '' }))
      .toEqual({ unit: 's3u', rule: 'decisions/第三系列比照执行六2', granted: false, decidedBy: '', decidedOn: '' })
  })
})

describe('the 效能办 enters what no agency scores', () => {
  it('has the indicators without an agency, the vetoes and the prerequisites as rows of its own', () => {
    // 湖北 第五条: prerequisites p1…; 吉水 六6: vetoes v1…; an indicator of no agency is the 效能办's (EntryService)
    const rows = officeIndicators({
      indicators: [{ code: '1', name: '有主体', assessingAgency: '办公室', rules: [{ id: 'r1' }] }, { code: '2', name: '无主体', rules: [{ id: 'r1' }] }],
      vetoes: [{ id: 'v1', kind: 'veto', clause: '一票否决' }],
      results: { prerequisites: [{ id: 'p1', text: '一、依法办理了档案登记;' }] },
    })
    expect(rows.map((r) => r.code)).toEqual(['2', 'vetoes', 'prerequisites'])
    // a row's code and a rule's id make the reference the server's form and the facts use
    const ref = (row) => `${row.code}/${row.rules[0].id}`
    expect([ref(rows[1]), ref(rows[2])]).toEqual(['vetoes/v1', 'prerequisites/p1'])
    expect(factBody('u', ref(rows[2]), formOf(forms, ref(rows[2])), { met: false, reason: '未办理档案登记' }))
      .toEqual({ unit: 'u', rule: 'prerequisites/p1', met: false, reason: '未办理档案登记' })
  })
})

describe('what a result still waits for, before 审定 and 通报', () => {
  it('counts the units with a decision pending and those missing required facts', () => {
    expect(openResults([{ pending: [], missing: [] }])).toBe('')
    // 吉水 六1 一等奖一个 tied; 开省乡 年终考核 not yet entered (whenNoFact: required)
    expect(openResults([{ pending: ['一等奖'], missing: [] }, { pending: ['一等奖', '二等奖'], missing: ['1.1/r1'] }, { missing: ['2/r1'] }]))
      .toBe('注意：尚有 2 个单位待研究决定（一等奖、二等奖），2 个单位结果未完成（缺少必须录入的事实）。')
  })
})
