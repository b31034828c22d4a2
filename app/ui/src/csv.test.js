import { expect, it } from 'vitest'
import { csv } from './csv.js'

it('quotes cells with commas, quotes or line breaks, and starts with a byte order mark for Excel', () => {
  expect(csv(['指标', '分值'], [['领导重视情况, 含会议', '15'], ['说"明"', null], ['两\n行', 3]]))
    .toBe('\ufeff指标,分值\r\n"领导重视情况, 含会议",15\r\n"说""明""",\r\n"两\n行",3')
})
