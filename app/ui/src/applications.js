// Bonus applications (特别附加分/突出贡献申报, README: applications): what a unit may apply for in a
// scheme, the bodies the API takes, and who decides. The server checks each of them again.
import { agencyHolds } from './year.js'

export const APPLICATION_STATES = { PENDING: ['待审核', 'warning'], APPROVED: ['已批准', 'success'], REFUSED: ['已驳回', 'danger'] }

/** Whether a node of the scheme exists for a unit (FORMAT.md §3 `appliesTo`: its series or itself). */
function appliesTo(node, unit) {
  const a = node.appliesTo
  if (!a || !unit) return true
  return (a.series || []).includes(unit.series) || (a.units || []).includes(unit.code)
}

/**
 * The bonus items of a scheme (its rules that add points, as the served forms say: `formsByRule` of
 * `GET …/versions/{n}/form`) that exist for `unit` (all when no unit is given), depth first:
 * `{ref, indicator, name, rule, agency, levels, bounds}` — `levels` the choices of the rule's `level`
 * field, `bounds` the range of its `amount` (酌情: the final amount a decision gives), each where the
 * rule's form has it.
 */
export function bonusItems(indicators, forms, unit = null, agency = null) {
  const out = []
  for (const node of indicators || []) {
    if (!appliesTo(node, unit)) continue
    const own = node.assessingAgency || agency
    for (const rule of node.rules || []) {
      const ref = `${node.code}/${rule.id}`
      const form = forms?.[ref]
      if (form?.effect !== 'bonus') continue
      const field = (key) => form.fields.find((f) => f.key === key)
      const amount = field('amount')
      out.push({
        ref, indicator: node.code, name: node.name, rule, agency: own,
        levels: field('level')?.options || null,
        bounds: amount ? { min: amount.min ?? '0', max: amount.max ?? null } : null,
      })
    }
    out.push(...bonusItems(node.children, forms, unit, own))
  }
  return out
}

/** The application to send: unit, rule, item (申报项目), and level, matter, evidence where given. */
export function applicationBody(form) {
  const body = { unit: form.unit, rule: form.rule, item: (form.item || '').trim() }
  for (const k of ['level', 'matter', 'evidence']) {
    const v = (form[k] || '').trim()
    if (v) body[k] = v
  }
  return body
}

/** A decision to send: an approval gives the amount where its rule takes one; a reason (意见) when written. */
export function decisionBody(item, form, approving) {
  const body = {}
  if (approving && item?.bounds && String(form.amount ?? '').trim()) body.amount = String(form.amount).trim()
  if ((form.reason || '').trim()) body.reason = form.reason.trim()
  return body
}

/**
 * Whether the user may decide an application of `item`: whoever may enter facts of its rule — the
 * scheme admin, or an assessor of the agency that scores it (none for a rule no agency scores, 武进 特别附加分).
 */
export function mayDecide(item, { schemeAdmin, agencies }) {
  if (schemeAdmin) return true
  return !!item?.agency && agencies.some((a) => agencyHolds(item.agency, a))
}

/** The applications waiting for the decider's decision: pending, of an item it may decide (`items`: bonusItems). */
export function waitingFor(list, items, decider) {
  return list.filter((a) => a.state === 'PENDING' && mayDecide(items.find((i) => i.ref === a.rule), decider))
}

/** The applications of a reporter's units, newest first. */
export const ofUnits = (list, units) => list.filter((a) => units.includes(a.unit)).sort((a, b) => b.id - a.id)

/** A decision as the unit reads it: 批准 or 驳回, with the reason where one was given. */
export const decisionText = (a) => `${a.state === 'APPROVED' ? '批准' : '驳回'}${a.decisionReason ? `：${a.decisionReason}` : ''}`
