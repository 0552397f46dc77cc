package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The body of "create or update" an environment or repository secret, checked against GitHub's schema: exactly
 * {@code encrypted_value} (standard base64) and {@code key_id}, both strings. Messages name fields, never values.
 */
record SecretWrite(byte[] sealedValue, String keyId) {
    private static final String ENCRYPTED_VALUE = "encrypted_value";
    private static final String KEY_ID = "key_id";
    private static final Set<String> PROPERTIES = Set.of(ENCRYPTED_VALUE, KEY_ID);

    static SecretWrite parse(byte[] body, String documentation) throws RejectedRequest {
        var json = JsonBody.object(body, "secret body", documentation);
        JsonBody.onlyProperties(json, PROPERTIES, "secret body", documentation);
        return fromFields(json, documentation);
    }

    /** The two fields of a body that may hold more (an organization secret's visibility). */
    static SecretWrite fromFields(JsonNode json, String documentation) throws RejectedRequest {
        for (var field : List.of(ENCRYPTED_VALUE, KEY_ID)) {
            JsonBody.string(json, field, true, "secret body", documentation);
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
