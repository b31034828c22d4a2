import { beforeEach, describe, expect, it, vi } from 'vitest'

const listed = vi.hoisted(() => ({ files: [], reads: 0 }))
vi.mock('./api.js', () => ({
  seg: (s) => encodeURIComponent(s),
  api: { get: vi.fn(async () => { listed.reads++; return listed.files.map((f) => ({ ...f })) }) },
}))

const { evidenceName } = await import('./evidenceNames.js')
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('evidence file names of a unit', () => {
  beforeEach(() => { listed.reads = 0 })

  it('reads a unit\'s list once for all its references', async () => {
    listed.files = [{ reference: 'evidence:1', fileName: '会议纪要.pdf' }, { reference: 'evidence:2', fileName: '通报.png' }]
    expect(evidenceName('xingan', 'c1', 'u1', 'evidence:1')).toBe('')
    await settle()
    expect(evidenceName('xingan', 'c1', 'u1', 'evidence:1')).toBe('会议纪要.pdf')
    expect(evidenceName('xingan', 'c1', 'u1', 'evidence:2')).toBe('通报.png')
    expect(listed.reads).toBe(1)
  })

  it('reads the list again, once, for a file uploaded after it was read', async () => {
    listed.files = [{ reference: 'evidence:5', fileName: '旧.pdf' }]
    evidenceName('xingan', 'c2', 'u1', 'evidence:5')
    await settle()
    listed.files.push({ reference: 'evidence:6', fileName: '另一位填报员上传.pdf' })
    expect(evidenceName('xingan', 'c2', 'u1', 'evidence:6')).toBe('')
    await settle()
    expect(evidenceName('xingan', 'c2', 'u1', 'evidence:6')).toBe('另一位填报员上传.pdf')
    expect(listed.reads).toBe(2)
  })

  it('keeps the reference of a file the list still does not hold, without reading it a third time', async () => {
    listed.files = []
    evidenceName('xingan', 'c3', 'u1', 'evidence:9')
    await settle()
    evidenceName('xingan', 'c3', 'u1', 'evidence:9')
    await settle()
    expect(evidenceName('xingan', 'c3', 'u1', 'evidence:9')).toBe('')
    await settle()
    expect(listed.reads).toBe(2)
  })
})
