import { describe, expect, it } from 'vitest'
import { administersFromAbove, holds, linkedTenants, mayProvision, tenantRoles } from './roles.js'

// the claims of the demo realm's users (keycloak/kaoping-realm.json)
const jxAdmin = { groups: ['member'], tenant_roles: ['/tenants/jiangxi/platform-admin'] }
const scheme = { groups: ['member'], tenant_roles: ['/tenants/xingan/scheme-admin'] }
const platform = { groups: ['member', 'operator'], tenant_roles: [] }
const tenants = {
  jiangxi: { code: 'jiangxi' },
  xingan: { code: 'xingan', parentTenant: 'jiangxi' },
  'xingan-edu': { code: 'xingan-edu', parentTenant: 'xingan' },
  fujian: { code: 'fujian' },
}

describe('roles from the token', () => {
  it('reads tenant roles from group paths and ignores other groups', () => {
    expect(tenantRoles({ tenant_roles: ['/tenants/xingan/viewer', '/other/x', '/tenants/a/b/c'] }))
      .toEqual([{ tenant: 'xingan', role: 'viewer' }])
  })

  it('lets a platform admin administer the tenants below its own, not its own nor others', () => {
    expect(administersFromAbove(jxAdmin, 'xingan', tenants)).toBe(true)
    expect(administersFromAbove(jxAdmin, 'xingan-edu', tenants)).toBe(true)
    expect(administersFromAbove(jxAdmin, 'jiangxi', tenants)).toBe(false)
    expect(administersFromAbove(jxAdmin, 'fujian', tenants)).toBe(false)
    expect(administersFromAbove(platform, 'fujian', tenants)).toBe(true)
  })

  it('offers provisioning to operators and platform admins only', () => {
    expect([jxAdmin, platform, scheme].map(mayProvision)).toEqual([true, true, false])
    expect(holds(scheme, 'xingan', 'scheme-admin')).toBe(true)
    expect(holds(scheme, 'jiangxi', 'scheme-admin')).toBe(false)
  })
})

describe('tenants above in which a county reports (seed 001, a city assessing its counties)', () => {
  const listed = [{ code: 'k1', name: '某县', status: 'ACTIVE' }]
  const row = (tenant, unit) => ({ tenant, tenantName: '某市', cycle: '2026', unit, from: 'k1' })

  it('adds each city once, after the tenants the server lists', () => {
    const all = linkedTenants(listed, [row('c1', 'county-a'), row('c1', 'county-a'), row('c2', 'x')])
    expect(all.map((t) => t.code)).toEqual(['k1', 'c1', 'c2'])
    expect(all[1]).toMatchObject({ name: '某市', linked: true, status: 'ACTIVE' })
  })

  it('keeps a tenant the server lists as the server lists it', () => {
    const all = linkedTenants([...listed, { code: 'c1', name: '某市(本级)', status: 'ACTIVE' }], [row('c1', 'county-a')])
    expect(all).toHaveLength(2)
    expect(all[1].name).toBe('某市(本级)')
    expect(all[1].linked).toBeUndefined()
  })
})
