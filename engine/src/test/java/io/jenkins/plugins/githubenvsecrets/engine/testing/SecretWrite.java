package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The body of "create or update an environment secret", checked against GitHub's schema: an object with exactly
 * {@code encrypted_value} (standard base64) and {@code key_id}, both strings. Messages name fields, never values.
 */
record SecretWrite(byte[] sealedValue, String keyId) {
    private static final String ENCRYPTED_VALUE = "encrypted_value";
    private static final String KEY_ID = "key_id";
    private static final Set<String> PROPERTIES = Set.of(ENCRYPTED_VALUE, KEY_ID);

    static SecretWrite parse(byte[] body, String documentation) throws RejectedRequest {
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (IOException e) {
            throw RejectedRequest.violation(Reply.error(400, "Problems parsing JSON", documentation),
                    "secret body is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw RejectedRequest.schemaViolation("secret body is not a JSON object", "Body must be a JSON object.", documentation);
        }
        for (var property : json.properties()) {
            var field = property.getKey();
            if (!PROPERTIES.contains(field)) {
                throw RejectedRequest.schemaViolation("secret body has property '" + field + "' that the schema does not define",
                        "\"" + field + "\" is not a permitted key.", documentation);
            }
        }
        for (var field : List.of(ENCRYPTED_VALUE, KEY_ID)) {
            if (!json.has(field)) {
                throw RejectedRequest.schemaViolation("secret body lacks " + field, "\"" + field + "\" wasn't supplied.", documentation);
            }
            if (!json.get(field).isTextual()) {
                throw RejectedRequest.schemaViolation("secret body's " + field + " is not a string",
                        "For 'properties/" + field + "', the value is not a string.", documentation);
            }
        }
        var encrypted = json.get(ENCRYPTED_VALUE).textValue();
        if (!StandardBase64.matches(encrypted)) {
            throw RejectedRequest.schemaViolation("secret body's encrypted_value is not standard base64",
                    "encrypted_value does not match /" + StandardBase64.OPENAPI_PATTERN + "/.", documentation);
        }
        return new SecretWrite(Base64.getDecoder().decode(encrypted), json.get(KEY_ID).textValue());
    }

    @Override
    public String toString() {
        return "sealed value for key " + keyId;
    }
}
