// Who the user is, read from the access token: realm roles in `groups`, tenant roles as Keycloak
// group paths `/tenants/<code>/<role>` in `tenant_roles` (README: How tenants are kept apart).
// The server decides every request; this only decides what the pages offer.

export const ROLE_LABELS = {
  operator: '平台运维',
  'platform-admin': '平台管理员',
  'scheme-admin': '效能办管理员',
  assessor: '考核单位',
  approver: '审定人',
  'unit-reporter': '被考核单位填报员',
  viewer: '查看者',
}

export const ROLE_DUTIES = {
  operator: '所有租户、开通租户、行政区划登记',
  'platform-admin': '开通、查看、归档本级以下的租户',
  'scheme-admin': '考评方案、单位、系列、考核周期与结果发布',
  assessor: '为本单位负责的指标录入事实',
  approver: '审定考评得分',
  'unit-reporter': '本单位自评与申诉',
  viewer: '查看已发布的结果',
}

export const LEVEL_LABELS = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县（区）',
  TOWNSHIP: '乡（镇）',
  ORGANISATION: '机关单位',
}

export function roleLabel(role) {
  return ROLE_LABELS[role] || role
}

/** The tenant roles of a token: `[{tenant: 'xingan', role: 'scheme-admin'}]`. */
export function tenantRoles(claims) {
  return (claims?.tenant_roles || [])
    .map((path) => /^\/tenants\/([^/]+)\/([^/]+)$/.exec(path))
    .filter(Boolean)
    .map((m) => ({ tenant: m[1], role: m[2] }))
}

export function isOperator(claims) {
  return (claims?.groups || []).includes('operator')
}

/** Whether the user holds one of the roles in the tenant. */
export function holds(claims, tenant, ...roles) {
  return tenantRoles(claims).some((r) => r.tenant === tenant && roles.includes(r.role))
}

/**
 * Whether the user administers a tenant from above: an operator, or a platform admin of a tenant
 * strictly above it (following `parentTenant` through the tenants the user sees).
 */
export function administersFromAbove(claims, tenantCode, tenantsByCode) {
  if (isOperator(claims)) return true
  const seen = new Set()
  let parent = tenantsByCode[tenantCode]?.parentTenant
  while (parent && !seen.has(parent)) {
    if (holds(claims, parent, 'platform-admin')) return true
    seen.add(parent)
    parent = tenantsByCode[parent]?.parentTenant
  }
  return false
}

/** Whether the user may provision tenants anywhere (the server still checks where). */
export function mayProvision(claims) {
  return isOperator(claims) || tenantRoles(claims).some((r) => r.role === 'platform-admin')
}

/**
 * The tenants the picker offers: those the server lists, and the tenants above whose cycles have a
 * unit linked to a tenant the user is a scheme admin of (`assessed-in` rows), once each.
 */
export function linkedTenants(tenants, linked) {
  const known = new Set(tenants.map((t) => t.code))
  const more = []
  for (const l of linked) {
    if (known.has(l.tenant)) continue
    known.add(l.tenant)
    more.push({ code: l.tenant, name: l.tenantName, status: 'ACTIVE', linked: true })
  }
  return [...tenants, ...more]
}
