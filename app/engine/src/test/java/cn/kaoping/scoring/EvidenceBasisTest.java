package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.facts;
import static cn.kaoping.scoring.Fixture.rejected;
import static cn.kaoping.scoring.Fixture.scheme;
import static cn.kaoping.scoring.ResultLookups.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code evidenceBasis} (audit 000-001-004 G16): 桂林 14 以上扣分项目以市委督查和绩效考评办公室通报为依据 — the facts of the
 * rules below an indicator naming its basis, or of a rule naming its own, need their {@code evidence}. The seed's
 * own items are in {@code GuilinSchemeTest.supervisionDeductionsRestOnTheirBulletins}.
 */
class EvidenceBasisTest {

    private static final Scheme SCHEME = scheme("'units': [{'code': 'u1', 'name': '单位1'}], 'indicators': [{'code': '14', "
            + "'name': '党委督查工作', 'points': '1', 'evidenceBasis': '市委督查和绩效考评办公室通报', 'children': [{'code': '14.1', "
            + "'name': '重大决策部署', 'points': '1', 'rules': [{'id': 'r1', 'kind': 'per-occurrence', "
            + "'clause': '被市委督查和绩效考评办通报完不成任务的，每项扣0.2分', 'amount': '0.2'}, {'id': 'r2', 'kind': 'per-occurrence', "
            + "'clause': '迟报的，每次扣0.1分', 'amount': '0.1', 'evidenceBasis': '市政府督查室通报'}]}]}, {'code': '16', "
            + "'name': '信息工作', 'points': '1', 'rules': [{'id': 'r1', 'kind': 'once', 'clause': '未报送的扣0.1分', 'amount': '0.1'}]}], "
            + "'vetoes': [{'id': 'v1', 'clause': '受到通报批评的', 'ineligible': ['先进'], 'evidenceBasis': '上级通报'}], "
            + "'results': {'grades': [{'name': '先进'}, {'name': '一般'}]}");

    @Test
    void inheritedFromTheIndicatorOverriddenByTheRuleAndOnAVeto() {
        assertEquals(List.of("facts[0].evidence: is required by 14.1/r1 (以市委督查和绩效考评办公室通报为依据)",
                        "facts[1].evidence: is required by 14.1/r2 (以市政府督查室通报为依据)",
                        "facts[3].evidence: is required by vetoes/v1 (以上级通报为依据)"),
                rejected(SCHEME, "{'unit': 'u1', 'rule': '14.1/r1', 'reason': '完不成任务'}, {'unit': 'u1', 'rule': '14.1/r2'},"
                        + "{'unit': 'u1', 'rule': '16/r1'}, {'unit': 'u1', 'rule': 'vetoes/v1'}"));
    }

    @Test
    void factsAddedOneByOneAreCheckedAsAFileIs() {
        // the server's fact entry adds each entry to the facts checked before (PreparedScheme.add): the same refusal
        PreparedScheme prepared = ENGINE.prepare(SCHEME);
        CheckedFacts none = prepared.check(facts(""));
        FactsRejected e = assertThrows(FactsRejected.class,
                () -> prepared.add(none, facts("{'unit': 'u1', 'rule': '14.1/r1'}").facts()));
        assertEquals(List.of("facts[0].evidence: is required by 14.1/r1 (以市委督查和绩效考评办公室通报为依据)"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(1, prepared.add(none, facts("{'unit': 'u1', 'rule': '14.1/r1', 'evidence': 'evidence:17'}").facts()).size());
    }
}
