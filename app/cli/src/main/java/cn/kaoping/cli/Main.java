package cn.kaoping.cli;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.FactsLoader;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeLoader;
import cn.kaoping.scoring.Engine;
import cn.kaoping.scoring.Evaluation;
import cn.kaoping.scoring.EvaluationJson;
import cn.kaoping.scoring.FactsRejected;
import cn.kaoping.scoring.RuleRegistry;
import cn.kaoping.scoring.UnitResult;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command line, without server or database:
 * <pre>
 * validate &lt;scheme.json&gt;...                 exit 1 and path-precise messages when a file is invalid
 * evaluate &lt;scheme.json&gt; --facts &lt;facts.json&gt; [--json] [--with &lt;scheme.json&gt; &lt;facts.json&gt;]...
 * </pre>
 * {@code --with} evaluates another scheme first, for rules that convert its result ({@code fromScheme}).
 */
public final class Main {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: kaoping validate <scheme.json>...
                   kaoping evaluate <scheme.json> --facts <facts.json> [--json] [--with <scheme.json> <facts.json>]...""";

    private final RuleRegistry registry = RuleRegistry.standard();
    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err).run(args));
    }

    int run(String[] args) {
        if (args.length >= 2 && args[0].equals("validate")) {
            return validate(List.of(args).subList(1, args.length));
        }
        if (args.length >= 2 && args[0].equals("evaluate")) {
            return evaluate(List.of(args).subList(1, args.length));
        }
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int validate(List<String> files) {
        int status = OK;
        for (String file : files) {
            Loaded<Scheme> loaded = new SchemeLoader(registry).load(Path.of(file));
            if (loaded.ok()) {
                Scheme s = loaded.value().orElseThrow();
                out.println(file + ": OK (" + s.id() + ", " + s.allIndicators().count() + " indicators, "
                        + s.allRules().count() + " rules)");
            } else {
                status = INVALID;
                report(file, loaded.problems());
            }
        }
        return status;
    }

    private int evaluate(List<String> args) {
        Optional<String> scheme = Optional.empty();
        Optional<String> facts = Optional.empty();
        boolean json = false;
        List<String[]> upstream = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--facts") && i + 1 < args.size()) {
                facts = Optional.of(args.get(++i));
            } else if (a.equals("--with") && i + 2 < args.size()) {
                upstream.add(new String[] {args.get(++i), args.get(++i)});
            } else if (!a.startsWith("--") && scheme.isEmpty()) {
                scheme = Optional.of(a);
            } else {
                err.println("unexpected argument: " + a);
                err.println(USAGE_TEXT);
                return USAGE;
            }
        }
        if (scheme.isEmpty() || facts.isEmpty()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Map<String, Evaluation> done = new HashMap<>();
        for (String[] pair : upstream) {
            Optional<Evaluation> e = score(pair[0], pair[1], done);
            if (e.isEmpty()) {
                return INVALID;
            }
            done.put(e.get().scheme(), e.get());
        }
        Optional<Evaluation> evaluation = score(scheme.get(), facts.get(), done);
        if (evaluation.isEmpty()) {
            return INVALID;
        }
        Scheme s = new SchemeLoader(registry).load(Path.of(scheme.get())).orThrow();
        out.print(json ? EvaluationJson.write(evaluation.get()) : table(s, evaluation.get()));
        return OK;
    }

    private Optional<Evaluation> score(String schemeFile, String factsFile, Map<String, Evaluation> upstream) {
        Loaded<Scheme> scheme = new SchemeLoader(registry).load(Path.of(schemeFile));
        if (!scheme.ok()) {
            report(schemeFile, scheme.problems());
            return Optional.empty();
        }
        Loaded<FactSet> facts = new FactsLoader(registry).load(Path.of(factsFile));
        if (!facts.ok()) {
            report(factsFile, facts.problems());
            return Optional.empty();
        }
        try {
            return Optional.of(new Engine(registry).prepare(scheme.orThrow()).evaluate(facts.orThrow(), upstream));
        } catch (FactsRejected e) {
            report(factsFile, e.problems());
            return Optional.empty();
        }
    }

    private void report(String file, List<Problem> problems) {
        problems.forEach(p -> err.println(file + ": " + p));
    }

    private static String table(Scheme scheme, Evaluation e) {
        Map<String, String> series = scheme.series().stream().collect(Collectors.toMap(Scheme.Series::code, Scheme.Series::name));
        Table t = new Table("单位", "系列", "总分", "满分", "名次", "等次", "奖项", "结果运用及说明");
        for (UnitResult u : e.units()) {
            List<String> remarks = new ArrayList<>();
            u.outcomes().forEach(o -> remarks.add(o.text()));
            remarks.addAll(u.notes());
            t.row(u.unit().name(), u.unit().series().map(c -> series.getOrDefault(c, c)).orElse("—"),
                    DecimalText.showPoints(u.total()), DecimalText.show(u.points()),
                    u.rank().map(r -> r + "/" + u.rankedOf()).orElse("—"), u.grade().orElse("—"), u.award().orElse("—"),
                    String.join("；", remarks));
        }
        return scheme.name() + "（" + scheme.year() + "）\n" + t.render();
    }
}
