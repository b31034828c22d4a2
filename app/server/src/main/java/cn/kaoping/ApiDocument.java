package cn.kaoping;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI document ({@code /openapi}) as the API answers, completed in this one place rather
 * than on every method (registered as {@code mp.openapi.filter}): the product's title, the bearer
 * scheme every operation but {@code /api/ping} requires (per operation), the errors every operation can answer
 * (401, 403, 503; 404 with a path parameter; 400 with a body or a query) as the {@code Problem}
 * schema in {@code application/problem+json}, each operation's success status (200, or what its
 * {@code @APIResponse} says: 201, 204), and the types Payara's generator leaves as bare objects
 * (dates, {@code Optional}, the items of lists), read from the records the resources exchange.
 * Operation-specific answers (201, 409, 422) are declared on the resource methods.
 */
public class ApiDocument implements OASFilter {

    static final String TITLE = "Kaoping 考评 API";
    static final String VERSION = "0.1.0";
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    /** Operations anyone may call. */
    static final Set<String> PUBLIC_PATHS = Set.of("/api/ping");

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: every field and the rule it breaks (errors).",
            "401", "No valid bearer token of the Kaoping realm.",
            "403", "The caller's roles do not allow this.",
            "404", "Not found, or not visible to the caller.",
            "409", "Conflicts with the current state.",
            "422", "The Idempotency-Key was used before with another request.",
            "503", "A dependency (PostgreSQL, Keycloak) cannot serve now; may be sent again (Retry-After).");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo().title(TITLE).version(VERSION)
                .description("Multi-tenant performance evaluation (考评) of government jurisdictions. Every error is "
                        + "an RFC 9457 problem (application/problem+json)."));
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.components(components);
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token of the Kaoping realm (Keycloak)."));
        components.addSchema("FieldError", OASFactory.createSchema().type(SchemaType.OBJECT)
                .addProperty("field", string("A JSON path such as admin.email, or body"))
                .addProperty("rule", string("The rule its value breaks")));
        components.addSchema(PROBLEM, problemSchema());
        Map<String, Class<?>> declared = new HashMap<>();
        typeRecords(components, declared);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> complete(path, item, declared));
        }
    }

    private void complete(String path, PathItem item, Map<String, Class<?>> declared) {
        if (item.getOperations() == null) {
            return;
        }
        item.getOperations().forEach((method, operation) -> {
            boolean secured = !PUBLIC_PATHS.contains(path);
            APIResponses responses = operation.getResponses() == null
                    ? OASFactory.createAPIResponses() : operation.getResponses();
            operation.responses(responses);
            success(responses);
            // the schema a method's @APIResponse names (Payara renders an implementation class as an empty object)
            responses.getAPIResponses().forEach((code, response) -> {
                Class<?> type = declared.get(operation.getOperationId() + " " + code);
                if (type != null) {
                    response.content(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(type.getSimpleName()))));
                }
            });
            if (!secured) {
                return;
            }
            operation.security(new java.util.ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
            add(responses, "401", "403", "503");
            if (path.contains("{")) {
                add(responses, "404");
            }
            if (operation.getRequestBody() != null || hasQuery(operation) || hasQuery(item)) {
                add(responses, "400");
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                jsonReadAsText(operation.getRequestBody().getContent());
            }
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    problem(code, response);
                }
            });
        });
    }

    /** The generator's {@code default} is the success: 200, unless the method declares its own 2xx. */
    private static void success(APIResponses responses) {
        APIResponse generated = responses.getDefaultValue();
        if (generated == null && responses.hasAPIResponse(APIResponses.DEFAULT)) {
            generated = responses.getAPIResponse(APIResponses.DEFAULT);
        }
        if (generated == null) {
            return;
        }
        responses.setDefaultValue(null);
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean declared = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(c -> c.startsWith("2"));
        if (!declared) {
            responses.addAPIResponse("200", generated.description("OK"));
        }
    }

    private static void add(APIResponses responses, String... codes) {
        for (String code : codes) {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse());
            }
        }
    }

    /** An error response: its description and the problem schema. */
    private static void problem(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.description(ERRORS.getOrDefault(code, "An error."));
        }
        response.content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    private static boolean hasQuery(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(ApiDocument::isQuery);
    }

    private static boolean hasQuery(PathItem item) {
        return item.getParameters() != null && item.getParameters().stream().anyMatch(ApiDocument::isQuery);
    }

    private static boolean isQuery(Parameter p) {
        return p.getIn() == Parameter.In.QUERY;
    }

    /** A JSON body a resource reads as text (a scheme file) is a JSON object, not a JSON string. */
    private static void jsonReadAsText(Content content) {
        MediaType json = content.getMediaType("application/json");
        if (json != null && json.getSchema() != null && json.getSchema().getType() == SchemaType.STRING) {
            json.schema(OASFactory.createSchema().type(SchemaType.OBJECT).description("A JSON document (a scheme file)"));
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error response.")
                .addProperty("type", string("A URI naming the kind of problem (about:blank when the status says it all)"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .description("For invalid input (400): each field and the rule it breaks")
                        .items(OASFactory.createSchema().ref("FieldError")))
                .addProperty("currentVersion", string("For a stale version (409): the version now stored"))
                .required(new java.util.ArrayList<>(List.of("type", "title", "status")));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }

    // ---- the records the resources exchange, whose properties the generator leaves untyped ----

    /** Types the properties of each component schema named after a record of the API by its Java types. */
    private static void typeRecords(Components components, Map<String, Class<?>> declared) {
        Map<String, Class<?>> records = new TreeMap<>();
        for (Class<?> resource : new KaopingApplication().getClasses()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    collect(m.getGenericReturnType(), records);
                    for (Type p : m.getGenericParameterTypes()) {
                        collect(p, records);
                    }
                    for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse r
                            : m.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
                        for (org.eclipse.microprofile.openapi.annotations.media.Content c : r.content()) {
                            Class<?> type = c.schema().implementation();
                            if (type.isRecord()) {
                                declared.put(m.getName() + " " + r.responseCode(), type);
                                collect(type, records);
                            }
                        }
                    }
                }
            }
        }
        records.forEach((name, type) -> {
            Schema schema = components.getSchemas() == null ? null : components.getSchemas().get(name);
            if (schema == null || schema.getProperties() == null) {
                // a record only an @APIResponse names: the generator did not describe it
                schema = OASFactory.createSchema().type(SchemaType.OBJECT);
                components.addSchema(name, schema);
            }
            for (RecordComponent c : type.getRecordComponents()) {
                Schema typed = schemaOf(c.getGenericType());
                if (typed == null && (schema.getProperties() == null || !schema.getProperties().containsKey(c.getName()))) {
                    typed = simple(c.getGenericType());
                }
                if (typed != null) {
                    schema.addProperty(c.getName(), typed);
                }
            }
        });
    }

    private static void collect(Type type, Map<String, Class<?>> records) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, records);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && c.getName().startsWith("cn.kaoping.")
                && records.putIfAbsent(c.getSimpleName(), c) == null) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), records);
            }
        }
    }

    /** The schema of a Java type the generator gets wrong, or null to keep the generator's. */
    private static Schema schemaOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : null;
        if (raw == null) {
            return null;
        }
        if (raw == OffsetDateTime.class || raw == Instant.class || raw == ZonedDateTime.class || raw == LocalDateTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        if (type instanceof ParameterizedType p && raw == Optional.class) {
            Schema inner = schemaOf(p.getActualTypeArguments()[0]);
            return inner != null ? inner : simple(p.getActualTypeArguments()[0]);
        }
        if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw)) {
            Type element = p.getActualTypeArguments()[0];
            Schema items = schemaOf(element);
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(items != null ? items : simple(element));
        }
        return null;
    }

    private static final Map<Class<?>, SchemaType> SIMPLE = new HashMap<>(Map.of(
            String.class, SchemaType.STRING, Integer.class, SchemaType.INTEGER, Long.class, SchemaType.INTEGER,
            Boolean.class, SchemaType.BOOLEAN, int.class, SchemaType.INTEGER, long.class, SchemaType.INTEGER,
            boolean.class, SchemaType.BOOLEAN));

    private static Schema simple(Type type) {
        if (type instanceof Class<?> c) {
            if (SIMPLE.containsKey(c)) {
                return OASFactory.createSchema().type(SIMPLE.get(c));
            }
            if (c.isEnum()) {
                return OASFactory.createSchema().type(SchemaType.STRING).enumeration(
                        new java.util.ArrayList<>(List.of((Object[]) c.getEnumConstants()).stream().map(Object::toString).toList()));
            }
            if (c.isRecord()) {
                return OASFactory.createSchema().ref(c.getSimpleName());
            }
        }
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
}
