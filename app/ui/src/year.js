// The assessment year as clerks read it: a fact form that knows its rule's kind (tenant-schemes/
// FORMAT.md §5, §7), the indicators an agency scores, and the words of states and places.
import { RULE_KINDS, agenciesOf } from './scheme.js'

export const CYCLE_STATES = {
  OPEN: ['进行中', 'success'], CLOSED: ['已关闭', 'info'], DECIDED: ['已审定', 'warning'], PUBLISHED: ['已通报', 'danger'],
}
export const FACT_ACTIONS = { ENTERED: '录入', CORRECTED: '更正', WITHDRAWN: '撤回' }
export const SELF_STATES = { NONE: '未填写', DRAFT: '填写中', SUBMITTED: '已提交', RETURNED: '已退回' }
export const SCOPE_KINDS = { agency: '考核科室', unit: '被考评单位', tenant: '全租户' }

const time = (at) => (at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : '')
export { time }

const options = (map) => Object.entries(map || {}).map(([name, amount]) => ({ value: name, label: `${name}（${amount} 分）` }))

/**
 * The fields of a fact of `rule` (FORMAT.md §5: each kind reads its own; §7: the common part a rule
 * asks for): `{key, label, type, …}` with type `count` (whole number ≥ 1), `decimal` (with min/max
 * where the rule bounds it), `choice` (options), `date` (YYYY-MM-DD), `flag` (true/false) or `text`.
 * `reason`, `matter` and `evidence` are always asked for; the reason is required where the kind says so.
 * What a rule inherits from its indicators (`dated`, `dedupe`, `jointWork`) is on the rule as
 * `scoredIndicators` gives it.
 */
export function factFields(rule) {
  return [...kindFields(rule), ...commonFields(rule)]
}

function kindFields(rule) {
  const count = { key: 'count', label: '次数（次/件/人次）', type: 'count' }
  const grade = rule.grades ? [{ key: 'grade', label: '档次', type: 'choice', options: options(rule.grades) }] : []
  // a recorded quantity that chooses the tiers (桂林 14.(2) 承办件数) or gates a range (常德 20 与会率)
  const basis = rule.basis ? [{ key: 'basis', label: rule.basis, type: 'decimal' }] : []
  switch (rule.kind) {
    case 'per-occurrence':
      return [count, ...grade]
    case 'once':
    case 'credit':
      return grade.length ? grade : rule.kind === 'credit' ? [count] : []
    case 'veto':
    case 'quota':
      return [count]
    case 'prerequisite':
      return [{ key: 'met', label: '是否满足', type: 'choice', boolean: true,
        options: [{ value: true, label: '满足' }, { value: false, label: '不满足' }] }]
    case 'rate-tiers':
      return [{ key: 'value', label: rule.measure === 'number' ? '数值' : '比率（%，如 85%）', type: 'decimal' }, ...basis]
    case 'steps':
      return [{ key: 'value', label: '数值', type: 'decimal' },
        ...(rule.including ? [{ key: 'including', label: `其中${rule.including}`, type: 'decimal' }] : [])]
    case 'proportional':
      return [{ key: 'value', label: '完成数', type: 'decimal' },
        ...(rule.target ? [] : [{ key: 'target', label: '目标数', type: 'decimal' }])]
    case 'level-bonus':
      return [rule.levels ? { key: 'level', label: '级别', type: 'choice', options: options(rule.levels) }
        : { key: 'level', label: '级别', type: 'text' }, count]
    case 'rank-based':
      return [{ key: 'rank', label: '名次', type: 'count' }, { key: 'of', label: '参与排名数', type: 'count' }]
    case 'survey':
      return [{ key: 'score', label: '测评得分', type: 'decimal' }, { key: 'fullScore', label: '测评满分', type: 'decimal' }]
    case 'discretionary':
      return [...basis, { key: 'amount', label: '分值（酌情）', type: 'decimal', min: rule.min ?? '0', max: rule.max ?? rule.share ?? null }]
    default:
      return []
  }
}

/** The common fields a rule asks for beyond unit, matter, reason and evidence (FORMAT.md §4, §7). */
function commonFields(rule) {
  const out = []
  if (rule.dated || rule.within || rule.kind === 'quota') {
    out.push({ key: 'date', label: '发生日期', type: 'date' })
  }
  if (rule.dedupe === 'matter-highest') {
    out.push({ key: 'person', label: '涉及人员（按人次）', type: 'text' })
  }
  if (rule.jointWork) {
    out.push({ key: 'role', label: '主办/联办', type: 'choice',
      options: [{ value: 'lead', label: `主办（${rule.jointWork.lead}）` }, { value: 'co', label: `联办（${rule.jointWork.co}）` }] })
  }
  if (rule.exemptSelfReported) {
    out.push({ key: 'selfReported', label: '自行查处/主动报告', type: 'flag' })
  }
  if (rule.multipliers) {
    out.push({ key: 'condition', label: '加倍情形', type: 'choice',
      options: Object.entries(rule.multipliers).map(([name, factor]) => ({ value: name, label: `${name}（×${factor}）` })) })
  }
  return out
}

/** Whether a fact of this rule must say why (酌情 amounts: FORMAT.md §5.11). */
export const reasonRequired = (rule) => rule.kind === 'discretionary'

/** The fact to send: unit, rule, the kind's fields as the facts format types them, reason, evidence (FORMAT.md §7). */
export function factBody(unit, indicator, rule, form) {
  const fact = { unit, rule: `${indicator}/${rule.id}` }
  for (const f of factFields(rule)) {
    const v = form[f.key]
    if (v === undefined || v === null || v === '') continue
    if (f.boolean) {
      fact[f.key] = v === true || v === 'true'
      continue
    }
    if (f.type === 'flag') {
      if (v === true) fact[f.key] = true
      continue
    }
    fact[f.key] = f.type === 'count' ? Number(v) : String(v).trim()
  }
  if (form.matter) fact.matter = form.matter.trim()
  if (form.reason) fact.reason = form.reason.trim()
  if (form.evidence) fact.evidence = form.evidence.trim()
  return fact
}

/** What a stored fact says, in a line: `次数 2 · 档次 不健全`. */
export function factSummary(rule, fact) {
  if (!fact) return '（已撤回）'
  const name = (label) => label.replace(/（.*$/, '')
  const value = (f, v) => (f.type === 'choice' ? name(f.options.find((o) => o.value === v)?.label ?? String(v)) : v)
  const parts = (rule ? factFields(rule) : []).filter((f) => fact[f.key] !== undefined && fact[f.key] !== false)
    .map((f) => (f.type === 'flag' ? f.label : `${name(f.label)} ${value(f, fact[f.key])}`))
  return parts.join(' · ') || '有此情形'
}

/** A rule's kind and amount, as the indicator table writes it. */
export const kindLabel = (rule) => RULE_KINDS[rule.kind] || (rule.kind === 'prerequisite' ? '前置条件' : rule.kind)

/**
 * The indicators with rules (leaves of scoring) and the agency that scores each — its own
 * `assessingAgency` or the nearest ancestor's — depth first. Each rule carries what it inherits from
 * its indicator and the indicator's ancestors (FORMAT.md §3: `dated`, `dedupe`, `jointWork`; a rule's
 * own `dedupe` or `jointWork` comes first).
 */
export function scoredIndicators(indicators, agency = null, inherited = {}) {
  const out = []
  for (const i of indicators || []) {
    const own = i.assessingAgency || agency
    const kept = { dated: i.dated ?? inherited.dated, dedupe: i.dedupe ?? inherited.dedupe, jointWork: i.jointWork ?? inherited.jointWork }
    if (i.rules?.length) {
      out.push({ code: i.code, name: i.name, points: i.points ?? '', agency: own,
        rules: i.rules.map((r) => ({ ...r, dated: kept.dated, dedupe: r.dedupe ?? kept.dedupe, jointWork: r.jointWork ?? kept.jointWork })) })
    }
    out.push(...scoredIndicators(i.children, own, kept))
  }
  return out
}

/** Whether an `assessingAgency` names `agency`: one of several (武进 ["办公室", "党委办"]), or of any series (漳州). */
export function agencyHolds(field, agency) {
  return agenciesOf(field).includes(agency)
}

/** Units from lines `code,name[,series]` (a pasted 单位名单). */
export function parseUnits(text) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [code, name, series] = l.split(/[,，\t]/).map((s) => s.trim())
    return { code, name, ...(series ? { series } : {}) }
  })
}

/**
 * The ranking per series, best first (units without a series together, named by `seriesName`):
 * `[{series, name, units}]`, as the live results and the published ones show it.
 */
export function rankingGroups(units, seriesName) {
  const by = {}
  for (const u of units || []) (by[u.series || ''] ||= []).push(u)
  return Object.entries(by).map(([series, list]) => ({
    series, name: seriesName(series),
    units: [...list].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.unit.localeCompare(b.unit)),
  }))
}

/** The ranking groups as the 导出 table writes them: a header and a row per unit. */
export function rankingTable(groups) {
  return {
    header: ['系列', '名次', '单位', '总分', '等次', '奖项', '结果运用'],
    rows: groups.flatMap((g) => g.units.map((u) => [g.name, u.rank ?? '', u.name, u.total, u.grade || '', u.award || '',
      (u.outcomes || []).map((o) => o.text).join('；')])),
  }
}

/**
 * How many totals fall in each band of `width` points, a band (lo, hi] holding its top (so that a
 * full 100 stands with 97 in 95–100), from the lowest band with a total to the highest. For the
 * chart only: the totals themselves are the server's exact figures.
 */
export function distribution(totals, width = 5) {
  if (!totals.length) return []
  const bands = totals.map((t) => Math.ceil(Number(t) / width) - 1)
  const low = Math.min(...bands)
  const high = Math.max(...bands)
  const out = []
  for (let b = low; b <= high; b++) {
    out.push({ name: `${b * width}–${(b + 1) * width}`, count: bands.filter((x) => x === b).length })
  }
  return out
}

/**
 * The self-assessments a reporter has in a cycle: of its units, those the cycle has, each with its
 * state (a returned one with its reason, who returned it and when). `read(unit)` answers the unit's self-assessment, or null where the server refused it (a unit
 * of another cycle: 404), which is left out.
 */
export async function selfAssessmentsIn(units, read) {
  const answers = await Promise.all(units.map(async (unit) => ({ unit, self: await read(unit) })))
  return answers.filter((a) => a.self).map((a) => ({
    unit: a.unit,
    state: a.self.state || 'NONE',
    // a returned one: why, by whom and when (the return is its last change)
    ...(a.self.state === 'RETURNED' ? { reason: a.self.returnedReason || '', by: a.self.changedBy || '', at: a.self.changedAt || '' } : {}),
  }))
}

/**
 * The cycle the 工作台's 待办 is about, whatever order the server lists cycles in: of the open ones,
 * the one whose entry window opened last, then the later year, then the greater code (codes compared
 * as text); null when none is open.
 */
export function newestOpenCycle(cycles) {
  const open = (cycles || []).filter((c) => c.state === 'OPEN')
  const later = (a, b) => String(a.entryOpens || '').localeCompare(String(b.entryOpens || ''))
    || (a.year ?? 0) - (b.year ?? 0) || String(a.code).localeCompare(String(b.code))
  return open.reduce((best, c) => (!best || later(c, best) > 0 ? c : best), null)
}

/**
 * The fact recording a decision on what a result waits for (`pending`: 待研究决定, 可比照执行), as
 * FORMAT.md §6 writes it: `decisions/<name>` with `granted`, `decidedBy`, `decidedOn` and the reason.
 */
export function decisionFact(unit, name, form) {
  const fact = { unit, rule: `decisions/${name}`, granted: form.granted === true, decidedBy: (form.decidedBy || '').trim(),
    decidedOn: form.decidedOn || '' }
  if (form.reason?.trim()) fact.reason = form.reason.trim()
  return fact
}

/** The 效能办's own place in 考评录入: what no agency scores (FORMAT.md §3 no `assessingAgency`), vetoes and prerequisites. */
export const OFFICE = ':office'

/**
 * What the 效能办 enters itself: the indicators no agency scores, then the scheme's vetoes (一票否决,
 * `vetoes/<id>`) and the results' prerequisites (`prerequisites/<id>`) as rows of their own.
 */
export function officeIndicators(scheme) {
  const out = scoredIndicators(scheme?.indicators).filter((i) => agenciesOf(i.agency).length === 0)
  // the scheme's own rows (ofScheme): named, not numbered
  if (scheme?.vetoes?.length) out.push({ code: 'vetoes', name: '一票否决', points: '', agency: null, ofScheme: true, rules: scheme.vetoes })
  const prerequisites = scheme?.results?.prerequisites || []
  if (prerequisites.length) {
    out.push({ code: 'prerequisites', name: '前置条件', points: '', agency: null, ofScheme: true,
      rules: prerequisites.map((p) => ({ id: p.id, kind: 'prerequisite', clause: p.text })) })
  }
  return out
}

/**
 * What a result still waits for, in a sentence for the 审定 and 通报 confirmations (empty when
 * nothing does): units with a decision pending (待研究决定, 可比照执行) and units whose required facts
 * are missing, from the live results' `pending` and `missing`.
 */
export function openResults(units) {
  const pending = (units || []).filter((u) => u.pending?.length)
  const missing = (units || []).filter((u) => u.missing?.length)
  const parts = []
  if (pending.length) {
    const names = [...new Set(pending.flatMap((u) => u.pending))]
    parts.push(`${pending.length} 个单位待研究决定（${names.slice(0, 3).join('、')}${names.length > 3 ? '等' : ''}）`)
  }
  if (missing.length) parts.push(`${missing.length} 个单位结果未完成（缺少必须录入的事实）`)
  return parts.length ? `注意：尚有 ${parts.join('，')}。` : ''
}
