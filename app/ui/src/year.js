// The assessment year as clerks read it: the fact form the server serves for each rule (tenant-schemes/
// FORMAT.md §11), the indicators an agency scores, and the words of states and places.
import { RULE_KINDS, agenciesOf } from './scheme.js'

export const CYCLE_STATES = {
  OPEN: ['进行中', 'success'], CLOSED: ['已关闭', 'info'], DECIDED: ['已审定', 'warning'], PUBLISHED: ['已通报', 'danger'],
}
export const FACT_ACTIONS = { ENTERED: '录入', CORRECTED: '更正', WITHDRAWN: '撤回' }
export const SELF_STATES = { NONE: '未填写', DRAFT: '填写中', SUBMITTED: '已提交', RETURNED: '已退回' }
export const SCOPE_KINDS = { agency: '考核科室', unit: '被考评单位', tenant: '全租户' }

const time = (at) => (at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : '')
export { time }

/**
 * The 考评录入 forms of a scheme version as the server serves them (`GET …/versions/{n}/form`,
 * FORMAT.md §11 "Entry form"), by rule reference (`3/r1`, `vetoes/v1`, `prerequisites/p1`). Each
 * rule's kind describes its own fields there — `{key, label, type, options?, min?, max?}` with type
 * `count`, `decimal`, `choice`, `yes-no`, `date`, `flag` or `text` — so nothing of any kind is
 * written here.
 */
export const formsByRule = (served) => Object.fromEntries((served?.rules || []).map((r) => [r.rule, r]))

const NO_FORM = { fields: [], entered: true, reasonRequired: false }

/** The form of one rule; a rule the server did not describe asks only for what every form asks. */
export const formOf = (forms, ruleRef) => forms?.[ruleRef] || NO_FORM

/** The fact to send: unit, rule, the rule's fields as the facts format types them, matter, reason, evidence (FORMAT.md §7). */
export function factBody(unit, ruleRef, ruleForm, values) {
  const fact = { unit, rule: ruleRef }
  for (const f of ruleForm.fields) {
    const v = values[f.key]
    if (v === undefined || v === null || v === '') continue
    if (f.type === 'yes-no') {
      fact[f.key] = v === true || v === 'true'
      continue
    }
    if (f.type === 'flag') {
      if (v === true) fact[f.key] = true
      continue
    }
    fact[f.key] = f.type === 'count' ? Number(v) : String(v).trim()
  }
  if (values.matter) fact.matter = values.matter.trim()
  if (values.reason) fact.reason = values.reason.trim()
  if (values.evidence) fact.evidence = values.evidence.trim()
  return fact
}

/** What a stored fact says, in a line: `档次 不健全 · 次数 2`. */
export function factSummary(ruleForm, fact) {
  if (!fact) return '（已撤回）'
  const name = (label) => label.replace(/（.*$/, '')
  const chosen = (f, v) => (f.options ? name(f.options.find((o) => o.value === v)?.label ?? String(v)) : v)
  // an unticked flag is not written; a prerequisite not met is
  const parts = ruleForm.fields.filter((f) => fact[f.key] !== undefined && !(f.type === 'flag' && fact[f.key] === false))
    .map((f) => (f.type === 'flag' ? f.label : `${name(f.label)} ${chosen(f, fact[f.key])}`))
  return parts.join(' · ') || '有此情形'
}

/** A rule's kind and amount, as the indicator table writes it. */
export const kindLabel = (rule) => RULE_KINDS[rule.kind] || (rule.kind === 'prerequisite' ? '前置条件' : rule.kind)

/**
 * The indicators with rules (leaves of scoring) and the agency that scores each — its own
 * `assessingAgency` or the nearest ancestor's — depth first.
 */
export function scoredIndicators(indicators, agency = null) {
  const out = []
  for (const i of indicators || []) {
    const own = i.assessingAgency || agency
    if (i.rules?.length) {
      out.push({ code: i.code, name: i.name, points: i.points ?? '', agency: own, rules: i.rules })
    }
    out.push(...scoredIndicators(i.children, own))
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
