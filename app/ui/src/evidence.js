// Evidence files (证明材料) as the pages handle them: the server names an uploaded file by its
// reference `evidence:<id>` (README: evidence); a fact carries one in its `evidence`, a 自评 item
// a list of them in its `evidence` (the sheet's `selfEvidence`), each shown as a download link.

const REF = /evidence:(\d+)/g
const EXACT = /^evidence:(\d+)$/

/** The id of a reference `evidence:<id>`, or null for any other text (a certificate number written by hand). */
export function evidenceId(text) {
  const m = EXACT.exec((text || '').trim())
  return m ? m[1] : null
}

/** A text cut into its plain parts and its evidence references: `[{text}, {ref, id}]`. */
export function splitEvidence(text) {
  const out = []
  let at = 0
  for (const m of (text || '').matchAll(REF)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) })
    out.push({ ref: m[0], id: m[1] })
    at = m.index + m[0].length
  }
  if (at < (text || '').length) out.push({ text: text.slice(at) })
  return out
}

/** A file's size as a clerk reads it: 512 B, 3.4 KB, 1.2 MB. */
export function sizeLabel(bytes) {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

const TYPES = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'application/zip': 'ZIP/Office' }

/** The name of a media type the server allows (`application/pdf` → PDF). */
export const typeLabel = (type) => TYPES[type] || type

/** The file name to save a download under: its uploaded name, else `证明材料-<id>` with the type's extension. */
export function downloadName(id, fileName, contentType) {
  if (fileName) return fileName
  const ext = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg', 'application/zip': '.zip' }[contentType] || ''
  return `证明材料-${id}${ext}`
}

/**
 * The rows of an upload list: the unit's files as the server lists them (newest first), then the
 * references chosen that the list does not hold (known by reference only, e.g. while it loads).
 */
export function fileRows(listed, chosen) {
  const known = new Set(listed.map((f) => f.reference))
  return [...listed, ...chosen.filter((r) => !known.has(r)).map((reference) => ({ reference }))]
}

/** The file names of a unit's listed files by reference (`{ 'evidence:2': '检查记录.png' }`); files without a name are left out. */
export const fileNames = (listed) => Object.fromEntries((listed || []).filter((f) => f.fileName).map((f) => [f.reference, f.fileName]))
