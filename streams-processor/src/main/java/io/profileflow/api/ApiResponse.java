package io.profileflow.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A status, a body and headers; errors are JSON objects {"error": ..., "status": ...}. */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ApiResponse json(int status, JsonNode body) {
        try {
            return new ApiResponse(status, "application/json", JSON.writeValueAsBytes(body), Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiResponse error(int status, String message) {
        ObjectNode node = JSON.createObjectNode().put("status", status).put("error", message);
        return json(status, node);
    }

    static ApiResponse unavailable(String message) {
        ApiResponse r = error(503, message);
        return new ApiResponse(503, r.contentType, r.body, Map.of("Retry-After", "2"));
    }

    static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
