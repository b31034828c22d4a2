-- Reference data: the jurisdictions of the seed documents (shared/seeds) and their parents.
-- Codes are stable slugs used in URLs; names are the official Chinese names.
-- 开省乡 (seed 002, part 3) is anonymised in the seed (××乡), so its county is unknown: a root.
INSERT INTO jurisdiction (code, name, level, parent_id) VALUES
    ('hubei',    '湖北省',         'PROVINCE', NULL),
    ('guangxi',  '广西壮族自治区', 'PROVINCE', NULL),
    ('fujian',   '福建省',         'PROVINCE', NULL),
    ('hunan',    '湖南省',         'PROVINCE', NULL),
    ('jiangxi',  '江西省',         'PROVINCE', NULL),
    ('jiangsu',  '江苏省',         'PROVINCE', NULL),
    ('kaisheng', '开省乡',         'TOWNSHIP', NULL);

-- Children are inserted one generation per statement, so that each parent exists.
INSERT INTO jurisdiction (code, name, level, parent_id)
SELECT c.code, c.name, c.level, p.id
FROM (VALUES ('guilin',    '桂林市', 'CITY', 'guangxi'),
             ('zhangzhou', '漳州市', 'CITY', 'fujian'),
             ('changde',   '常德市', 'CITY', 'hunan'),
             ('jian',      '吉安市', 'CITY', 'jiangxi'),
             ('changzhou', '常州市', 'CITY', 'jiangsu')) AS c (code, name, level, parent_code)
JOIN jurisdiction p ON p.code = c.parent_code;

INSERT INTO jurisdiction (code, name, level, parent_id)
SELECT c.code, c.name, c.level, p.id
FROM (VALUES ('xingan',       '新干县',       'COUNTY',       'jian'),
             ('jishui',       '吉水县',       'COUNTY',       'jian'),
             ('wujin',        '武进区',       'COUNTY',       'changzhou'),
             ('guilin-audit', '桂林市审计局', 'ORGANISATION', 'guilin')) AS c (code, name, level, parent_code)
JOIN jurisdiction p ON p.code = c.parent_code;

INSERT INTO jurisdiction (code, name, level, parent_id)
SELECT c.code, c.name, c.level, p.id
FROM (VALUES ('jishui-land',   '吉水县国土资源局',       'ORGANISATION', 'jishui'),
             ('wujin-housing', '武进区住房和城乡建设局', 'ORGANISATION', 'wujin')) AS c (code, name, level, parent_code)
JOIN jurisdiction p ON p.code = c.parent_code;
