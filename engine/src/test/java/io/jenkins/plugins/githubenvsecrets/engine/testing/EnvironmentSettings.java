package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;

/**
 * The optional body of "create or update an environment", checked against GitHub's schema (no properties beyond
 * {@code wait_timer}, {@code prevent_self_review}, {@code reviewers}, {@code deployment_branch_policy}). The fake
 * checks the settings but does not keep them: environments here only hold keys and secrets.
 */
final class EnvironmentSettings {
    private static final int MAX_WAIT_TIMER_MINUTES = 43_200;
    private static final Set<String> PROPERTIES =
            Set.of("wait_timer", "prevent_self_review", "reviewers", "deployment_branch_policy");
    private static final Set<String> REVIEWER_TYPES = Set.of("User", "Team");

    private EnvironmentSettings() {
    }

    static void check(byte[] body, String documentation) throws RejectedRequest {
        if (body.length == 0) {
            return;
        }
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (IOException e) {
            throw RejectedRequest.violation(Reply.error(400, "Problems parsing JSON", documentation),
                    "environment body is not JSON");
        }
        if (json.isNull()) {
            return;
        }
        if (!json.isObject()) {
            throw RejectedRequest.schemaViolation("environment body is not a JSON object", "Body must be a JSON object.", documentation);
        }
        for (var property : json.properties()) {
            checkProperty(property.getKey(), property.getValue(), documentation);
        }
        checkBranchPolicyRule(json.get("deployment_branch_policy"), documentation);
    }

    private static void checkProperty(String name, JsonNode value, String documentation) throws RejectedRequest {
        if (!PROPERTIES.contains(name)) {
            throw RejectedRequest.schemaViolation("environment body has property '" + name + "' that the schema does not define",
                    "\"" + name + "\" is not a permitted key.", documentation);
        }
        boolean valid = switch (name) {
            case "wait_timer" -> value.canConvertToInt() && value.isIntegralNumber();
            case "prevent_self_review" -> value.isBoolean();
            case "reviewers" -> value.isNull() || value.isArray() && allReviewers(value);
            default -> value.isNull() || value.isObject() && value.path("protected_branches").isBoolean()
                    && value.path("custom_branch_policies").isBoolean();
        };
        if (!valid) {
            throw RejectedRequest.schemaViolation("environment body's " + name + " does not fit the schema",
                    "For 'properties/" + name + "', the value does not match the schema.", documentation);
        }
        if (name.equals("wait_timer") && (value.intValue() < 0 || value.intValue() > MAX_WAIT_TIMER_MINUTES)) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nwait_timer must be between 0 and "
                    + MAX_WAIT_TIMER_MINUTES + ".", documentation));
        }
    }

    private static boolean allReviewers(JsonNode reviewers) {
        for (var reviewer : reviewers) {
            if (!reviewer.isObject() || !REVIEWER_TYPES.contains(reviewer.path("type").asText())
                    || !reviewer.path("id").isIntegralNumber()) {
                return false;
            }
        }
        return true;
    }

    /** GitHub's rule beyond the schema: exactly one of the two branch policies is on. */
    private static void checkBranchPolicyRule(JsonNode policy, String documentation) throws RejectedRequest {
        if (policy != null && policy.isObject() && policy.get("protected_branches").booleanValue()
                == policy.get("custom_branch_policies").booleanValue()) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nprotected_branches and"
                    + " custom_branch_policies cannot have the same value.", documentation));
        }
    }
}
