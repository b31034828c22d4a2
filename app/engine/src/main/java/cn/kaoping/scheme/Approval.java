package cn.kaoping.scheme;

import java.util.List;
import java.util.Optional;

/**
 * The sign-offs a scheme's scores pass through before they count (审批层级), lowest first: 武进
 * 附件3 考核责任科室负责人签字 → 考核扎口科室负责人签字 → 被考科室分管领导签字 → 局考核领导小组; 漳州
 * 系列考评组初审 → 市直考评工作小组审定. The last level covers the whole cycle: its sign-off is the
 * 审定 that closes the year. A scheme without one has no levels.
 *
 * @param selfAssessment whether a unit's 自评 must be submitted before a level covering the unit
 *                       signs (吉水: 先进行自评…再由领导小组确定); a return to the unit reopens it
 */
public record Approval(boolean selfAssessment, List<Level> levels) {

    public static Approval none() {
        return new Approval(false, List.of());
    }

    public Optional<Level> level(String id) {
        return levels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * One level.
     *
     * @param id     lower case with hyphens, unique in the chain; the API names levels by it
     * @param name   as the seed writes it: 考核扎口科室负责人签字
     * @param covers what one sign-off of this level approves
     * @param signer who signs it
     */
    public record Level(String path, String id, String name, Covers covers, Signer signer) {
    }

    /** What one sign-off approves: an agency's entries for one unit, one unit's whole sheet, or the whole cycle. */
    public enum Covers implements Keyword {
        AGENCY, UNIT, CYCLE
    }

    /**
     * The tenant role that signs and its scope: an approver of the agency whose entries they are
     * ({@code assessing-agency}), of the unit's 扎口科室 ({@code collecting-agency}), of a named
     * agency (one, or one per series: {@code agency}), or of the whole tenant ({@code tenant}); or
     * the tenant's scheme admin (scope {@code tenant}).
     *
     * @param agency the named agency, when the scope is {@code agency}
     */
    public record Signer(String role, Scope scope, Optional<Assessor> agency) {

        public static final String APPROVER = "approver";
        public static final String SCHEME_ADMIN = "scheme-admin";
    }

    /** Whose approvers sign. */
    public enum Scope implements Keyword {
        ASSESSING_AGENCY, COLLECTING_AGENCY, AGENCY, TENANT
    }
}
