// The approval chain as the 审批 page and the 工作台 read it (tenant-schemes/FORMAT.md §6.1): which
// items lie within which, what an item may return or withdraw, the word of its action, the counts
// per level. The server decides every action; these only decide what the page offers.

export const ITEM_STATES = {
  NONE: ['未签核', 'info'],
  APPROVED: ['已签核', 'success'],
  RETURNED: ['已退回', 'danger'],
  REVOKED: ['已撤销', 'warning'],
}
export const ACTIONS = { APPROVED: '签核', RETURNED: '退回', REVOKED: '撤销签核' }
export const COVERS = { agency: '考评主体对单位的考评', unit: '单位考核表', cycle: '全部单位' }

/** A stable key of an item: its level, unit and agency (absent ones empty). */
export const itemKey = (i) => `${i.level}|${i.unit ?? ''}|${i.agency ?? ''}`

/** The level's place in the chain, lowest first (-1 when unknown). */
const rankOf = (chain, level) => chain.levels.findIndex((l) => l.id === level)

/** The level of an item. */
export const levelOf = (chain, item) => chain.levels.find((l) => l.id === item.level)

/** Whether `inner` is part of what `outer` covers: the same unit (when outer names one) and agency (when it names one). */
export function within(inner, outer) {
  return (outer.unit == null || inner.unit === outer.unit) && (outer.agency == null || inner.agency === outer.agency)
}

/** The items of higher levels that cover `item`. */
export function above(chain, item) {
  const r = rankOf(chain, item.level)
  return chain.items.filter((o) => rankOf(chain, o.level) > r && within(item, o))
}

/** Whether no level above has signed what covers `item` (a sign-off above must be withdrawn first). */
const freeAbove = (chain, item) => !above(chain, item).some((o) => o.state === 'APPROVED')

/**
 * What 「退回」 on `item` may send back: the signed items of lower levels within it that no higher
 * level has signed yet (the level above returns, before it signs: Chain.requireReturnable).
 */
export function returnable(chain, item) {
  const r = rankOf(chain, item.level)
  return chain.items.filter((i) => rankOf(chain, i.level) < r && within(i, item) && i.state === 'APPROVED' && freeAbove(chain, i))
}

/** Whether `item`'s sign-off may be withdrawn now: signed, nothing above signed, the cycle not published. */
export function revocable(chain, item) {
  return chain.state !== 'PUBLISHED' && item.state === 'APPROVED' && freeAbove(chain, item)
}

/** The action word of an item: the last level's sign-off, covering the cycle, is the 审定. */
export const actionWord = (chain, item) => (levelOf(chain, item)?.covers === 'cycle' ? '审定' : '签核')

/** Per level: its items, how many signed and how many returned (the steps of the page). */
export function levelCounts(chain) {
  return chain.levels.map((l) => {
    const items = chain.items.filter((i) => i.level === l.id)
    return {
      ...l,
      total: items.length,
      approved: items.filter((i) => i.state === 'APPROVED').length,
      returned: items.filter((i) => i.state === 'RETURNED').length,
    }
  })
}

/**
 * The sign-off request of a selection (批量签核, one POST): all of one level; a level covering the
 * cycle takes no items. `{body}` or `{error}` in Chinese.
 */
export function signOffs(chain, selection) {
  if (!selection.length) return { error: '请先勾选可签核的审批项' }
  const levels = new Set(selection.map((i) => i.level))
  if (levels.size > 1) return { error: '一次只能签核同一层级的审批项' }
  const level = selection[0].level
  if (levelOf(chain, selection[0])?.covers === 'cycle') return { body: { level, items: [] } }
  return { body: { level, items: selection.map((i) => (i.agency == null ? { unit: i.unit } : { unit: i.unit, agency: i.agency })) } }
}

/** The item as a return or withdrawal names it: level, and its unit and agency where it has them. */
export function itemAction(item, reason) {
  const body = { level: item.level, reason }
  if (item.unit != null) body.unit = item.unit
  if (item.agency != null) body.agency = item.agency
  return body
}

/**
 * The returned items that wait for a clerk (工作台): an assessor's agencies' entries, a reporter's
 * units' sheets and entries, each with the reason.
 */
export function returnedFor(items, { agencies = [], units = [] }) {
  return items.filter((i) => i.state === 'RETURNED'
    && ((i.agency != null && agencies.includes(i.agency)) || (i.unit != null && units.includes(i.unit))))
}

/** The items of a queue still to be signed (not approved), and of them the ones ready now. */
export function pending(queue) {
  const open = queue.items.filter((i) => i.state !== 'APPROVED')
  return { open: open.length, ready: open.filter((i) => i.ready).length }
}
