import { defineStore } from 'pinia'
import { api } from '../api.js'
import { claims } from '../auth.js'
import { administersFromAbove, holds, isOperator, linkedTenants, mayProvision, tenantRoles } from '../roles.js'

const CHOSEN = 'kaoping.tenant'

/**
 * The logged-in user, the tenants it sees and the tenant it works in (the header's picker). A
 * scheme admin of a county that is a unit of its city's cycle (`linked`, from `assessed-in`) also
 * works in the city, as that unit's reporter.
 */
export const useSession = defineStore('session', {
  state: () => ({ claims: {}, tenants: [], linked: [], tenant: null, loaded: false }),
  getters: {
    displayName: (s) => s.claims.name || s.claims.preferred_username || '',
    username: (s) => s.claims.preferred_username || '',
    roles: (s) => tenantRoles(s.claims),
    operator: (s) => isOperator(s.claims),
    mayProvision: (s) => mayProvision(s.claims),
    byCode: (s) => Object.fromEntries(s.tenants.map((t) => [t.code, t])),
    current: (s) => s.tenants.find((t) => t.code === s.tenant) || null,
  },
  actions: {
    async load() {
      this.claims = claims()
      const tenants = await api.get('tenants')
      const admin = [...new Set(this.roles.filter((r) => r.role === 'scheme-admin').map((r) => r.tenant))]
      const found = await Promise.all(admin.map((t) => api.get(`tenants/${encodeURIComponent(t)}/assessed-in`)
        .then((rows) => rows.map((r) => ({ ...r, from: t })), () => [])))
      this.linked = found.flat()
      this.tenants = linkedTenants(tenants, this.linked)
      const active = this.tenants.filter((t) => t.status !== 'ARCHIVED')
      const own = [...this.roles.map((r) => r.tenant), ...this.linked.map((l) => l.tenant)]
      const saved = localStorage.getItem(CHOSEN)
      this.tenant = [saved, ...own, active[0]?.code].find((c) => c && this.byCode[c]) || null
      this.loaded = true
    },
    choose(code) {
      this.tenant = code
      localStorage.setItem(CHOSEN, code)
    },
    /** Whether the user holds one of the roles in the current tenant (a linked unit's reporter included). */
    has(...roles) {
      return !!this.tenant && (holds(this.claims, this.tenant, ...roles)
        || (roles.includes('unit-reporter') && this.linked.some((l) => l.tenant === this.tenant)))
    },
    /** Whether the user administers the tenant from above (operator, platform admin above). */
    administers(code) {
      return administersFromAbove(this.claims, code, this.byCode)
    },
  },
})
