-- A 自评 item cites its 证明材料 (issue 9: "the 自评分 and the reason, with evidence"): the files
-- uploaded for the unit in the cycle, as references evidence:<id> separated by spaces.
ALTER TABLE self_assessment_item ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
