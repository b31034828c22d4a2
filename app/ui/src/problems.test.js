import { describe, expect, it } from 'vitest'
import { fieldErrors, problemMessage, ruleInChinese } from './problems.js'

describe('problems in Chinese', () => {
  it('puts each field error of a 400 under its JSON path, in Chinese', () => {
    // as ProvisionTenant answers an e-mail without '@' and a code with capitals
    const problem = {
      status: 400,
      errors: [
        { field: 'admin.email', rule: 'must be an e-mail address' },
        { field: 'code', rule: "must be 2 to 64 lower-case letters, digits or '-', starting with a letter" },
        { field: 'code', rule: 'must be at most 64 characters' },
      ],
    }
    expect(fieldErrors(problem)).toEqual({
      'admin.email': '须为电子邮箱地址',
      code: '须为 2–64 位小写字母、数字或“-”，以字母开头；最多 64 个字符',
    })
  })

  it('keeps a rule it does not know as the server wrote it', () => {
    expect(ruleInChinese('unknown rule kind "nonsense"')).toBe('unknown rule kind "nonsense"')
  })

  it("shows the server's Chinese reason of a refusal, else the status in Chinese", () => {
    expect(problemMessage({ status: 403, detail: '你在新干县没有以下角色之一：scheme-admin' }))
      .toBe('你在新干县没有以下角色之一：scheme-admin')
    expect(problemMessage({ status: 409, detail: 'The scheme has a draft' })).toBe('与当前状态冲突')
    // the engine's rule on a field, quoting the scheme's Chinese basis, is English: the field shows it in Chinese
    expect(problemMessage({ status: 400, detail: 'evidence: is required by 4/r1 (以县效能办督查通报为依据)',
      errors: [{ field: 'evidence', rule: 'is required by 4/r1 (以县效能办督查通报为依据)' }] })).toBe('提交的内容有误')
    // a conflict's reason may start with the unit's code (SelfAssessmentService)
    expect(problemMessage({ status: 409, detail: 'xgjyj 的自评尚未提交，无需退回。' })).toBe('xgjyj 的自评尚未提交，无需退回。')
    expect(problemMessage({ status: 599 })).toBe('请求失败（599）')
  })

  it('names the document a rule\'s evidence rests on when the evidence is missing (桂林 14: 以…通报为依据)', () => {
    expect(ruleInChinese('is required by 14/r2 (以市委督查和绩效考评办公室通报为依据)')).toBe('必填：以市委督查和绩效考评办公室通报为依据')
    expect(ruleInChinese('is required by 3/r1 (facts are attributed to the period by their date)')).toBe('必填')
  })

  it('says why an evidence file was refused: too large, empty, or of a type not allowed (EvidenceResource)', () => {
    expect(ruleInChinese('must be at most 20971520 bytes')).toBe('文件过大：最多 20 MB')
    expect(ruleInChinese('must be the file (not empty)')).toBe('文件是空的')
    expect(ruleInChinese('must be a file of an allowed type (application/pdf, application/zip, image/jpeg, image/png), '
      + 'recognised by its content, not its name'))
      .toBe('文件类型不受支持：只接受 PDF、ZIP/Office、JPEG、PNG 文件（按文件内容识别，不看扩展名）')
    expect(ruleInChinese('names no evidence uploaded for unit bgs in this cycle (upload it first: POST …/evidence?unit=bgs)'))
      .toBe('不是本年度为单位 bgs 上传的证明材料')
  })

  it("says the engine's checks of an approved amount or level (Discretionary, AmountChoice)", () => {
    expect(ruleInChinese('150 is outside the range 0–100 of fj/r1')).toBe('150 超出范围，须在 0 至 100 之间')
    expect(ruleInChinese('is required by 5/r1 (one of 县, 市, 省)')).toBe('必填，须为以下之一：县, 市, 省')
    expect(ruleInChinese('unknown level "国家" for 5/r1 (one of 县, 市, 省)')).toBe('“国家”不是可选项，须为以下之一：县, 市, 省')
  })
})
