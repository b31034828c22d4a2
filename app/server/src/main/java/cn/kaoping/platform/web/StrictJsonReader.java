package cn.kaoping.platform.web;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Reads every JSON request body that a resource takes as a record, for all resources alike: the
 * body must be one JSON object, of at most {@value #MAX_BYTES} bytes of UTF-8, whose fields the
 * record has and whose values are of their JSON types ({@link RecordShape}); only then does
 * JSON-B build the record, whose constructor checks the values' own rules. Anything else is a
 * 400 naming the field ({@code body} for the body as a whole), never a value silently dropped or
 * coerced ({@code "2026"} is not a year). Bodies a resource reads as text (scheme files) are not
 * read here.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** Request records are small; scheme documents, which are larger, are read as text elsewhere. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return read(type, genericType, entity);
    }

    /** The record {@code type} that {@code entity} holds, or {@link DomainException.Invalid} naming each field. */
    static Record read(Class<? extends Record> type, Type genericType, InputStream entity) throws IOException {
        byte[] bytes = entity.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw invalid("body", "must be at most " + MAX_BYTES + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("body", "must be UTF-8");
        }
        if (text.isBlank()) {
            throw invalid("body", "must be a JSON object; the request has no body");
        }
        JsonValue tree;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            tree = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw invalid("body", "must be well-formed JSON (a JSON object)");
        }
        List<FieldError> errors = RecordShape.check(tree, genericType == null ? type : genericType);
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        try {
            return JSONB.fromJson(text, genericType == null ? type : genericType);
        } catch (JsonbException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException domain) {
                    throw domain; // the record's constructor refused the values
                }
            }
            throw invalid("body", "must be a JSON object of the documented shape");
        }
    }

    private static DomainException.Invalid invalid(String field, String rule) {
        return new DomainException.Invalid(field, rule);
    }
}
