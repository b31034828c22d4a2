import { describe, expect, it } from 'vitest'
import { actionLabel } from './audit.js'

describe('the audit trail in Chinese', () => {
  it('names each action the server records', () => {
    expect(actionLabel('fact.withdrawn')).toBe('撤回事实')
    expect(actionLabel('approval.returned')).toBe('退回签核')
    expect(actionLabel('tenant.provisioned')).toBe('开通租户')
  })
  it('shows an action it does not know as the server names it', () => {
    expect(actionLabel('report.printed')).toBe('report.printed')
  })
})
