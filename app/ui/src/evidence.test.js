import { describe, expect, it } from 'vitest'
import { downloadName, evidenceId, fileNames, fileRows, sizeLabel, splitEvidence } from './evidence.js'

describe('evidence references', () => {
  it('knows a reference the upload answered from text written by hand', () => {
    expect(evidenceId('evidence:12')).toBe('12')
    expect(evidenceId(' evidence:7 ')).toBe('7')
    expect(evidenceId('证书 2018-031')).toBeNull()
    expect(evidenceId('evidence:x')).toBeNull()
    expect(evidenceId(undefined)).toBeNull()
  })
  it('cuts a text into its words and its references, for links in between', () => {
    expect(splitEvidence('已召开（证明材料：evidence:3、evidence:41）')).toEqual([
      { text: '已召开（证明材料：' }, { ref: 'evidence:3', id: '3' }, { text: '、' }, { ref: 'evidence:41', id: '41' }, { text: '）' }])
    expect(splitEvidence('无材料')).toEqual([{ text: '无材料' }])
    expect(splitEvidence('')).toEqual([])
  })
})

describe('files as a clerk reads them', () => {
  it('says sizes in B, KB and MB', () => {
    expect(sizeLabel(512)).toBe('512 B')
    expect(sizeLabel(3482)).toBe('3.4 KB')
    expect(sizeLabel(20 * 1024 * 1024)).toBe('20.0 MB')
  })
  it('saves a download under its uploaded name, else by its id and type', () => {
    expect(downloadName('3', '获奖证书.pdf', 'application/pdf')).toBe('获奖证书.pdf')
    expect(downloadName('3', null, 'image/png')).toBe('证明材料-3.png')
    expect(downloadName('3', null, 'text/plain')).toBe('证明材料-3')
  })
})

describe('the upload list', () => {
  const listed = [{ reference: 'evidence:9', fileName: '检查记录.png' }, { reference: 'evidence:4', fileName: '纪要.pdf' }]
  it('is the unit\'s files as the server lists them, in its order', () => {
    expect(fileRows(listed, ['evidence:4']).map((f) => f.reference)).toEqual(['evidence:9', 'evidence:4'])
  })
  it('keeps a chosen reference the list does not hold, known by reference only', () => {
    expect(fileRows(listed, ['evidence:4', 'evidence:12'])).toEqual([...listed, { reference: 'evidence:12' }])
    expect(fileRows([], ['evidence:3'])).toEqual([{ reference: 'evidence:3' }])
  })
})

describe('file names by reference', () => {
  it('names each listed file by its reference and leaves out files without a name', () => {
    expect(fileNames([{ reference: 'evidence:2', fileName: '检查记录.png' }, { reference: 'evidence:3' }]))
      .toEqual({ 'evidence:2': '检查记录.png' })
    expect(fileNames(undefined)).toEqual({})
  })
})
