// Evidence files (证明材料) as the pages handle them: the server names an uploaded file by its
// reference `evidence:<id>` (README: evidence); a fact carries one in its `evidence`, and a 自评
// item — whose API has no evidence field — carries them at the end of its reason, where the sheet
// finds them again and shows each as a download link.

const REF = /evidence:(\d+)/g
const EXACT = /^evidence:(\d+)$/
// how a 自评 reason ends when it names files: `……（证明材料：evidence:12、evidence:13）`
const TRAILER = /（证明材料：(evidence:\d+(?:、evidence:\d+)*)）$/

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

/** A 自评 reason naming its files at the end; without files, the reason alone. */
export function withEvidence(reason, refs) {
  const text = (reason || '').trim()
  return refs?.length ? `${text}（证明材料：${refs.join('、')}）` : text
}

/** The reason and the files a 自评 reason names at its end (what `withEvidence` wrote). */
export function reasonAndEvidence(text) {
  const m = TRAILER.exec(text || '')
  if (!m) return { reason: text || '', refs: [] }
  return { reason: text.slice(0, m.index), refs: m[1].split('、') }
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
