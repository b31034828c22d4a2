// The names of a unit's evidence files, for the links that show a reference (`evidence:<id>`) in the
// sheet's 得分反查 and the fact tables: read once per tenant, cycle and unit from GET …/evidence?unit=
// and shared by every link of that unit. A reference the list does not hold (a file another clerk
// uploaded after it was read) reads the list once more; one it still does not hold keeps its reference.
import { reactive } from 'vue'
import { api, seg } from './api.js'
import { fileNames } from './evidence.js'

const lists = reactive({})
const asked = new Set()
const askedAgain = new Set()

/** The path of a unit's list of files of a cycle. */
export const evidencePath = (tenant, cycle, unit) => `tenants/${seg(tenant)}/cycles/${seg(cycle)}/evidence?unit=${seg(unit)}`

/** The file name of a reference of a unit's evidence, or '' while the list loads or when it does not hold it. */
export function evidenceName(tenant, cycle, unit, reference) {
  const path = evidencePath(tenant, cycle, unit)
  const known = lists[path]
  if (!asked.has(path)) {
    read(path)
  } else if (known && !(reference in known) && !askedAgain.has(`${path}\n${reference}`)) {
    askedAgain.add(`${path}\n${reference}`)
    read(path)
  }
  return known?.[reference] || ''
}

function read(path) {
  asked.add(path)
  api.get(path).then((listed) => rememberEvidenceNames(path, listed), () => { lists[path] = lists[path] || {} })
}

/** Keeps a unit's list as an upload list read it (after an upload, the new file is named at once). */
export function rememberEvidenceNames(path, listed) {
  asked.add(path)
  lists[path] = fileNames(listed)
}
