import { defineStore } from 'pinia'
import { api } from '../api.js'
import { claims } from '../auth.js'
import { administersFromAbove, holds, isOperator, mayProvision, tenantRoles } from '../roles.js'

const CHOSEN = 'kaoping.tenant'

/** The logged-in user, the tenants it sees and the tenant it works in (the header's picker). */
export const useSession = defineStore('session', {
  state: () => ({ claims: {}, tenants: [], tenant: null, loaded: false }),
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
      this.tenants = await api.get('tenants')
      const active = this.tenants.filter((t) => t.status !== 'ARCHIVED')
      const own = this.roles.map((r) => r.tenant)
      const saved = localStorage.getItem(CHOSEN)
      this.tenant = [saved, ...own, active[0]?.code].find((c) => c && this.byCode[c]) || null
      this.loaded = true
    },
    choose(code) {
      this.tenant = code
      localStorage.setItem(CHOSEN, code)
    },
    /** Whether the user holds one of the roles in the current tenant. */
    has(...roles) {
      return !!this.tenant && holds(this.claims, this.tenant, ...roles)
    },
    /** Whether the user administers the tenant from above (operator, platform admin above). */
    administers(code) {
      return administersFromAbove(this.claims, code, this.byCode)
    },
  },
})
