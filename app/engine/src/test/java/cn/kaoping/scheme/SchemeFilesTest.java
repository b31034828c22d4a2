package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code tenant-schemes/**}{@code /*.scheme.json} validates; a new file is covered by being there. */
class SchemeFilesTest {

    static Stream<Path> schemeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SchemeFixtures.tenantSchemes())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".scheme.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("schemeFiles")
    void validates(Path file) {
        assertEquals(List.of(), SchemeFixtures.LOADER.validate(file).stream().map(Problem::toString).toList(), file.toString());
    }

    @Test
    void theDiscoveryFindsTheXinganScheme() throws IOException {
        assertFalse(schemeFiles().filter(f -> f.endsWith("xingan/yangguang-2006.scheme.json")).toList().isEmpty());
    }
}
