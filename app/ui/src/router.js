import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from './stores/session.js'

// Every page is a chunk of its own, loaded when first opened. `menu` places a page in the left
// menu (group and title); `allowed` says who is offered it — the server still decides each call.
// A page of a new capability is one more entry here.
const tenantReader = (s) => !!s.tenant
const schemeAdmin = (s) => s.has('scheme-admin')
// who the server lets read a cycle's standings and progress (ResultsResource), and a unit's sheet
const standingsReader = (s) => s.has('scheme-admin', 'platform-admin', 'approver', 'assessor')
const resultReader = (s) => standingsReader(s) || s.has('unit-reporter')
// who the server lets read a publication: the ranking (viewers among them), or a unit's sheet
const publicationReader = (s) => s.has('viewer', 'scheme-admin', 'platform-admin', 'approver', 'unit-reporter')
const schemeAuditor = (s) => s.has('scheme-admin', 'platform-admin') || (!!s.tenant && s.administers(s.tenant))

export const routes = [
  {
    path: '/',
    name: 'workbench',
    component: () => import('./views/Workbench.vue'),
    meta: { title: '工作台', menu: { group: '首页', icon: 'HomeFilled' } },
  },
  {
    path: '/schemes',
    name: 'schemes',
    component: () => import('./views/Schemes.vue'),
    meta: { title: '方案版本', menu: { group: '考评方案', icon: 'Document' }, allowed: tenantReader },
  },
  {
    path: '/schemes/diff',
    name: 'scheme-diff',
    component: () => import('./views/SchemeDiff.vue'),
    meta: { title: '版本对比', menu: { group: '考评方案', icon: 'Switch' }, allowed: tenantReader },
  },
  {
    path: '/schemes/:scheme/versions/:version',
    name: 'scheme-version',
    component: () => import('./views/SchemeVersion.vue'),
    meta: { title: '指标体系', allowed: tenantReader },
  },
  {
    path: '/cycles',
    name: 'cycles',
    component: () => import('./views/Cycles.vue'),
    meta: { title: '考核周期', menu: { group: '考核年度', icon: 'Calendar' }, allowed: tenantReader },
  },
  {
    path: '/people',
    name: 'people',
    component: () => import('./views/People.vue'),
    meta: { title: '人员分工', menu: { group: '考核年度', icon: 'User' }, allowed: schemeAdmin },
  },
  {
    path: '/entry',
    name: 'entry',
    component: () => import('./views/Entry.vue'),
    meta: { title: '考评录入', menu: { group: '考核年度', icon: 'EditPen' }, allowed: (s) => s.has('assessor', 'scheme-admin') },
  },
  {
    path: '/sheet',
    name: 'sheet',
    component: () => import('./views/Sheet.vue'),
    meta: { title: '单位计分表', menu: { group: '考核年度', icon: 'Notebook' }, allowed: resultReader },
  },
  {
    path: '/applications',
    name: 'applications',
    component: () => import('./views/Applications.vue'),
    meta: { title: '附加分申报', menu: { group: '考核年度', icon: 'Medal' }, allowed: resultReader },
  },
  {
    path: '/results',
    name: 'results',
    component: () => import('./views/Results.vue'),
    meta: { title: '考评结果', menu: { group: '考核年度', icon: 'TrendCharts' }, allowed: standingsReader },
  },
  {
    path: '/approval',
    name: 'approval',
    component: () => import('./views/Approval.vue'),
    meta: { title: '审批', menu: { group: '审批与通报', icon: 'Stamp' }, allowed: (s) => s.has('approver', 'scheme-admin') },
  },
  {
    path: '/publication',
    name: 'publication',
    component: () => import('./views/Publication.vue'),
    meta: { title: '通报结果', menu: { group: '审批与通报', icon: 'Trophy' }, allowed: publicationReader },
  },
  {
    path: '/tenants',
    name: 'tenants',
    component: () => import('./views/Tenants.vue'),
    meta: { title: '租户管理', menu: { group: '系统管理', icon: 'OfficeBuilding' }, allowed: (s) => s.mayProvision },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('./views/Audit.vue'),
    meta: { title: '操作日志', menu: { group: '系统管理', icon: 'Tickets' }, allowed: schemeAuditor },
  },
  {
    path: '/:rest(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFound.vue'),
    meta: { title: '页面不存在' },
  },
]

export function allowed(route, session) {
  return !route.meta?.allowed || route.meta.allowed(session)
}

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes })
  router.beforeEach((to) => {
    const session = useSession()
    if (!allowed(to, session)) return { name: 'workbench', query: { refused: to.meta.title } }
    return true
  })
  router.afterEach((to) => {
    document.title = `${to.meta.title || ''} · 考评 Kaoping`
  })
  return router
}
