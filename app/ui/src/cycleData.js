// What the year's pages load together: the cycle's bound scheme version (its indicators and rules)
// and the caller's places in the tenant (GET assignments/mine).
import { api, seg } from './api.js'

/** The scheme version a cycle is bound to (the rules its facts are checked and scored by). */
export function boundScheme(tenant, detail) {
  const c = detail.cycle
  return api.get(`tenants/${seg(tenant)}/schemes/${seg(c.scheme)}/versions/${c.schemeVersion}`)
}

/** The 考评录入 form of every rule of the scheme version a cycle is bound to (FORMAT.md §11, "Entry form"). */
export function entryForm(tenant, detail) {
  const c = detail.cycle
  return api.get(`tenants/${seg(tenant)}/schemes/${seg(c.scheme)}/versions/${c.schemeVersion}/form`)
}

/** The caller's places: `[{role, kind, scope}]`. */
export function myPlaces(tenant) {
  return api.get(`tenants/${seg(tenant)}/assignments/mine`)
}

/** The scopes of the caller's places of a role (`assessor` → its agencies, `unit-reporter` → its units). */
export const scopesOf = (places, role) => places.filter((p) => p.role === role && p.scope).map((p) => p.scope)

/** The node of an indicator in a unit's explained sheet (results/units/{unit}: unit.indicators). */
export function findNode(nodes, code) {
  for (const n of nodes || []) {
    if (n.code === code) return n
    const found = findNode(n.children, code)
    if (found) return found
  }
  return null
}

/** The indicator of a fact's rule reference `<indicator>/<rule id>`. */
export const indicatorOf = (ref) => ref.slice(0, ref.lastIndexOf('/'))

/** A fresh Idempotency-Key: sent again, the same POST creates nothing new. */
export const idempotencyKey = () => (globalThis.crypto?.randomUUID ? { 'Idempotency-Key': crypto.randomUUID() } : {})
