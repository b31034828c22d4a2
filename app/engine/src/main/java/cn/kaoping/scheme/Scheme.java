package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One evaluation scheme (考评方案/考评办法) of one jurisdiction for one year, as written in a
 * {@code *.scheme.json} file (see tenant-schemes/FORMAT.md).
 *
 * @param units   may be empty when the scheme does not name its units (新干: 所有县直效能考评单位);
 *                the facts file then names them
 * @param vetoes  scheme-level 一票否决 rules (kind {@code veto}), referenced by facts as {@code vetoes/<id>}
 * @param period  the 考核期: dated facts must fall in it; the calendar {@code year} unless written
 * @param approval the sign-offs from entry to 审定 (FORMAT.md §6.1); no levels when the scheme names none
 */
public record Scheme(String format, String id, Jurisdiction jurisdiction, int year, String name,
                     Optional<String> description, Optional<Source> source, Optional<BigDecimal> totalPoints, List<Series> series,
                     List<Unit> units, List<Indicator> indicators, List<Rule> vetoes, Results results, Period period,
                     Approval approval) {

    public static final String FORMAT = "kaoping-scheme/1";
    public static final String VETOES = "vetoes";

    /** The kind of the rules in {@code vetoes}, which may leave {@code kind} out. */
    public static final String VETO_KIND = "veto";

    /** Every indicator of the tree, parents before children, in file order. */
    public Stream<Indicator> allIndicators() {
        return indicators.stream().flatMap(Indicator::subtree);
    }

    /** Every rule: the indicators' rules in tree order, then the scheme-level vetoes. */
    public Stream<Rule> allRules() {
        return Stream.concat(allIndicators().flatMap(i -> i.rules().stream()), vetoes.stream());
    }

    public record Jurisdiction(String code, String name) {
    }

    /** From and to, both included. */
    public record Period(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        @Override
        public String toString() {
            return from + " – " + to;
        }
    }

    /** Where the scheme comes from: the seed document and the section inside it. */
    public record Source(Optional<String> seed, Optional<String> section, Optional<String> document) {
    }

    /** A 系列/类别: units are ranked only within their series. */
    public record Series(String code, String name) {
    }

    /**
     * An assessed unit (被考评单位).
     *
     * @param collectedBy the 扎口科室 that collects and signs the unit's sheet (武进 附件1), if any
     */
    public record Unit(String code, String name, Optional<String> series, Optional<String> collectedBy) {
    }
}
