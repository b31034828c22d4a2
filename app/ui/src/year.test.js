import { describe, expect, it } from 'vitest'
import { agencyHolds, decisionFact, distribution, factBody, factFields, factSummary, newestOpenCycle, officeIndicators, openResults, parseUnits, rankingGroups, rankingTable, scoredIndicators, selfAssessmentsIn } from './year.js'

describe('a fact form knows its rule kind', () => {
  it('asks a graded once rule (新干 4.(2) 档案资料不健全的扣5分,没有的扣10分) for its grade only', () => {
    const f = factFields({ id: 'r2', kind: 'once', grades: { 不健全: '5', 没有: '10' } })
    expect(f.map((x) => x.key)).toEqual(['grade'])
    expect(f[0].options.map((o) => o.label)).toEqual(['不健全（5 分）', '没有（10 分）'])
  })
  it('bounds a discretionary amount by the rule (常德 11 视具体情况扣1～3分)', () => {
    expect(factFields({ kind: 'discretionary', min: '1', max: '3' })[0]).toMatchObject({ key: 'amount', min: '1', max: '3' })
  })
  it('writes the fact as the facts format types it: count a number, value a decimal string', () => {
    expect(factBody('xgjyj', '3', { id: 'r1', kind: 'per-occurrence' }, { count: '2', reason: ' 未公开 ' }))
      .toEqual({ unit: 'xgjyj', rule: '3/r1', count: 2, reason: '未公开' })
    expect(factBody('u', '9', { id: 'r2', kind: 'rate-tiers' }, { value: '85%' })).toEqual({ unit: 'u', rule: '9/r2', value: '85%' })
    // the evidence names the file the upload answered (README: evidence)
    expect(factBody('u', '1', { id: 'r1', kind: 'once' }, { reason: '未召开', evidence: 'evidence:12' }))
      .toEqual({ unit: 'u', rule: '1/r1', reason: '未召开', evidence: 'evidence:12' })
  })
})

describe('a fact form asks for what the rule and its indicators need (FORMAT.md §3, §7)', () => {
  const keys = (rule) => factFields(rule).map((f) => f.key)
  it('asks for the date under a dated indicator, a person where matters are deduped, the self-report where it exempts', () => {
    // 漳州 2.2: 以上扣分以被责任追究时间为准,同一事项就高扣分一次…属于本单位自行查处或主动报告有关机关查处的,免予扣分
    const [indicator] = scoredIndicators([{ code: '2.2', name: '依法行政', dated: true, dedupe: 'matter-highest', children: [
      { code: '2.2.1', name: '问责', rules: [{ id: 'r1', kind: 'per-occurrence', exemptSelfReported: true }] }] }])
    expect(keys(indicator.rules[0])).toEqual(['count', 'date', 'person', 'selfReported'])
    expect(factFields(indicator.rules[0]).find((f) => f.key === 'date').type).toBe('date')
    expect(factBody('u', '2.2.1', indicator.rules[0], { count: 1, date: '2009-06-01', person: '张某', selfReported: true }))
      .toEqual({ unit: 'u', rule: '2.2.1/r1', count: 1, date: '2009-06-01', person: '张某', selfReported: true })
    // not self-reported: the field is left out, not sent as false
    expect(factBody('u', '2.2.1', indicator.rules[0], { count: 1, date: '2009-06-01', selfReported: false }))
      .toEqual({ unit: 'u', rule: '2.2.1/r1', count: 1, date: '2009-06-01' })
  })
  it('asks for the role where the work is shared (漳州 3: 主办单位按80%计分，联办单位按20%计分) and names it in the summary', () => {
    const [indicator] = scoredIndicators([{ code: '3', name: '突出绩效', jointWork: { lead: '80%', co: '20%' },
      rules: [{ id: 'r1', kind: 'level-bonus', levels: { 国家级: '10' } }] }])
    const role = factFields(indicator.rules[0]).find((f) => f.key === 'role')
    expect(role.options.map((o) => o.label)).toEqual(['主办（80%）', '联办（20%）'])
    expect(factSummary(indicator.rules[0], { level: '国家级', count: 1, role: 'co' })).toBe('级别 国家级 · 次数 1 · 主办/联办 联办')
  })
  it('asks for the condition of a multiplier (武进 附件5: 未安装客户端的，双倍扣分)', () => {
    const condition = factFields({ kind: 'per-occurrence', multipliers: { 未安装客户端: '2' } }).find((f) => f.key === 'condition')
    expect(condition.options).toEqual([{ value: '未安装客户端', label: '未安装客户端（×2）' }])
  })
  it('asks a quota rule for the count and the date of each item (武进 附件4: 每月报送信息)', () => {
    expect(keys({ kind: 'quota', per: 'month', quota: 4, amount: '1' })).toEqual(['count', 'date'])
  })
  it('asks for the recorded quantity that chooses tiers, gates a range or is a part of a minimum', () => {
    // 桂林 14.(2): the 优秀率 bound depends on the number of 承办件
    expect(factFields({ kind: 'rate-tiers', basis: '承办件数' }).map((f) => [f.key, f.label]))
      .toEqual([['value', '比率（%，如 85%）'], ['basis', '承办件数']])
    // 常德 20: 主要负责人与会率低于80％的，视具体情况扣1～2分
    expect(keys({ kind: 'discretionary', basis: '主要负责人全年与会率', when: '[0%, 80%)', min: '1', max: '2' })).toEqual(['basis', 'amount'])
    // 桂林 1.(6): 年内开展党风廉政教育2次（其中，不少于1次到廉政教育基地接受教育）
    expect(factFields({ kind: 'steps', including: '到廉政教育基地接受教育' }).map((f) => f.label)).toEqual(['数值', '其中到廉政教育基地接受教育'])
  })
  it('asks a rule looking back over a window for the date (湖北 第五条 两年内)', () => {
    expect(keys({ kind: 'veto', within: { years: 2 } })).toEqual(['count', 'date'])
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
    const met = rows[2].rules[0]
    expect(factBody('u', 'prerequisites', met, { met: false, reason: '未办理档案登记' }))
      .toEqual({ unit: 'u', rule: 'prerequisites/p1', met: false, reason: '未办理档案登记' })
    expect(factBody('u', 'vetoes', rows[1].rules[0], { count: 1 })).toEqual({ unit: 'u', rule: 'vetoes/v1', count: 1 })
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
