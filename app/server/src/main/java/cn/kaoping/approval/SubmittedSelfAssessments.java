package cn.kaoping.approval;

import java.util.Set;

/**
 * The units of a cycle whose self-assessment (自评) is submitted: a level covering a unit signs only
 * then, when the scheme asks for self-assessment. Provided by the self-assessment capability.
 */
public interface SubmittedSelfAssessments {

    Set<String> units(Long cycleId);
}
