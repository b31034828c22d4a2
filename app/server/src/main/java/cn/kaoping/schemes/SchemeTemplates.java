package cn.kaoping.schemes;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.SchemeLoader;
import cn.kaoping.scoring.RuleRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Templates a new tenant's scheme is cloned from: a file of {@code tenant-schemes/} (packaged in
 * the WAR) or another tenant's scheme. The copy gets the new tenant as its jurisdiction, the
 * requested year, and an id {@code <tenant>-<template name>-<year>}.
 */
@ApplicationScoped
public class SchemeTemplates {

    /** {@code <folder>/<name>.scheme.json}, nothing that could leave {@code tenant-schemes/}. */
    private static final Pattern FILE = Pattern.compile("[a-z0-9-]+/[a-z0-9.-]+\\.scheme\\.json");
    private static final Pattern TRAILING_YEAR = Pattern.compile("-\\d{4}$");

    private final SchemeLoader loader = new SchemeLoader(RuleRegistry.standard());

    /** The text of a bundled scheme file; 400 naming {@code field} when there is none. */
    public String file(String field, String path) {
        if (path == null || !FILE.matcher(path).matches() || path.contains("..")) {
            throw new DomainException.Invalid(field, "must name a file of tenant-schemes/ like xingan/yangguang-2006.scheme.json");
        }
        try (InputStream in = SchemeTemplates.class.getClassLoader().getResourceAsStream("tenant-schemes/" + path)) {
            if (in == null) {
                throw new DomainException.Invalid(field, "no scheme file tenant-schemes/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read tenant-schemes/" + path, e);
        }
    }

    /**
     * The template made the tenant's own: {@code id}, {@code jurisdiction} and {@code year}
     * replaced, everything else (indicators, rules, results) kept as it is.
     *
     * @param templateName the template's short name, e.g. {@code yangguang} for {@code xingan/yangguang-2006.scheme.json}
     */
    public SchemeCopy copy(String field, String template, String templateName, String document,
                           String tenantCode, String tenantName, int year) {
        JsonObject source;
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            source = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new DomainException.Invalid(field, "the template is not a JSON object: " + e.getMessage());
        }
        String schemeId = tenantCode + "-" + TRAILING_YEAR.matcher(templateName).replaceFirst("") + "-" + year;
        JsonObject copy = Json.createObjectBuilder(source)
                .add("id", schemeId)
                .add("jurisdiction", Json.createObjectBuilder().add("code", tenantCode).add("name", tenantName))
                .add("year", year)
                .build();
        List<Problem> problems = loader.load(new StringReader(copy.toString())).problems();
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid(problems.stream()
                    .map(p -> new cn.kaoping.platform.error.FieldError(field, "the copy is not a valid scheme: " + p))
                    .toList());
        }
        return new SchemeCopy(schemeId, year, source.getString("name", schemeId), template, copy.toString());
    }

    /** {@code xingan/yangguang-2006.scheme.json} → {@code yangguang-2006}. */
    public static String fileTemplateName(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        return base.substring(0, base.length() - ".scheme.json".length());
    }
}
