// The audit trail's actions (the server's `action` codes, audit.AuditTrail) as a clerk reads them.

const ACTIONS = {
  'application.approved': '批准附加分申报',
  'application.refused': '驳回附加分申报',
  'application.submitted': '申报附加分',
  'approval.approved': '签核',
  'approval.returned': '退回签核',
  'approval.revoked': '撤销签核',
  'approval.late-entry': '补录例外',
  'assignment.added': '分配角色',
  'assignment.removed': '取消分工',
  'cycle.changed': '修改考核年度',
  'cycle.opened': '开启考核年度',
  'cycle.published': '通报结果',
  'cycle.unit.linked': '关联下级租户',
  'cycle.units.added': '添加被考评单位',
  'evidence.uploaded': '上传证明材料',
  'fact.corrected': '更正事实',
  'fact.entered': '录入事实',
  'fact.withdrawn': '撤回事实',
  'scheme.cloned': '复制方案',
  'scheme.draft.created': '上传方案草稿',
  'scheme.draft.discarded': '删除方案草稿',
  'scheme.draft.replaced': '替换方案草稿',
  'scheme.published': '发布方案',
  'self-assessment.item': '填写自评',
  'self-assessment.returned': '退回自评',
  'self-assessment.submitted': '提交自评',
  'tenant.admin-password-reset': '重置管理员密码',
  'tenant.archived': '归档租户',
  'tenant.provisioned': '开通租户',
}

/** An action in Chinese; one this table does not know is shown as the server names it. */
export const actionLabel = (action) => ACTIONS[action] || action
