package cn.kaoping.scheme;

import cn.kaoping.scoring.RuleRegistry;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the test files are, and loaders with the standard rule kinds. */
public final class SchemeFixtures {

    public static final SchemeLoader LOADER = new SchemeLoader(RuleRegistry.standard());

    /** A facts loader with the standard rule kinds' fact fields. */
    public static final FactsLoader FACTS = new FactsLoader(RuleRegistry.standard());

    private SchemeFixtures() {
    }

    /** The repository's {@code tenant-schemes} folder, found from the module's working directory. */
    public static Path tenantSchemes() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tenant-schemes"))) {
                return p.resolve("tenant-schemes");
            }
        }
        throw new IllegalStateException("no tenant-schemes folder above " + Path.of("").toAbsolutePath());
    }

    public static Path xingan() {
        return tenantSchemes().resolve("xingan/yangguang-2006.scheme.json");
    }

    /** A test resource of the engine module, found from any module of the repository. */
    public static Path resource(String name) {
        return tenantSchemes().resolveSibling("app/engine/src/test/resources").resolve(name);
    }

    /** Problems of a scheme given as JSON text, one string a problem. */
    public static List<String> problems(String json) {
        return LOADER.load(new StringReader(json)).problems().stream().map(Problem::toString).toList();
    }
}
