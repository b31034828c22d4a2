package cn.kaoping.schemes;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scheme.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Templates a scheme is cloned from: a file of {@code tenant-schemes/} (packaged in the WAR) or
 * another tenant's scheme for a new tenant, which gets the new tenant as its jurisdiction; a
 * version of the tenant's own scheme for another year. The copy gets the requested year and an
 * id {@code <tenant>-<template name>-<year>}, and must pass the engine's validation.
 */
@ApplicationScoped
public class SchemeTemplates {

    /** {@code <folder>/<name>.scheme.json}, nothing that could leave {@code tenant-schemes/}. */
    private static final Pattern FILE = Pattern.compile("[a-z0-9-]+/[a-z0-9.-]+\\.scheme\\.json");
    private static final Pattern TRAILING_YEAR = Pattern.compile("-\\d{4}$");

    @Inject
    CompiledSchemes compiled;

    /** The text of a bundled scheme file; 400 naming {@code field} when there is none. */
    public String file(String field, String path) {
        checkFile(field, path);
        try (InputStream in = SchemeTemplates.class.getClassLoader().getResourceAsStream("tenant-schemes/" + path)) {
            if (in == null) {
                throw new DomainException.Invalid(field, "no scheme file tenant-schemes/" + InputCheck.echo(path));
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
        return rewrite(field, template, document, source -> source
                .add("id", idFor(tenantCode, templateName, year))
                .add("jurisdiction", Json.createObjectBuilder().add("code", tenantCode).add("name", tenantName))
                .add("year", year));
    }

    /**
     * A version of the tenant's scheme copied for another year (the next year's scheme): a new
     * scheme id {@code <tenant>-<name>-<year>} and the year replaced, nothing else.
     */
    public SchemeCopy forYear(String field, String tenantCode, String schemeId, int version, String document, int year) {
        return rewrite(field, "clone:" + schemeId + "/" + version, document, source -> source
                .add("id", idFor(tenantCode, nameWithin(tenantCode, schemeId), year))
                .add("year", year));
    }

    private SchemeCopy rewrite(String field, String origin, String document, UnaryOperator<JsonObjectBuilder> edit) {
        JsonObject source;
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            source = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new DomainException.Invalid(field, "the template is not a JSON object: " + e.getMessage());
        }
        String copy = edit.apply(Json.createObjectBuilder(source)).build().toString();
        Loaded<Scheme> loaded = compiled.load(copy);
        if (!loaded.ok()) {
            throw new DomainException.Invalid(loaded.problems().stream()
                    .map(p -> new FieldError(field, "the copy is not a valid scheme: " + p))
                    .toList());
        }
        return new SchemeCopy(origin, SchemeDocument.of(loaded.orThrow(), copy));
    }

    private static String idFor(String tenantCode, String templateName, int year) {
        return tenantCode + "-" + TRAILING_YEAR.matcher(templateName).replaceFirst("") + "-" + year;
    }

    /** A tenant's scheme id without the tenant's prefix: {@code xingan-yangguang-2006} → {@code yangguang-2006}. */
    public static String nameWithin(String tenantCode, String schemeId) {
        return schemeId.startsWith(tenantCode + "-") ? schemeId.substring(tenantCode.length() + 1) : schemeId;
    }

    /** 400 naming {@code field} unless {@code path} has the shape of a file of {@code tenant-schemes/}. */
    private static void checkFile(String field, String path) {
        if (path == null || !FILE.matcher(path).matches() || path.contains("..")) {
            throw new DomainException.Invalid(field, "must name a file of tenant-schemes/ like xingan/yangguang-2006.scheme.json");
        }
    }

    /**
     * {@code xingan/yangguang-2006.scheme.json} → {@code yangguang-2006}; 400 naming {@code field}
     * when {@code path} is not of that shape (it comes from the request, and may be called before
     * {@link #file}).
     */
    public static String fileTemplateName(String field, String path) {
        checkFile(field, path);
        String base = path.substring(path.lastIndexOf('/') + 1);
        return base.substring(0, base.length() - ".scheme.json".length());
    }
}
