// Reading a scheme document (tenant-schemes/FORMAT.md) as a clerk reads the 考评细则.

export const RULE_KINDS = {
  'per-occurrence': '按次扣分',
  once: '一次性扣分',
  'rate-tiers': '按比率分档',
  proportional: '按完成比例',
  steps: '按步长计分',
  'level-bonus': '按级别加分',
  credit: '减免扣分',
  veto: '一票否决',
  'rank-based': '按名次计分',
  survey: '测评折算',
  discretionary: '酌情计分',
}

export const EFFECTS = { deduct: '扣分', bonus: '加分', credit: '减免', score: '得分' }

/** One line of a rule's 扣分细则: its clause, with its kind and amount when the clause does not say. */
export function ruleLine(rule) {
  const kind = RULE_KINDS[rule.kind] || rule.kind
  const amount = rule.amount ?? rule.points
  const cap = rule.cap ? `，最多 ${rule.cap} 分` : ''
  return { clause: rule.clause, tag: `${kind}${amount ? ` ${amount} 分` : ''}${cap}`, kind: rule.kind }
}

/**
 * The agencies an `assessingAgency` names (FORMAT.md §3): a string is one agency (never split), an
 * array several, an object one or several per series code — for a unit of `series`, or, without
 * one, those of every series.
 */
export function agenciesOf(field, series = null) {
  if (!field) return []
  if (typeof field === 'string') return [field]
  if (Array.isArray(field)) return field
  return (series ? [field[series]] : Object.values(field)).flatMap((v) => agenciesOf(v))
}

/** An `assessingAgency` as the indicator table writes it: 人教科、党委办, or 第一系列 s1：市委办；s2：市政府办. */
export function agencyLabel(field) {
  if (field && typeof field === 'object' && !Array.isArray(field)) {
    return Object.entries(field).map(([series, a]) => `${series}：${agenciesOf(a).join('、')}`).join('；')
  }
  return agenciesOf(field).join('、')
}

/** The indicator tree as table rows (children kept for a tree table), with a flat count. */
export function indicatorRows(indicators) {
  const rows = (list) => (list || []).map((i) => ({
    code: i.code,
    name: i.name,
    points: i.points ?? '',
    mode: i.mode === 'bonus' ? '加分项' : '',
    agency: agencyLabel(i.assessingAgency),
    description: i.description || '',
    rules: (i.rules || []).map(ruleLine),
    children: rows(i.children),
  }))
  return rows(indicators)
}

/** Every row of a tree, depth first. */
export function flatten(rows, depth = 0) {
  return rows.flatMap((r) => [{ ...r, depth }, ...flatten(r.children || [], depth + 1)])
}
